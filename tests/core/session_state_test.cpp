// The session's state as a link carries it: every screen of every offer, in
// every language and both reading modes, goes through its fragment and comes
// back as the same state and the same screen; fragments from anywhere else
// are refused or trimmed, never trusted.
#include "support.h"

#include "core/flow/session_state.h"
#include "core/flow/walk.h"
#include "core/url/percent_encode.h"

using namespace signpost;
using core::flow::Event;
using core::flow::Session;
using core::flow::SessionState;
using core::flow::Stage;
using core::json::Json;

namespace {

// The state through its fragment, into a fresh session: the same state, the same screen.
void check_round_trip(const Session& session, const core::offer::Offer& offer, const core::directory::Directory* directory,
                      const core::i18n::Localizer& words) {
  const std::string fragment = session.state().to_fragment();
  auto read = SessionState::from_fragment(fragment);
  REQUIRE(read);
  CHECK(*read == session.state());
  Session restored(offer, test::kToday, directory);
  restored.restore(*read);
  CHECK(restored.state() == session.state());
  CHECK(restored.screen(words).to_json() == session.screen(words).to_json());
}

}  // namespace

TEST_CASE("every screen of every offer, in every language and reading mode, survives its fragment") {
  int screens = 0;
  for (const auto& offer_and_families : test::kCases) {
    const std::string& offer_id = offer_and_families.first;
    const auto& families = offer_and_families.second;
    const auto& offer = test::builtin_offer(offer_id);
    core::json::Diagnostics problems;
    auto directory = core::directory::load_directory(test::builtin(), offer, problems);
    const core::directory::Directory* d = directory ? &*directory : nullptr;
    for (const auto& language : test::builtin_catalogs().languages()) {
      for (bool easy : {false, true}) {
        core::i18n::Localizer words(test::builtin_catalogs(), offer, language.locale, easy);
        for (const auto& family : families) {
          CAPTURE(offer_id);
          CAPTURE(language.locale);
          CAPTURE(easy);
          CAPTURE(family);
          const auto answers = test::case_answers(family, offer);
          Session session(offer, test::kToday, d);
          session.set_locale(language.locale);
          session.set_easy_read(easy);
          check_round_trip(session, offer, d, words);
          session.handle({Event::Kind::kStart, "", {}});
          for (std::size_t step = 0; session.stage() == Stage::kQuestion && step <= offer.questions.size(); ++step, ++screens) {
            check_round_trip(session, offer, d, words);
            const std::string id = session.current_question();
            auto value = core::flow::walk_value(offer, answers, id);
            REQUIRE(value);
            session.handle({Event::Kind::kAnswer, id, *value});
          }
          REQUIRE(session.stage() == Stage::kCheckAnswers);
          check_round_trip(session, offer, d, words);
          // Changing an answer from check your answers: the way back is in the state too.
          session.handle({Event::Kind::kChange, session.state().answers.begin()->first, {}});
          check_round_trip(session, offer, d, words);
          session.handle({Event::Kind::kBack, "", {}});
          session.handle({Event::Kind::kConfirm, "", {}});
          REQUIRE(session.stage() == Stage::kResult);
          check_round_trip(session, offer, d, words);
          session.handle({Event::Kind::kSearch, "", "club «ünïcödé» & 100% \"quoted\""});
          check_round_trip(session, offer, d, words);
          screens += 4;
        }
      }
    }
  }
  MESSAGE(screens << " screens went through their fragment and back");
  CHECK(screens > 1000);
}

TEST_CASE("a fragment that is not a state is refused, and a state's bad fields are left out") {
  CHECK_FALSE(SessionState::from_fragment("#main"));
  CHECK_FALSE(SessionState::from_fragment(""));
  CHECK_FALSE(SessionState::from_fragment("#%7B"));          // cut short
  CHECK_FALSE(SessionState::from_fragment("#%ZZ%7D"));       // not an escape
  CHECK_FALSE(SessionState::from_fragment("#%5B1%2C2%5D"));  // [1,2]: not an object
  CHECK_FALSE(SessionState::from_fragment("#%7B%22s%22%3A%22%FF%22%7D"));  // not UTF-8
  auto empty = SessionState::from_fragment("%7B%7D");  // with or without '#'
  REQUIRE(empty);
  CHECK(*empty == SessionState{});
  auto odd = SessionState::from_fragment(core::url::percent_encode(
      R"({"s": "elsewhere", "q": 7, "r": true, "e": "yes", "l": ["pl"], "f": {}, "a": {"ehcp": "yes", "bad": 1, "list": ["a", 2], "multi": ["a", "b"]}})"));
  REQUIRE(odd);
  CHECK(odd->stage == Stage::kStart);
  CHECK(odd->question.empty());
  CHECK_FALSE(odd->returning);
  CHECK_FALSE(odd->easy_read);
  CHECK(odd->locale.empty());
  CHECK(odd->search.empty());
  CHECK(odd->answers == core::rules::Answers{{"ehcp", std::string("yes")}, {"multi", std::vector<std::string>{"a", "b"}}});
}

TEST_CASE("a fragment holds only characters that are safe in any URL and QR code") {
  SessionState s;
  s.stage = Stage::kResult;
  s.locale = "ur";
  s.search = "سوئمنگ #1 & more";
  s.answers["support_needs"] = std::vector<std::string>{"overnight", "personal-care"};
  const std::string fragment = s.to_fragment();
  REQUIRE(fragment.front() == '#');
  for (char c : fragment.substr(1)) CHECK((std::isalnum(static_cast<unsigned char>(c)) || std::string("-._~%").find(c) != std::string::npos));
  CHECK(SessionState::from_fragment(fragment) == s);
}

TEST_CASE("percent-encoding: every byte goes out and comes back; bad escapes are refused") {
  std::string all;
  for (int c = 0; c < 256; ++c) all += static_cast<char>(c);
  CHECK(core::url::percent_decode(core::url::percent_encode(all)) == all);
  CHECK(core::url::percent_encode("a b/c~") == "a%20b%2Fc~");
  CHECK(core::url::percent_encode_path("offers/a b.json") == "offers/a%20b.json");
  CHECK(core::url::percent_decode("%e2%82%ac") == "\xE2\x82\xAC");
  CHECK(core::url::percent_decode("plain") == "plain");
  CHECK_FALSE(core::url::percent_decode("%"));
  CHECK_FALSE(core::url::percent_decode("%4"));
  CHECK_FALSE(core::url::percent_decode("%G0"));
}
