// The resume code: every family's answers go through their code and come back
// the same; a mistyped code is refused, never read as other answers; a code
// from another offer, or from before the questions changed, is refused and
// says so; and the session goes from a code to the family's result.
#include "support.h"

#include "core/flow/resume_code.h"
#include "core/flow/session.h"

using namespace signpost;
using core::flow::CodeError;
using core::flow::read_resume_code;
using core::flow::resume_code;

namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

}  // namespace

TEST_CASE("resume code: every family's answers come back the same, from a code of about 15 characters") {
  for (const auto& [offer_id, families] : test::kCases) {
    const auto& offer = test::builtin_offer(offer_id);
    for (const auto& family : families) {
      CAPTURE(family);
      const auto answers = test::case_answers(family, offer);
      const std::string code = resume_code(offer, answers);
      CAPTURE(code);
      CHECK(code.size() <= 20);
      auto back = read_resume_code(offer, code, test::kToday);
      REQUIRE(back.answers);
      CHECK(*back.answers == answers);
      // Typed by a person: lower case, no hyphens, spaces, O for 0 and I or L for 1.
      std::string typed;
      for (char c : code)
        if (c != '-') typed += static_cast<char>(c == '0' ? 'o' : c == '1' ? 'l' : std::tolower(static_cast<unsigned char>(c)));
      auto read = read_resume_code(offer, " " + typed.substr(0, 4) + " " + typed.substr(4) + " ", test::kToday);
      REQUIRE(read.answers);
      CHECK(*read.answers == answers);
    }
  }
}

TEST_CASE("resume code: no answers at all is a code too, and part-answered checks keep what was answered") {
  const auto& offer = test::builtin_offer("leicestershire");
  core::rules::Answers some{{"lives_in_area", std::string("yes")}, {"support_needs", std::vector<std::string>{"personal-care", "overnight"}}};
  for (const auto& answers : {core::rules::Answers{}, some}) {
    auto back = read_resume_code(offer, resume_code(offer, answers), test::kToday);
    REQUIRE(back.answers);
    CHECK(*back.answers == answers);
  }
}

TEST_CASE("resume code: any one character mistyped, or two neighbours swapped, is refused") {
  const auto& offer = test::builtin_offer("leicestershire");
  const auto answers = test::case_answers("mo", offer);
  std::string code;
  for (char c : resume_code(offer, answers))
    if (c != '-') code += c;
  int tried = 0;
  for (std::size_t i = 0; i < code.size(); ++i) {
    for (char other : kAlphabet) {
      if (other == code[i]) continue;
      std::string wrong = code;
      wrong[i] = other;
      auto read = read_resume_code(offer, wrong, test::kToday);
      CAPTURE(wrong);
      CHECK_FALSE(read.answers);
      ++tried;
    }
    if (i + 1 < code.size() && code[i] != code[i + 1]) {
      std::string swapped = code;
      std::swap(swapped[i], swapped[i + 1]);
      CAPTURE(swapped);
      CHECK(read_resume_code(offer, swapped, test::kToday).error == CodeError::kCheck);
    }
  }
  CHECK(tried == static_cast<int>(code.size()) * 31);
}

TEST_CASE("resume code: what is wrong with a code is said, and nothing is read") {
  const auto& offer = test::builtin_offer("leicestershire");
  const std::string code = resume_code(offer, test::case_answers("mo", offer));
  CHECK(read_resume_code(offer, "", test::kToday).error == CodeError::kEmpty);
  CHECK(read_resume_code(offer, " - ", test::kToday).error == CodeError::kEmpty);
  auto bad = read_resume_code(offer, code.substr(0, 3) + "U" + code.substr(4), test::kToday);
  CHECK(bad.error == CodeError::kCharacter);
  CHECK(bad.detail == "U");
  // A letter with an accent is named whole, as the family typed it.
  auto accent = read_resume_code(offer, "5N5MX-\xC3\x89", test::kToday);
  CHECK(accent.error == CodeError::kCharacter);
  CHECK(accent.detail == "\xC3\x89");
  auto short_code = read_resume_code(offer, code.substr(0, code.size() - 1), test::kToday);
  CHECK(short_code.error == CodeError::kLength);
  CHECK(short_code.length == code.size() - 2);  // the hyphens are not characters of the code
  // Another offer's code: its fingerprint differs (and so may its length).
  const auto& wakefield = test::builtin_offer("wakefield");
  auto other = read_resume_code(offer, resume_code(wakefield, test::case_answers("wakefield-specialist", wakefield)), test::kToday);
  CHECK_FALSE(other.answers);
  CHECK((other.error == CodeError::kOffer || other.error == CodeError::kLength));
}

