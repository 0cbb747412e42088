// A session as a family lives it: one question per screen, questions skipped
// when they cannot change anything, GOV.UK-style errors, back, change links that
// return to check your answers, and restart that forgets everything.
#include "support.h"

#include "core/flow/session.h"

using namespace signpost;
using core::flow::Event;
using core::flow::Session;
using core::flow::Stage;
using core::json::Json;

namespace {

struct Fixture {
  const core::offer::Offer& offer = test::builtin_offer("leicestershire");
  core::i18n::Localizer words{test::builtin_catalogs(), offer, "en-GB"};
  Session session{offer, test::kToday};

  void answer(const std::string& q, Json value) { session.handle({Event::Kind::kAnswer, q, std::move(value)}); }
  // Starts the check as a parent or carer (the first question, who is doing it).
  void start() {
    session.handle({Event::Kind::kStart, "", {}});
    answer("who", "parent");
  }
  void back() { session.handle({Event::Kind::kBack, "", {}}); }
  // Where the family lives and what suits them: asked once the outcome is settled.
  void signposting() {
    answer("postcode_district", "LE11");
    answer("access_needs", Json::array({"none"}));
    answer("break_times", Json::array({"any"}));
  }
  std::string at() const { return session.stage() == Stage::kQuestion ? session.current_question() : core::view::to_string(session.stage()); }
  // The first element of a type on the current screen.
  template <class T>
  const T* find() {
    screen_ = session.screen(words);
    for (const auto& e : screen_.elements)
      if (const auto* found = std::get_if<T>(&e)) return found;
    return nullptr;
  }
  core::view::Screen screen_;
};

void answer_mo_until_support(Fixture& f) {
  f.start();
  f.answer("lives_in_area", "yes");
  f.answer("date_of_birth", Json{{"day", "14"}, {"month", "5"}, {"year", "2017"}});
  f.answer("disability", "yes");
  f.answer("dla_care", "high");
  f.answer("ehcp", "yes");
}

// Mo's every answer, to check your answers.
void answer_mo(Fixture& f) {
  answer_mo_until_support(f);
  f.answer("support_needs", Json::array({"holiday-activities"}));
  f.signposting();
}

}  // namespace

TEST_CASE("a 9-year-old is never asked about PIP, and a 16-year-old is never asked about DLA") {
  Fixture f;
  answer_mo_until_support(f);
  CHECK(f.at() == "support_needs");

  Fixture teen;
  teen.start();
  teen.answer("lives_in_area", "yes");
  teen.answer("date_of_birth", "2010-01-01");
  teen.answer("disability", "yes");
  CHECK(teen.at() == "pip_daily_living");
}

TEST_CASE("a family outside the county is not asked questions that can no longer change anything") {
  Fixture f;
  f.start();
  f.answer("lives_in_area", "no");
  // Living outside the county closes every route but the universal offer.
  CHECK(f.at() == "postcode_district");
  f.signposting();
  CHECK(f.at() == "check-answers");
  f.session.handle({Event::Kind::kConfirm, "", {}});
  CHECK(f.at() == "result");
}

TEST_CASE("an empty answer shows the error summary, the inline error and Error: in the title") {
  Fixture f;
  f.start();
  f.answer("lives_in_area", Json());
  CHECK(f.at() == "lives_in_area");
  auto screen = f.session.screen(f.words);
  CHECK(screen.has_error);
  CHECK(screen.title.rfind("Error: Does your child live in Leicestershire?", 0) == 0);
  const auto* summary = f.find<core::view::ErrorSummary>();
  REQUIRE(summary != nullptr);
  CHECK(summary->title == "There is a problem");
  REQUIRE(summary->errors.size() == 1);
  CHECK(summary->errors[0].text == "Select if your child lives in Leicestershire");
  CHECK(summary->errors[0].target == "lives_in_area");
  const auto* question = f.find<core::view::Question>();
  CHECK(question->error == "Select if your child lives in Leicestershire");
}

