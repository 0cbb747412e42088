#include "render/html/state_links.h"

namespace signpost::render::html {

std::string state_href(const core::flow::Session& session, const core::view::Element& action) {
  core::flow::Session next = session;
  next.handle(core::flow::event_of(action));
  return "#" + percent_encode(next.state().dump());
}

std::string locale_href(const core::flow::Session& session, const std::string& locale) {
  auto state = session.state();
  state["l"] = locale;
  return "#" + percent_encode(state.dump());
}

std::string easy_read_href(const core::flow::Session& session, bool on) {
  auto state = session.state();
  if (on) state["e"] = 1;
  else state.erase("e");
  return "#" + percent_encode(state.dump());
}

std::string percent_encode(std::string_view text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace signpost::render::html
