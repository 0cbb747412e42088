#include "render/html/state_links.h"

namespace signpost::render::html {

std::string state_href(const core::flow::Session& session, const core::view::Action& action) {
  core::flow::Session next = session;
  next.handle(core::flow::event_of(action));
  return next.state().to_fragment();
}

std::string locale_href(const core::flow::Session& session, const std::string& locale) {
  auto state = session.state();
  state.locale = locale;
  return state.to_fragment();
}

std::string easy_read_href(const core::flow::Session& session, bool on) {
  auto state = session.state();
  state.easy_read = on;
  return state.to_fragment();
}

Links links_for(const core::flow::Session& session) {
  return {.action = [&session](const core::view::Action& action) { return state_href(session, action); },
          .locale = [&session](const std::string& locale) { return locale_href(session, locale); },
          .easy_read = [&session](bool on) { return easy_read_href(session, on); }};
}

}  // namespace signpost::render::html
