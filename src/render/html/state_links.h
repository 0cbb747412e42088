// State links: where each action of a Screen leads, as a URL fragment holding
// the session's state after the action (SessionState::to_fragment). Links are
// real links (open in a new tab, copy, back and forward all work) and the
// answers they carry stay in the fragment, which browsers never send.
#pragma once

#include <string>
#include <string_view>

#include "core/flow/session.h"
#include "core/view/screen.h"
#include "render/html/html_renderer.h"

namespace signpost::render::html {

// "#" + the percent-encoded state after `action`, from a copy of the session.
std::string state_href(const core::flow::Session& session, const core::view::Action& action);

// "#" + the percent-encoded state of the session, shown in another language.
std::string locale_href(const core::flow::Session& session, const std::string& locale);

// "#" + the percent-encoded state of the session with easy read turned on or off.
std::string easy_read_href(const core::flow::Session& session, bool on);

// The three above for render(): every link of a page drawn from `session`,
// which must outlive the Links.
Links links_for(const core::flow::Session& session);

}  // namespace signpost::render::html