TEST_CASE("date errors say which part is missing or wrong, mark only that part, and keep what was typed") {
  Fixture f;
  f.start();
  f.answer("lives_in_area", "yes");
  struct Case {
    Json typed;
    const char* error;
    const char* target;
    const char* marked;  // the parts highlighted; "" for the whole date
  };
  const Case cases[] = {
      {Json{{"day", "14"}, {"month", ""}, {"year", "2017"}}, "Date of birth must include a month", "date_of_birth-month", "month"},
      {Json{{"day", ""}, {"month", "5"}, {"year", "2017"}}, "Date of birth must include a day", "date_of_birth-day", "day"},
      {Json{{"day", "14"}, {"month", ""}, {"year", ""}}, "Date of birth must include a month and year", "date_of_birth-month", "month_year"},
      {Json{{"day", "31"}, {"month", "2"}, {"year", "2017"}}, "Date of birth must be a real date: check the day", "date_of_birth-day", "day"},
      {Json{{"day", "0"}, {"month", "5"}, {"year", "2017"}}, "Date of birth must be a real date: check the day", "date_of_birth-day", "day"},
      {Json{{"day", "14"}, {"month", "13"}, {"year", "2017"}}, "Date of birth must be a real date: the month must be from 1 to 12",
       "date_of_birth-month", "month"},
      {Json{{"day", "14"}, {"month", "5"}, {"year", "17"}}, "Date of birth must be a real date: the year must have 4 numbers, like 2015",
       "date_of_birth-year", "year"},
      {Json{{"day", "x"}, {"month", "13"}, {"year", "2017"}}, "Date of birth must be a real date", "date_of_birth-day", ""},
      {Json{{"day", "1"}, {"month", "1"}, {"year", "2031"}}, "Date of birth must be in the past", "date_of_birth-day", ""},
      {Json{{"day", ""}, {"month", ""}, {"year", ""}}, "Enter your child's date of birth", "date_of_birth-day", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.error);
    f.answer("date_of_birth", c.typed);
    CHECK(f.at() == "date_of_birth");
    const auto* q = f.find<core::view::Question>();
    CHECK(q->error == c.error);
    CHECK(q->error_part == c.marked);
    CHECK(q->date.at("day") == c.typed["day"].get<std::string>());
    CHECK(f.find<core::view::ErrorSummary>()->errors[0].target == c.target);
  }
  f.answer("date_of_birth", Json{{"day", " 14 "}, {"month", "05"}, {"year", "2017"}});
  CHECK(f.at() == "disability");
}

TEST_CASE("None of these cannot be picked with other support") {
  Fixture f;
  answer_mo_until_support(f);
  f.answer("support_needs", Json::array({"none", "overnight"}));
  CHECK(f.at() == "support_needs");
  CHECK(f.find<core::view::Question>()->error.find("on its own") != std::string::npos);
  f.answer("support_needs", Json::array({"none"}));
  CHECK(f.at() == "postcode_district");
}

TEST_CASE("back goes to the previous question asked, skipping the ones that were skipped, and shows the answer given") {
  Fixture f;
  answer_mo_until_support(f);
  f.back();
  CHECK(f.at() == "ehcp");
  CHECK(f.find<core::view::Question>()->options[0].selected);  // "yes"
  f.back();
  CHECK(f.at() == "dla_care");
  f.back();
  f.back();
  CHECK(f.at() == "date_of_birth");
  CHECK(f.find<core::view::Question>()->date.at("year") == "2017");
  f.back();
  f.back();
  CHECK(f.at() == "who");
  f.back();
  CHECK(f.at() == "start");
}

TEST_CASE("a change link returns to check your answers, asking first any question the change makes matter") {
  Fixture f;
  answer_mo(f);
  REQUIRE(f.at() == "check-answers");
  auto rows = f.find<core::view::Summary>()->rows;
  CHECK(rows.size() == 10);

  // Changing an answer that opens nothing new goes straight back.
  f.session.handle({Event::Kind::kChange, "ehcp", {}});
  CHECK(f.at() == "ehcp");
  f.answer("ehcp", "letter");
  CHECK(f.at() == "check-answers");

  // Making the child 16 makes PIP matter: it is asked, then back to check your answers.
  f.session.handle({Event::Kind::kChange, "date_of_birth", {}});
  f.answer("date_of_birth", "2010-01-01");
  CHECK(f.at() == "pip_daily_living");
  f.answer("pip_daily_living", "enhanced");
  CHECK(f.at() == "check-answers");
  rows = f.find<core::view::Summary>()->rows;
  std::vector<std::string> ids;
  for (const auto& r : rows) ids.push_back(r.question);
  // DLA no longer counts for a 16-year-old, so it leaves the summary.
  CHECK(ids == std::vector<std::string>{"who", "lives_in_area", "date_of_birth", "disability", "pip_daily_living", "ehcp", "support_needs", "postcode_district", "access_needs", "break_times"});

  // Back from a change with nothing new to ask also returns to check your answers.
  f.session.handle({Event::Kind::kChange, "disability", {}});
  f.back();
  CHECK(f.at() == "check-answers");
}

