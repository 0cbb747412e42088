// Golden Screens: a whole walk through each offer, screen by screen, held in
// tests/golden/. Run with SIGNPOST_UPDATE_GOLDEN=1 to rewrite them after a
// deliberate change, and commit the new files on their own.
#include <cstdlib>
#include <fstream>

#include "support.h"

#include "core/flow/walk.h"

using namespace signpost;

namespace {

void check_walk(const std::string& offer_id, const std::string& family) {
  const auto& offer = test::builtin_offer(offer_id);
  core::i18n::Localizer words(test::builtin_catalogs(), offer, "en-GB");
  std::string error;
  core::json::Diagnostics problems;
  auto directory = core::directory::load_directory(test::builtin(), offer, problems);
  INFO(problems.to_string());
  REQUIRE(directory);
  auto screens = core::flow::walk_answers(offer, words, test::kToday, test::case_answers(family, offer), &error, &*directory);
  INFO(error);
  REQUIRE(screens);
  std::string got;
  for (const auto& s : *screens) got += s.to_json().dump(1) + "\n";

  const std::string file = "tests/golden/" + offer_id + "-" + family + ".walk.json";
  if (std::getenv("SIGNPOST_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(std::string(SIGNPOST_SOURCE_DIR) + "/" + file, std::ios::binary) << got;
    MESSAGE("rewrote " << file);
    return;
  }
  std::string want = test::read_source_file(file);
  // Compare screen by screen, so that a failure names the screen.
  std::size_t a = 0, b = 0;
  for (int screen = 0; a < got.size() || b < want.size(); ++screen) {
    auto end_a = got.find("\n}\n", a), end_b = want.find("\n}\n", b);
    std::string one_got = got.substr(a, end_a == std::string::npos ? std::string::npos : end_a + 3 - a);
    std::string one_want = want.substr(b, end_b == std::string::npos ? std::string::npos : end_b + 3 - b);
    CAPTURE(screen);
    CHECK(one_got == one_want);
    if (end_a == std::string::npos || end_b == std::string::npos) break;
    a = end_a + 3;
    b = end_b + 3;
  }
}

}  // namespace

TEST_CASE("Mo's whole walk through the Leicestershire check matches its golden Screens") { check_walk("leicestershire", "mo"); }

TEST_CASE("Melody's walk, where the gate is not met, matches its golden Screens") { check_walk("leicestershire", "melody"); }

TEST_CASE("a Wakefield family's walk to specialist support matches its golden Screens") {
  check_walk("wakefield", "wakefield-specialist");
}
