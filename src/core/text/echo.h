// Input echoed in a message, made safe to print: at most 80 characters of it,
// then an ellipsis, with control characters, bidi controls and bytes that are
// not UTF-8 shown as escapes (\u202E, \n, \xC3), so that what a file or a feed
// holds can neither flood a terminal nor reorder its line. Every message that
// quotes content, a feed, answers or an argument goes through here.
// Depends on utf8.h only.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace signpost::core::text {

inline constexpr std::size_t kEchoMost = 80;  // characters

// The input, cut and escaped; no quotes around it.
std::string echo(std::string_view input, std::size_t most = kEchoMost);
// The same between double quotes: "abc", or "abc…" when cut.
std::string quoted(std::string_view input, std::size_t most = kEchoMost);
// Only the escaping, for a message already composed of echoed parts.
std::string escape_controls(std::string_view text);

}  // namespace signpost::core::text
