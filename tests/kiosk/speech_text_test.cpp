// What the kiosk says aloud: a screen's heading, or its question with the hint
// and any error; each keypad stop as "Yes, selected" or "Continue, button" in
// the family's language; and help that fits the screen, ending with the keys.
#include "kiosk_support.h"

#include "kiosk/core/family_session.h"
#include "kiosk/core/speech_text.h"

using namespace signpost;
using core::flow::Event;
using core::json::Json;
using kiosk::FamilySession;
using core::view::FocusItem;
using core::view::ScreenKind;

namespace {

const kiosk::KioskContent& content() { return test::kiosk_content(); }

template <class T>
const T* first(const core::view::Screen& screen) {
  for (const auto& e : screen.elements)
    if (const auto* found = std::get_if<T>(&e)) return found;
  return nullptr;
}

const core::view::Heading* first_heading(const core::view::Screen& screen, int level) {
  for (const auto& e : screen.elements)
    if (const auto* h = std::get_if<core::view::Heading>(&e); h != nullptr && h->level == level) return h;
  return nullptr;
}

bool holds(const std::string& text, const std::string& part) { return !part.empty() && text.find(part) != std::string::npos; }

void answer(FamilySession& family, const std::string& q, Json value) {
  family.handle({Event::Kind::kAnswer, q, std::move(value)});
}

// The start, one question, check your answers and the result, in `locale`.
struct Screens {
  core::view::Screen start, question, check, result;
};

Screens walk_mo(FamilySession& family) {
  Screens s;
  s.start = family.screen();
  family.handle({Event::Kind::kStart, "", {}});
  answer(family, "who", "parent");
  s.question = family.screen();
  answer(family, "lives_in_area", "yes");
  answer(family, "date_of_birth", Json{{"day", "14"}, {"month", "5"}, {"year", "2017"}});
  answer(family, "disability", "yes");
  answer(family, "dla_care", "high");
  answer(family, "ehcp", "yes");
  answer(family, "support_needs", Json::array({"holiday-activities"}));
  answer(family, "postcode_district", "LE11");
  answer(family, "access_needs", Json::array({"none"}));
  answer(family, "break_times", Json::array({"weekends", "school-holidays"}));
  s.check = family.screen();
  family.handle({Event::Kind::kConfirm, "", {}});
  s.result = family.screen();
  REQUIRE(s.start.kind == ScreenKind::kStart);
  REQUIRE(s.question.kind == ScreenKind::kQuestion);
  REQUIRE(s.check.kind == ScreenKind::kCheckAnswers);
  REQUIRE(s.result.kind == ScreenKind::kResult);
  return s;
}

FocusItem item(FocusItem::Role role, std::string label, bool selected = false, std::string value = {}) {
  FocusItem i;
  i.role = role;
  i.label = std::move(label);
  i.selected = selected;
  i.value = std::move(value);
  return i;
}

}  // namespace

TEST_CASE("speech text: a question screen is read as its question, then its hint") {
  FamilySession family(content(), test::kToday, "en-GB");
  family.handle({Event::Kind::kStart, "", {}});
  answer(family, "who", "parent");
  const auto screen = family.screen();
  REQUIRE(screen.kind == ScreenKind::kQuestion);
  const auto* q = first<core::view::Question>(screen);
  REQUIRE(q != nullptr);
  REQUIRE_FALSE(q->hint.empty());
  const std::string said = kiosk::screen_speech(screen);
  CAPTURE(said);
  CHECK(said.rfind(q->text, 0) == 0);
  CHECK(holds(said, q->hint));
  CHECK(said.find(q->hint) > said.find(q->text));
  CHECK(holds(said, "Does your child live in Leicestershire?"));
  // Not "There is a problem" when there is none.
  CHECK_FALSE(holds(said, "There is a problem"));
}

TEST_CASE("speech text: a question with an error is read with the error first") {
  FamilySession family(content(), test::kToday, "en-GB");
  family.handle({Event::Kind::kStart, "", {}});
  answer(family, "who", "parent");
  answer(family, "lives_in_area", Json());
  const auto screen = family.screen();
  REQUIRE(screen.has_error);
  const std::string said = kiosk::screen_speech(screen);
  CAPTURE(said);
  CHECK(said.rfind("There is a problem", 0) == 0);
  CHECK(holds(said, "Select if your child lives in Leicestershire"));
  CHECK(holds(said, "Does your child live in Leicestershire?"));
}

TEST_CASE("speech text: the start screen is read as its heading") {
  FamilySession family(content(), test::kToday, "en-GB");
  const auto screen = family.screen();
  REQUIRE(screen.kind == ScreenKind::kStart);
  const auto* heading = first_heading(screen, 1);
  REQUIRE(heading != nullptr);
  const std::string said = kiosk::screen_speech(screen);
  CAPTURE(said);
  CHECK(holds(said, heading->text));
}

