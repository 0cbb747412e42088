// HTML renderer: turns a Screen into semantic, accessible HTML following the
// GOV.UK Design System's patterns (one question per page with the question as
// the legend's h1, error summary, inline errors with a hidden "Error:", summary
// list, back link) under the council's own brand. Every string from the Screen
// is escaped. It decides nothing and picks no words: both come from the core.
// Depends on the Screen (core/view) and the standard library only.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/view/screen.h"

namespace signpost::render::html {

// Where links lead; on the web, "#" and the session's state after the action,
// or in the other language.
struct Links {
  std::function<std::string(const core::view::Action& action)> action;
  std::function<std::string(const std::string& locale)> locale;
  std::function<std::string(bool on)> easy_read;
  std::string pictures = "pictures/";  // where easy read pictures are served from
  // Where the offer's Short Breaks Services Statement is ("statement/": its
  // pages are <locale>/ and <locale>/easy-read/ under it); the start page
  // links to it. Empty: no link (the kiosk).
  std::string statement{};
  // The result asks whether to send the council anonymous counts (the council's
  // embed config names where they go); the page sends nothing without a yes.
  bool counts = false;
};

// Escapes & < > " ' for text and attribute values.
std::string escape(std::string_view text);

// The contents of <main>: the Screen's elements as HTML.
std::string render(const core::view::Screen& screen, const Links& links);

}  // namespace signpost::render::html