TEST_CASE("the result starts with what to do now, then money and support, with the universal offer always there and the rest folded") {
  Fixture f;
  answer_mo(f);
  f.session.handle({Event::Kind::kConfirm, "", {}});
  REQUIRE(f.at() == "result");
  auto screen = f.session.screen(f.words);
  std::vector<std::string> routes, headings, folds, folded_routes;
  const core::view::Todo* todo = nullptr;
  bool folded = false;
  for (const auto& e : screen.elements) {
    if (const auto* o = std::get_if<core::view::Outcome>(&e)) (folded ? folded_routes : routes).push_back(o->card.route);
    if (const auto* h = std::get_if<core::view::Heading>(&e); h != nullptr && h->level == 2) headings.push_back(h->text);
    if (const auto* fold = std::get_if<core::view::Fold>(&e)) folds.push_back(fold->summary), folded = true;
    if (std::holds_alternative<core::view::FoldEnd>(e)) folded = false;
    if (const auto* t = std::get_if<core::view::Todo>(&e)) todo = t;
  }
  CHECK(routes.size() + folded_routes.size() == f.offer.routes.size());
  CHECK(routes == std::vector<std::string>{"summer-dp-card", "self-assessed-dp", "worker-assessed-dp", "commissioned-service"});
  CHECK(folded_routes == std::vector<std::string>{"universal", "early-help", "domiciliary-care", "overnight"});
  CHECK(headings == std::vector<std::string>{"What to do now", "You can get", "You can ask for an assessment"});
  CHECK(folds == std::vector<std::string>{"Open to every family", "Your request for an assessment", "What happens after you ask",
                                          "If you disagree with a decision", "Free advice, and other parents",
                                          "Not available from your answers (2)"});
  // What to do now: ask for the card, then for an assessment; each with First Response's published phone.
  REQUIRE(todo != nullptr);
  REQUIRE(todo->items.size() == 2);
  CHECK(todo->items[0].title == "Ask for it: Summer Direct Payment card (level 1)");
  CHECK(todo->items[1].title == "Ask for an assessment");
  CHECK(todo->items[1].link == "#request");
  // Both are asked of First Response: its number is given once, with the first.
  REQUIRE(todo->items[0].contacts.size() == 1);
  CHECK(todo->items[0].contacts[0].phone == "0116 305 0005");
  CHECK(todo->items[0].contacts[0].source_url.rfind("https://www.leicestershire.gov.uk/", 0) == 0);
  CHECK(todo->items[1].contacts.empty());
}

TEST_CASE("restart wipes every answer") {
  Fixture f;
  answer_mo_until_support(f);
  CHECK_FALSE(f.session.answers().empty());
  f.session.handle({Event::Kind::kRestart, "", {}});
  CHECK(f.session.answers().empty());
  CHECK(f.at() == "start");
  f.start();
  CHECK(f.at() == "lives_in_area");
  CHECK_FALSE(f.find<core::view::Question>()->options[0].selected);
}

TEST_CASE("events that make no sense where the family is change nothing") {
  Fixture f;
  f.session.handle({Event::Kind::kAnswer, "ehcp", "yes"});
  f.session.handle({Event::Kind::kConfirm, "", {}});
  f.session.handle({Event::Kind::kChange, "ehcp", {}});
  CHECK(f.at() == "start");
  CHECK(f.session.answers().empty());
  f.start();
  f.answer("ehcp", "yes");  // not the question on screen
  CHECK(f.at() == "lives_in_area");
  CHECK(f.session.answers().size() == 1);  // who is doing the check
}

TEST_CASE("events read from JSON, with clear errors for bad ones") {
  std::string error;
  auto e = Event::from_json(Json::parse(R"({"event": "answer", "question": "ehcp", "value": "yes"})"), &error);
  REQUIRE(e);
  CHECK(e->kind == Event::Kind::kAnswer);
  CHECK(e->question == "ehcp");
  CHECK_FALSE(Event::from_json(Json::parse(R"({"event": "jump"})"), &error));
  CHECK(error == R"(unknown event "jump"; expected start, answer, back, change, confirm, restart, search or code)");
  CHECK_FALSE(Event::from_json(Json::parse(R"({"event": "answer"})"), &error));
  CHECK(error == R"(expected "question" to be a question id)");
}

TEST_CASE("a session's place and answers survive a round trip through its state") {
  Fixture f;
  answer_mo_until_support(f);
  f.back();
  const auto state = core::flow::SessionState::from_fragment(f.session.state().to_fragment());
  REQUIRE(state);
  CHECK(*state == f.session.state());
  CHECK(state->stage == Stage::kQuestion);
  CHECK(state->question == "ehcp");
  CHECK(state->answers.at("date_of_birth") == core::rules::AnswerValue{"2017-05-14"});

  Fixture other;
  other.session.restore(*state);
  CHECK(other.at() == "ehcp");
  CHECK(other.session.answers() == f.session.answers());
  CHECK(other.session.screen(other.words).to_json() == f.session.screen(f.words).to_json());
}

TEST_CASE("a state from a URL cannot put a family anywhere their answers do not lead") {
  Fixture f;
  // A result with no answers: the first question instead.
  f.session.restore(core::flow::SessionState::from_json(Json::parse(R"({"s": "result"})")));
  CHECK(f.at() == "who");
  // Bad answers and unknown questions are dropped; a skipped question is not shown.
  f.session.restore(core::flow::SessionState::from_json(Json::parse(R"({"s": "question", "q": "pip_daily_living",
      "a": {"who": "parent", "lives_in_area": "yes", "date_of_birth": "2017-05-14", "dla_care": "hihg", "shoe_size": "9"}})")));
  CHECK(f.session.answers().size() == 3);
  CHECK(f.at() == "disability");
  // Anything that is not an object is a fresh start.
  f.session.restore(core::flow::SessionState::from_json(Json::parse(R"([1, 2, 3])")));
  CHECK(f.at() == "start");
  CHECK(f.session.answers().empty());
}
