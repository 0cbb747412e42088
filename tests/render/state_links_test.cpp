// State links: each action's link holds the state the action leads to, and the
// language and easy read links hold the same place and answers in another
// language or reading mode.
#include "../core/support.h"

#include "core/flow/session.h"
#include "render/html/state_links.h"

using namespace signpost;
using core::flow::Event;
using core::flow::SessionState;
using core::flow::Stage;

namespace {

SessionState read(const std::string& href) {
  auto state = SessionState::from_fragment(href);
  REQUIRE(state);
  return *state;
}

}  // namespace

TEST_CASE("an action's link holds the state after the action, and following it changes nothing else") {
  const auto& offer = test::builtin_offer("leicestershire");
  core::flow::Session session(offer, test::kToday);
  session.set_locale("pl");
  session.handle({Event::Kind::kStart, "", {}});
  session.handle({Event::Kind::kAnswer, "who", "parent"});
  session.handle({Event::Kind::kAnswer, "lives_in_area", "yes"});
  REQUIRE(session.current_question() == "date_of_birth");

  core::view::Action back{core::view::ActionEvent::kBack, "Back", "", false};
  const SessionState after_back = read(render::html::state_href(session, back));
  CHECK(after_back.stage == Stage::kQuestion);
  CHECK(after_back.question == "lives_in_area");
  CHECK(after_back.answers == session.answers());
  CHECK(after_back.locale == "pl");
  CHECK(session.current_question() == "date_of_birth");  // the session itself has not moved

  core::view::Action restart{core::view::ActionEvent::kRestart, "Start again", "", false};
  const SessionState after_restart = read(render::html::state_href(session, restart));
  CHECK(after_restart.stage == Stage::kStart);
  CHECK(after_restart.answers.empty());
  CHECK(after_restart.locale == "pl");  // starting again keeps the family's language
}

TEST_CASE("the language and easy read links keep the family's place and answers") {
  const auto& offer = test::builtin_offer("leicestershire");
  core::flow::Session session(offer, test::kToday);
  session.set_locale("en-GB");
  test::send_mo(session);
  REQUIRE(session.stage() == Stage::kResult);

  SessionState urdu = read(render::html::locale_href(session, "ur"));
  CHECK(urdu.locale == "ur");
  urdu.locale = "en-GB";
  CHECK(urdu == session.state());

  SessionState easy = read(render::html::easy_read_href(session, true));
  CHECK(easy.easy_read);
  easy.easy_read = false;
  CHECK(easy == session.state());
  CHECK_FALSE(read(render::html::easy_read_href(session, false)).easy_read);
}
