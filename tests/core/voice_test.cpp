// The voice of the check: every offer asks first who is doing it. A young
// person of 16 to 25 is spoken to as "you" on every screen, plain and easy
// read, in every language; a parent or carer about "your child". The rules and
// the answers stay the same. A young person's date of birth outside those ages
// is explained. The choice is kept through a change of language, in the link
// and in the answers code.
#include "support.h"

#include "core/flow/resume_code.h"
#include "core/flow/session.h"

using namespace signpost;
using core::flow::Event;
using core::flow::Session;
using core::flow::Stage;
using core::json::Json;

namespace {

// Every text on a screen, to look for words in; without the answers code,
// which differs with any answer.
std::string words_on(const core::view::Screen& screen) {
  Json j = screen.to_json();
  Json kept = Json::array();
  for (const auto& e : j["elements"])
    if (e.value("type", "") != "resume-code") kept.push_back(e);
  j["elements"] = kept;
  return j.dump();
}

struct Check {
  const core::offer::Offer& offer;
  Session session{offer, test::kToday};
  explicit Check(const std::string& id) : offer(test::builtin_offer(id)) {}
  void answer(const std::string& q, Json value) { session.handle({Event::Kind::kAnswer, q, std::move(value)}); }
  std::string screen(const std::string& locale = "en-GB", bool easy_read = false) {
    core::i18n::Localizer words(test::builtin_catalogs(), offer, locale, easy_read);
    return words_on(session.screen(words));
  }
};

}  // namespace

TEST_CASE("every offer asks first who is doing the check, and the young person's ages are in its words") {
  for (const char* id : {"leicestershire", "wakefield", "dorset"}) {
    CAPTURE(id);
    Check c(id);
    c.session.handle({Event::Kind::kStart, "", {}});
    REQUIRE(c.session.current_question() == "who");
    const std::string text = c.screen();
    CHECK(text.find("Who is doing this check?") != std::string::npos);
    CHECK(text.find("I am a parent or carer") != std::string::npos);
    CHECK(text.find("I am the young person (aged 16 to 25)") != std::string::npos);
  }
}

TEST_CASE("a young person is spoken to as you on every screen, plain and easy read; the outcomes are the same") {
  // Mia is 16, the Dorset family's young person 18; Wakefield's made 17.
  const std::map<std::string, std::string> families = {{"leicestershire", "mia"}, {"wakefield", "wakefield-specialist"}, {"dorset", "dorset-targeted"}};
  for (const auto& entry : families) {
    const std::string& id = entry.first;
    const std::string& family = entry.second;
    CAPTURE(id);
    const auto& offer = test::builtin_offer(id);
    auto parent = test::case_answers(family, offer);
    if (id == "wakefield") parent["date_of_birth"] = std::string("2009-05-14");
    auto young = parent;
    young["who"] = std::string("young-person");
    for (bool easy_read : {false, true}) {
      CAPTURE(easy_read);
      Check as_parent(id), as_young(id);
      as_parent.session.resume(parent);
      as_young.session.resume(young);
      REQUIRE(as_young.session.stage() == Stage::kCheckAnswers);
      as_parent.session.handle({Event::Kind::kConfirm, "", {}});
      as_young.session.handle({Event::Kind::kConfirm, "", {}});
      const std::string result = as_young.screen("en-GB", easy_read);
      CHECK(result.find("your child") == std::string::npos);
      CHECK(result.find("Your child") == std::string::npos);
      CHECK(as_parent.screen("en-GB", easy_read).find("your child") != std::string::npos);
      // The same routes with the same statuses.
      auto statuses = [](const Session& s) {
        std::vector<std::pair<std::string, int>> out;
        for (const auto& o : s.outcomes()) out.emplace_back(o.route->id, static_cast<int>(o.status));
        return out;
      };
      CHECK(statuses(as_young.session) == statuses(as_parent.session));
    }
  }
  // A question, as the young person reads it.
  Check c("wakefield");
  c.session.handle({Event::Kind::kStart, "", {}});
  c.answer("who", "young-person");
  REQUIRE(c.session.current_question() == "lives_in_area");
  CHECK(c.screen().find("Do you live in the Wakefield district?") != std::string::npos);
}

TEST_CASE("a young person's date of birth outside 16 to 25 is explained, and so is choosing that voice for a younger child") {
  Check c("leicestershire");
  c.session.handle({Event::Kind::kStart, "", {}});
  c.answer("who", "young-person");
  c.answer("lives_in_area", "yes");
  c.answer("date_of_birth", Json{{"day", "14"}, {"month", "5"}, {"year", "2017"}});
  REQUIRE(c.session.current_question() == "date_of_birth");
  std::string text = c.screen();
  CHECK(text.find("You can do this check for yourself if you are aged 16 to 25.") != std::string::npos);
  CHECK(c.session.answers().count("date_of_birth") == 0);
  // 26 and over too.
  c.answer("date_of_birth", Json{{"day", "1"}, {"month", "1"}, {"year", "1990"}});
  CHECK(c.session.current_question() == "date_of_birth");
  // 16 is in.
  c.answer("date_of_birth", Json{{"day", "1"}, {"month", "1"}, {"year", "2010"}});
  CHECK(c.session.current_question() == "disability");

  // A parent gives a 9-year-old's date of birth, then changes the first answer to the young person.
  Check p("leicestershire");
  p.session.resume(test::case_answers("mo", p.offer));
  p.session.handle({Event::Kind::kChange, "who", {}});
  p.answer("who", "young-person");
  CHECK(p.session.current_question() == "who");
  CHECK(p.screen().find("16 to 25") != std::string::npos);
  CHECK(std::get<std::string>(p.session.answers().at("who")) == "parent");
  // A link or code that pairs the young person with a 9-year-old asks the date again.
  auto odd = test::case_answers("mo", p.offer);
  odd["who"] = std::string("young-person");
  p.session.resume(odd);
  CHECK(p.session.current_question() == "date_of_birth");
}

TEST_CASE("the voice is kept through a change of language, in the link and in the answers code, and speaks every language") {
  Check c("dorset");
  auto young = test::case_answers("dorset-targeted", c.offer);
  young["who"] = std::string("young-person");
  young["date_of_birth"] = std::string("2008-02-01");
  c.session.resume(young);
  c.session.set_locale("pl");
  const auto state = core::flow::SessionState::from_fragment(c.session.state().to_fragment());
  REQUIRE(state);
  CHECK(std::get<std::string>(state->answers.at("who")) == "young-person");
  const std::string code = core::flow::resume_code(c.offer, c.session.answers());
  auto read = core::flow::read_resume_code(c.offer, code, test::kToday);
  REQUIRE(read.answers);
  CHECK(std::get<std::string>(read.answers->at("who")) == "young-person");

  // In every language, the young person's words differ from a parent's on the result.
  for (const auto& language : test::builtin_catalogs().languages()) {
    CAPTURE(language.locale);
    Check as_young("dorset"), as_parent("dorset");
    auto parent = young;
    parent["who"] = std::string("parent");
    as_young.session.resume(young);
    as_parent.session.resume(parent);
    as_young.session.handle({Event::Kind::kConfirm, "", {}});
    as_parent.session.handle({Event::Kind::kConfirm, "", {}});
    for (bool easy_read : {false, true}) {
      CAPTURE(easy_read);
      CHECK(as_young.screen(language.locale, easy_read) != as_parent.screen(language.locale, easy_read));
    }
  }
}
