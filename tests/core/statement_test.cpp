// The Short Breaks Services Statement: every tier and route with its criteria,
// each marked as published or for the council to confirm; how to get each;
// the pathway with its timescales; who provides them; complaints; the pack's
// dates; and the council's own section in its own words. In every language,
// and in easy read with pictures.
#include "support.h"

#include "core/statement/statement_screen.h"
#include "render/html/html_renderer.h"

using namespace signpost;

namespace {

std::string statement_json(const std::string& offer_id, const std::string& locale, bool easy_read = false) {
  const auto& offer = test::builtin_offer(offer_id);
  core::i18n::Localizer words(test::builtin_catalogs(), offer, locale, easy_read);
  return core::statement::statement_screen(offer, words, nullptr).to_json().dump();
}

}  // namespace

TEST_CASE("the statement holds every route, its criteria marked published or to confirm, the pathway, complaints, dates and the council's words") {
  for (const char* id : {"leicestershire", "wakefield", "dorset"}) {
    CAPTURE(id);
    const auto& offer = test::builtin_offer(id);
    core::i18n::Localizer words(test::builtin_catalogs(), offer, "en-GB");
    const std::string s = statement_json(id, "en-GB");
    CHECK(s.find("Short Breaks Services Statement") != std::string::npos);
    CHECK(s.find("What a short break is") != std::string::npos);
    for (const auto& route : offer.routes) CHECK(s.find(core::json::Json(words.text("route." + route.id + ".title")).dump()) != std::string::npos);
    for (const auto& tier : offer.tiers) CHECK(s.find(words.text("tier." + tier + ".name")) != std::string::npos);
    CHECK(s.find("as the council has published it") != std::string::npos);
    CHECK(s.find("\"type\":\"pathway\"") != std::string::npos);
    CHECK(s.find(words.text("result.complaints.heading")) != std::string::npos);
    CHECK(s.find("How carers' views have shaped the offer") != std::string::npos);
    for (const auto& said : offer.statement.carers_views) CHECK(s.find(said.text) != std::string::npos);
    CHECK(s.find("It is due to be reviewed by") != std::string::npos);
    CHECK(s.find("null") == std::string::npos);
    CHECK(s.find("Short Breaks Services Statement") != std::string::npos);
  }
  // A criterion the council has yet to confirm says so (Leicestershire's age limit for an assessment).
  CHECK(statement_json("leicestershire", "en-GB").find("for the council to confirm") != std::string::npos);
}

TEST_CASE("the statement speaks every language, keeps the council's own words in English marked as such, and has easy read with pictures") {
  for (const auto& language : test::builtin_catalogs().languages()) {
    CAPTURE(language.locale);
    const std::string plain = statement_json("wakefield", language.locale);
    const std::string easy = statement_json("wakefield", language.locale, true);
    CHECK(plain != easy);
    CHECK(easy.find("\"picture\":\"council\"") != std::string::npos);
    if (language.locale != "en-GB") {
      CHECK(plain.find("What a short break is") == std::string::npos);
      CHECK(plain.find("\"lang\":\"en-GB\"") != std::string::npos);
    }
  }
}

TEST_CASE("where the council's own words were read is a link to that page, and only a web page's address is made one") {
  const auto& offer = test::builtin_offer("dorset");
  core::i18n::Localizer words(test::builtin_catalogs(), offer, "en-GB");
  const auto screen = core::statement::statement_screen(offer, words, nullptr);
  const std::string html = render::html::render(screen, {});
  CHECK(html.find("Source: <a href=\"https://") != std::string::npos);
  core::view::Screen forged = screen;
  forged.elements = {core::view::Paragraph{"Source: javascript:alert(1)", {}, "", "javascript:alert(1)"}};
  CHECK(render::html::render(forged, {}).find("<a href") == std::string::npos);
}