TEST_CASE("resume code: after the questions change, an old code is refused, not read as other answers") {
  const auto& offer = test::builtin_offer("leicestershire");
  const std::string code = resume_code(offer, test::case_answers("mo", offer));
  core::offer::Offer changed = offer;
  // An option added in the middle moves every later value, but not the length.
  for (auto& q : changed.questions)
    if (q.id == "ehcp") q.options.insert(q.options.begin() + 2, "applied");
  auto read = read_resume_code(changed, code, test::kToday);
  CHECK_FALSE(read.answers);
  CHECK(read.error == CodeError::kOffer);
}

TEST_CASE("resume code: a date of birth after today is refused like a typed one") {
  const auto& offer = test::builtin_offer("leicestershire");
  core::rules::Answers future{{"date_of_birth", std::string("2026-12-25")}};
  const std::string code = resume_code(offer, future);
  CHECK(read_resume_code(offer, code, core::rules::Date{2027, 1, 1}).answers);
  CHECK(read_resume_code(offer, code, test::kToday).error == CodeError::kAnswer);
}

TEST_CASE("resume code: the session goes from a good code to the result, and stays on the code with a bad one") {
  const auto& offer = test::builtin_offer("leicestershire");
  const core::i18n::Localizer words(test::builtin_catalogs(), offer, "en-GB");
  const auto answers = test::case_answers("mo", offer);
  core::flow::Session session(offer, test::kToday);
  session.handle({core::flow::Event::Kind::kCode, "", {}});
  CHECK(session.stage() == core::flow::Stage::kCode);
  session.handle({core::flow::Event::Kind::kCode, "", "7K2M9-QXD4H-TNB3"});
  CHECK(session.stage() == core::flow::Stage::kCode);
  auto screen = session.screen(words);
  CHECK(screen.has_error);
  bool error_shown = false;
  for (const auto& e : screen.elements)
    if (const auto* entry = std::get_if<core::view::CodeEntry>(&e)) error_shown = !entry->error.empty() && entry->box.value == "7K2M9-QXD4H-TNB3";
  CHECK(error_shown);
  // A long paste is cut where a character starts, never inside one, and shown back.
  std::string long_paste(63, 'A');
  long_paste += "\xC3\x89\xC3\x89";
  session.handle({core::flow::Event::Kind::kCode, "", long_paste});
  CHECK(session.stage() == core::flow::Stage::kCode);
  CHECK(session.screen(words).to_json().dump().find("\"" + std::string(63, 'A') + "\"") != std::string::npos);
  session.handle({core::flow::Event::Kind::kCode, "", resume_code(offer, answers)});
  CHECK(session.stage() == core::flow::Stage::kResult);
  CHECK(session.answers() == answers);
  // The code box is a place a link can hold, as every screen is.
  core::flow::Session other(offer, test::kToday);
  other.handle({core::flow::Event::Kind::kCode, "", {}});
  auto state = core::flow::SessionState::from_fragment(other.state().to_fragment());
  REQUIRE(state);
  core::flow::Session restored(offer, test::kToday);
  restored.restore(*state);
  CHECK(restored.stage() == core::flow::Stage::kCode);
  // Back from the code box goes to the start.
  other.handle({core::flow::Event::Kind::kBack, "", {}});
  CHECK(other.stage() == core::flow::Stage::kStart);
}