TEST_CASE("speech text: a screen is read in its own language") {
  FamilySession family(content(), test::kToday, "pl");
  family.handle({Event::Kind::kStart, "", {}});
  const auto screen = family.screen();
  REQUIRE(screen.locale == "pl");
  const auto* q = first<core::view::Question>(screen);
  REQUIRE(q != nullptr);
  const std::string said = kiosk::screen_speech(screen);
  CHECK(holds(said, q->text));
  CHECK_FALSE(holds(said, "Does your child live in Leicestershire?"));
}

TEST_CASE("speech text: keypad stops are read with their role and state in English") {
  FamilySession family(content(), test::kToday, "en-GB");
  const auto& words = family.words();
  CHECK(kiosk::item_speech(item(FocusItem::Role::kOption, "Yes", true), words) == "Yes, selected");
  CHECK(kiosk::item_speech(item(FocusItem::Role::kOption, "Yes", false), words) == "Yes, not selected");
  CHECK(kiosk::item_speech(item(FocusItem::Role::kButton, "Continue"), words) == "Continue, button");
  const std::string field = kiosk::item_speech(item(FocusItem::Role::kField, "Postcode", false, "LE11"), words);
  CHECK(holds(field, "Postcode"));
  CHECK(holds(field, "LE11"));
  CHECK(holds(field, "text box"));
  // Plain text is read as it is.
  CHECK(kiosk::item_speech(item(FocusItem::Role::kText, "Short breaks"), words) == "Short breaks");
}

TEST_CASE("speech text: keypad stops are read in Polish, not English, for a Polish family") {
  FamilySession family(content(), test::kToday, "pl");
  const auto& words = family.words();
  const std::string selected = kiosk::item_speech(item(FocusItem::Role::kOption, "Tak", true), words);
  const std::string not_selected = kiosk::item_speech(item(FocusItem::Role::kOption, "Tak", false), words);
  const std::string button = kiosk::item_speech(item(FocusItem::Role::kButton, "Dalej"), words);
  CAPTURE(selected);
  CAPTURE(not_selected);
  CAPTURE(button);
  for (const auto* said : {&selected, &not_selected, &button}) {
    CHECK(said->rfind(said == &button ? "Dalej" : "Tak", 0) == 0);
    CHECK_FALSE(holds(*said, "selected"));
    CHECK_FALSE(holds(*said, "button"));
    CHECK(said->find("kiosk.speech") == std::string::npos);
  }
  CHECK(selected != not_selected);
  CHECK(selected == "Tak, zaznaczone");
}

TEST_CASE("speech text: help differs by the kind of screen and always ends with how the keys work") {
  FamilySession family(content(), test::kToday, "en-GB");
  const Screens s = walk_mo(family);
  const auto& words = family.words();
  const std::string keys = words.text("kiosk.help.keys");
  REQUIRE(keys != "kiosk.help.keys");
  const std::string start = kiosk::help_text(s.start, words);
  const std::string question = kiosk::help_text(s.question, words);
  const std::string check = kiosk::help_text(s.check, words);
  const std::string result = kiosk::help_text(s.result, words);
  for (const auto* help : {&start, &question, &check, &result}) {
    CAPTURE(*help);
    REQUIRE(help->size() > keys.size());
    CHECK(help->compare(help->size() - keys.size(), keys.size(), keys) == 0);
    CHECK(help->find("kiosk.help") == std::string::npos);
  }
  CHECK(start != question);
  CHECK(start != check);
  CHECK(start != result);
  CHECK(question != check);
  CHECK(question != result);
  CHECK(check != result);
  CHECK(holds(start, words.text("kiosk.help.start")));
  CHECK(holds(question, words.text("kiosk.help.question")));
  CHECK(holds(check, words.text("kiosk.help.check")));
  CHECK(holds(result, words.text("kiosk.help.result")));
}

TEST_CASE("speech text: help is in the family's language") {
  FamilySession english(content(), test::kToday, "en-GB");
  FamilySession polish(content(), test::kToday, "pl");
  const std::string en = kiosk::help_text(english.screen(), english.words());
  const std::string pl = kiosk::help_text(polish.screen(), polish.words());
  CHECK(en != pl);
  const std::string pl_keys = polish.words().text("kiosk.help.keys");
  REQUIRE(pl.size() > pl_keys.size());
  CHECK(pl.compare(pl.size() - pl_keys.size(), pl_keys.size(), pl_keys) == 0);
  CHECK_FALSE(holds(pl, english.words().text("kiosk.help.keys")));
}

TEST_CASE("speech text: the young person is spoken to as you, in easy read too") {
  for (bool easy_read : {false, true}) {
    CAPTURE(easy_read);
    FamilySession family(content(), test::kToday, "en-GB");
    family.set_easy_read(easy_read);
    family.handle({Event::Kind::kStart, "", {}});
    answer(family, "who", "young-person");
    const std::string said = kiosk::screen_speech(family.screen());
    CAPTURE(said);
    CHECK(holds(said, "Do you live in Leicestershire?"));
    CHECK_FALSE(holds(said, "your child"));
  }
}
