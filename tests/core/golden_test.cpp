// Golden Screens and golden HTML: whole walks through each offer, screen by
// screen, held in tests/golden/ (Screens as JSON, <offer>-<family>[-<locale>]
// [-easy-read].walk.json) and tests/golden/html/ (the HTML renderer's markup
// of the same screens). Run with SIGNPOST_UPDATE_GOLDEN=1 to rewrite them
// after a deliberate change, and commit the new files on their own.
#include <cstdlib>
#include <fstream>
#include <set>

#include "support.h"

#include "core/flow/walk.h"
#include "render/html/html_renderer.h"

using namespace signpost;

namespace {

struct Walk {
  std::string offer;
  std::string family;
  std::string locale = "en-GB";
  bool easy_read = false;

  std::string name() const {
    return offer + "-" + family + (locale == "en-GB" ? "" : "-" + locale) + (easy_read ? "-easy-read" : "");
  }
};

// Links in golden HTML say what they do rather than carry a state, so that a
// change to the fragment's format is not a change to every page's markup.
render::html::Links golden_links() {
  return {.action = [](const core::view::Action& a) { return "#state:" + std::string(core::view::to_string(a.event)) + (a.target.empty() ? "" : ":" + a.target); },
          .locale = [](const std::string& l) { return "#state:locale:" + l; },
          .easy_read = [](bool on) { return std::string(on ? "#state:easy-read" : "#state:plain"); }};
}

// Compares `got` with the golden file screen by screen (screens end with
// `end`), so that a failure names the screen; or rewrites it.
void check_golden(const std::string& file, const std::string& got, const std::string& end) {
  if (std::getenv("SIGNPOST_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(std::string(SIGNPOST_SOURCE_DIR) + "/" + file, std::ios::binary) << got;
    MESSAGE("rewrote " << file);
    return;
  }
  const std::string want = test::read_source_file(file);
  std::size_t a = 0, b = 0;
  for (int screen = 0; a < got.size() || b < want.size(); ++screen) {
    auto end_a = got.find(end, a), end_b = want.find(end, b);
    std::string one_got = got.substr(a, end_a == std::string::npos ? std::string::npos : end_a + end.size() - a);
    std::string one_want = want.substr(b, end_b == std::string::npos ? std::string::npos : end_b + end.size() - b);
    CAPTURE(file);
    CAPTURE(screen);
    CHECK(one_got == one_want);
    if (end_a == std::string::npos || end_b == std::string::npos) break;
    a = end_a + end.size();
    b = end_b + end.size();
  }
}

void check_walk(const Walk& walk) {
  const auto& offer = test::builtin_offer(walk.offer);
  core::i18n::Localizer words(test::builtin_catalogs(), offer, walk.locale, walk.easy_read);
  std::string error;
  core::json::Diagnostics problems;
  auto directory = core::directory::load_directory(test::builtin(), offer, problems);
  INFO(problems.to_string());
  REQUIRE(directory);
  auto screens = core::flow::walk_answers(offer, words, test::kToday, test::case_answers(walk.family, offer), &error, &*directory);
  INFO(error);
  REQUIRE(screens);
  std::string json, html;
  for (const auto& s : *screens) {
    json += s.to_json().dump(1) + "\n";
    html += std::string("<!-- ") + core::view::to_string(s.kind) + " -->\n" + render::html::render(s, golden_links()) + "\n<!-- end -->\n";
  }
  check_golden("tests/golden/" + walk.name() + ".walk.json", json, "\n}\n");
  check_golden("tests/golden/html/" + walk.name() + ".html", html, "<!-- end -->\n");
}

}  // namespace

TEST_CASE("Mo's whole walk through the Leicestershire check matches its golden Screens and HTML") {
  check_walk({"leicestershire", "mo"});
}

TEST_CASE("Melody's walk, where the gate is not met, matches its golden Screens and HTML") {
  check_walk({"leicestershire", "melody"});
}

TEST_CASE("a Wakefield family's walk to specialist support matches its golden Screens and HTML") {
  check_walk({"wakefield", "wakefield-specialist"});
}

TEST_CASE("a Dorset family's walk to targeted breaks matches its golden Screens and HTML") {
  check_walk({"dorset", "dorset-targeted"});
}

TEST_CASE("Mo's walk in Urdu, right to left, matches its golden Screens and HTML") {
  check_walk({"leicestershire", "mo", "ur"});
}

TEST_CASE("Mo's walk in easy read matches its golden Screens and HTML") {
  check_walk({"leicestershire", "mo", "en-GB", true});
}

TEST_CASE("easy read shows each picture once on a screen, and its alternative text describes the picture, in every offer's walk") {
  for (const Walk& walk : {Walk{"leicestershire", "mo", "en-GB", true}, Walk{"leicestershire", "melody", "en-GB", true},
                           Walk{"wakefield", "wakefield-specialist", "en-GB", true}, Walk{"dorset", "dorset-targeted", "en-GB", true}}) {
    const auto& offer = test::builtin_offer(walk.offer);
    core::i18n::Localizer words(test::builtin_catalogs(), offer, walk.locale, true);
    std::string error;
    auto screens = core::flow::walk_answers(offer, words, test::kToday, test::case_answers(walk.family, offer), &error, nullptr);
    INFO(error);
    REQUIRE(screens);
    std::size_t shown = 0, without = 0;
    for (const auto& s : *screens) {
      const std::string html = render::html::render(s, golden_links());
      std::set<std::string> seen;
      for (std::size_t at = html.find("class=\"sp-idea__picture\" src=\""); at != std::string::npos;
           at = html.find("class=\"sp-idea__picture\" src=\"", at + 1)) {
        const std::size_t from = at + 30, to = html.find('"', from);
        const std::string src = html.substr(from, to - from);
        CAPTURE(walk.name());
        CAPTURE(core::view::to_string(s.kind));
        CHECK_MESSAGE(seen.insert(src).second, src << " twice on one screen");
        const std::size_t alt = html.find("alt=\"", to) + 5, text = html.find("<span class=\"sp-idea__text\">", to) + 28;
        CHECK(html.substr(alt, html.find('"', alt) - alt) != html.substr(text, html.find("</span>", text) - text));
        CHECK(html.find("alt=\"\"", to) != alt - 5);
        ++shown;
      }
      for (std::size_t at = html.find("sp-idea--text"); at != std::string::npos; at = html.find("sp-idea--text", at + 1)) ++without;
    }
    CHECK(shown > 10);  // easy read is on: pictures are there to count
    MESSAGE(walk.name() << ": " << shown << " pictures shown, " << without << " sentences without a repeated one");
  }
}
