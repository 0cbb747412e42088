// One family's time at the kiosk: the built-in Leicestershire content loads
// with its directory; Mo's answers reach the result; changing language or easy
// read keeps every answer and the place; wipe() forgets them all and goes back
// to the start in the default language; and the kiosk's own words are there in
// every language.
#include "kiosk_support.h"

#include "kiosk/core/family_session.h"

using namespace signpost;
using core::flow::Event;
using core::flow::Stage;
using core::json::Json;
using kiosk::FamilySession;

namespace {

const kiosk::KioskContent& content() { return test::kiosk_content(); }

// Mo's answers (tests/cases/mo.json) as far as his support needs.
void answer_mo_until_support(FamilySession& family) {
  test::send_mo(family, false);
  REQUIRE(family.session().stage() == Stage::kQuestion);
  REQUIRE(family.session().current_question() == "support_needs");
}

// The rest of Mo's answers, to check your answers: all of them but the confirmation.
void answer_mo_rest(FamilySession& family) {
  auto events = test::mo_events();
  for (std::size_t i = test::mo_events(false).size(); i + 1 < events.size(); ++i) family.handle(events[i]);
  REQUIRE(family.session().stage() == Stage::kCheckAnswers);
}

std::string first_heading(const core::view::Screen& screen) {
  for (const auto& e : screen.elements)
    if (const auto* h = std::get_if<core::view::Heading>(&e)) return h->text;
  return {};
}

}  // namespace

TEST_CASE("family session: the built-in content loads the Leicestershire offer with its words and directory") {
  core::json::Diagnostics out;
  auto loaded = core::offer::load_offer_content(test::builtin(), "leicestershire", out, core::offer::Pictures::kLoad);
  INFO(out.to_string());
  CHECK(out.empty());
  REQUIRE(loaded);
  CHECK(loaded->offer.id == "leicestershire");
  CHECK(loaded->directory.has_value());
  CHECK(loaded->catalogs.find("en-GB", "kiosk") != nullptr);
  CHECK(loaded->catalogs.find("en-GB", "leicestershire") != nullptr);
}

TEST_CASE("family session: an offer the content does not have is refused, with the reason") {
  core::json::Diagnostics out;
  auto loaded = core::offer::load_offer_content(test::builtin(), "atlantis", out, core::offer::Pictures::kLoad);
  CHECK_FALSE(loaded);
  CHECK_FALSE(out.empty());
}

TEST_CASE("family session: a new session is on the start screen in the default language, holding no answers") {
  FamilySession family(content(), test::kToday, "en-GB");
  CHECK(family.screen().kind == core::view::ScreenKind::kStart);
  CHECK(family.screen().locale == "en-GB");
  CHECK(family.locale() == "en-GB");
  CHECK_FALSE(family.easy_read());
  CHECK_FALSE(family.holds_answers());
}

TEST_CASE("family session: Mo's answers reach his result") {
  FamilySession family(content(), test::kToday, "en-GB");
  answer_mo_until_support(family);
  CHECK(family.holds_answers());
  answer_mo_rest(family);
  CHECK(family.screen().kind == core::view::ScreenKind::kCheckAnswers);
  family.handle({Event::Kind::kConfirm, "", {}});
  CHECK(family.session().stage() == Stage::kResult);
  const auto screen = family.screen();
  CHECK(screen.kind == core::view::ScreenKind::kResult);
  // Mo is eligible for something, the directory was searched for him (its
  // section is there, even with no service that fits), and his code is shown.
  bool eligible = false, services = false, code = false;
  for (const auto& e : screen.elements) {
    if (const auto* o = std::get_if<core::view::Outcome>(&e); o != nullptr && o->card.status == "eligible") eligible = true;
    if (const auto* h = std::get_if<core::view::Heading>(&e); h != nullptr && h->text == "Services that may suit your child") services = true;
    if (const auto* c = std::get_if<core::view::ResumeCode>(&e); c != nullptr && c->code.size() >= 10) code = true;
  }
  CHECK(eligible);
  CHECK(services);
  CHECK(code);
}

