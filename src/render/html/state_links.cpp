#include "render/html/state_links.h"

#include "core/url/percent_encode.h"

namespace signpost::render::html {

std::string state_href(const core::flow::Session& session, const core::view::Element& action) {
  core::flow::Session next = session;
  next.handle(core::flow::event_of(action));
  return "#" + core::url::percent_encode(next.state().dump());
}

std::string locale_href(const core::flow::Session& session, const std::string& locale) {
  auto state = session.state();
  state["l"] = locale;
  return "#" + core::url::percent_encode(state.dump());
}

std::string easy_read_href(const core::flow::Session& session, bool on) {
  auto state = session.state();
  if (on) state["e"] = 1;
  else state.erase("e");
  return "#" + core::url::percent_encode(state.dump());
}

}  // namespace signpost::render::html