TEST_CASE("family session: changing to Polish keeps every answer and the place, and the screen is in Polish") {
  FamilySession family(content(), test::kToday, "en-GB");
  answer_mo_until_support(family);
  const Json answers_before = core::rules::to_json(family.session().answers());
  const auto english = family.screen();

  family.set_locale("pl");
  CHECK(family.locale() == "pl");
  CHECK(family.words().locale() == "pl");
  CHECK(core::rules::to_json(family.session().answers()) == answers_before);
  CHECK(family.session().current_question() == "support_needs");
  const auto polish = family.screen();
  CHECK(polish.locale == "pl");
  CHECK(polish.kind == core::view::ScreenKind::kQuestion);
  CHECK(polish.question == "support_needs");
  CHECK(polish.title != english.title);

  // The family carries on in Polish to the result.
  answer_mo_rest(family);
  family.handle({Event::Kind::kConfirm, "", {}});
  CHECK(family.screen().kind == core::view::ScreenKind::kResult);
  CHECK(family.screen().locale == "pl");
}

TEST_CASE("family session: changing language on the result keeps the result") {
  FamilySession family(content(), test::kToday, "en-GB");
  answer_mo_until_support(family);
  answer_mo_rest(family);
  family.handle({Event::Kind::kConfirm, "", {}});
  REQUIRE(family.screen().kind == core::view::ScreenKind::kResult);
  const std::string english_heading = first_heading(family.screen());
  family.set_locale("ur");
  const auto urdu = family.screen();
  CHECK(urdu.kind == core::view::ScreenKind::kResult);
  CHECK(urdu.locale == "ur");
  CHECK(urdu.dir == "rtl");
  CHECK(first_heading(urdu) != english_heading);
  family.set_locale("en-GB");
  CHECK(family.screen().kind == core::view::ScreenKind::kResult);
  CHECK(first_heading(family.screen()) == english_heading);
}

TEST_CASE("family session: easy read keeps every answer and the place") {
  FamilySession family(content(), test::kToday, "en-GB");
  answer_mo_until_support(family);
  const Json answers_before = core::rules::to_json(family.session().answers());
  family.set_easy_read(true);
  CHECK(family.easy_read());
  CHECK(family.words().easy_read());
  CHECK(family.screen().easy_read);
  CHECK(core::rules::to_json(family.session().answers()) == answers_before);
  CHECK(family.screen().question == "support_needs");
  family.set_easy_read(false);
  CHECK_FALSE(family.screen().easy_read);
  CHECK(core::rules::to_json(family.session().answers()) == answers_before);
}

TEST_CASE("family session: wipe forgets every answer and goes back to the start in the default language") {
  FamilySession family(content(), test::kToday, "en-GB");
  answer_mo_until_support(family);
  family.set_locale("pl");
  family.set_easy_read(true);
  answer_mo_rest(family);
  family.handle({Event::Kind::kConfirm, "", {}});
  REQUIRE(family.holds_answers());

  family.wipe();
  CHECK_FALSE(family.holds_answers());
  CHECK(family.session().answers().empty());
  CHECK(family.locale() == "en-GB");
  CHECK(family.words().locale() == "en-GB");
  CHECK_FALSE(family.easy_read());
  const auto screen = family.screen();
  CHECK(screen.kind == core::view::ScreenKind::kStart);
  CHECK(screen.locale == "en-GB");
  CHECK_FALSE(screen.easy_read);
  CHECK(family.session().stage() == Stage::kStart);

  // The next family starts from nothing: the first question is the first one.
  family.handle({Event::Kind::kStart, "", {}});
  CHECK(family.session().current_question() == "who");
  CHECK_FALSE(family.holds_answers());
}

TEST_CASE("family session: the kiosk's own words resolve in every language the content has") {
  const auto locales = content().catalogs.locales();
  REQUIRE(locales.size() >= 11);
  FamilySession family(content(), test::kToday, "en-GB");
  const std::string english = family.words().text("kiosk.attract.touch");
  CHECK(english == "Touch the screen to start");
  for (const auto& locale : locales) {
    CAPTURE(locale);
    family.set_locale(locale);
    REQUIRE(family.words().locale() == locale);
    const std::string touch = family.words().text("kiosk.attract.touch");
    CAPTURE(touch);
    CHECK_FALSE(touch.empty());
    CHECK(touch != "kiosk.attract.touch");
    if (locale != "en-GB") CHECK(touch != english);
    // The idle warning's plural message formats in every language too.
    const std::string idle = family.words().text("kiosk.idle.body", {{"seconds", 5.0}});
    CAPTURE(idle);
    CHECK(idle != "kiosk.idle.body");
    CHECK(idle.find('{') == std::string::npos);
  }
}
