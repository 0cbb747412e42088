#include "core/text/echo.h"

#include <cstdio>

#include "core/text/utf8.h"

namespace signpost::core::text {
namespace {

// Characters that move or hide text when printed: C0 and C1 controls, DEL,
// and the bidi marks, embeddings, overrides and isolates.
bool unsafe(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

void append_escaped(std::string& out, std::string_view input, std::size_t at, const Char& c) {
  char buf[12];
  if (!c.valid) {
    std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned>(static_cast<unsigned char>(input[at])));
  } else if (c.code == '\n') {
    out += "\\n";
    return;
  } else if (c.code == '\t') {
    out += "\\t";
    return;
  } else if (c.code == '\r') {
    out += "\\r";
    return;
  } else if (unsafe(c.code)) {
    std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(c.code));
  } else {
    out.append(input.substr(at, c.length));
    return;
  }
  out += buf;
}

}  // namespace

std::string echo(std::string_view input, std::size_t most) {
  std::string out;
  std::size_t count = 0, at = 0;
  for (; at < input.size() && count < most; ++count) {
    Char c = next_char(input, at);
    append_escaped(out, input, at, c);
    at += c.length;
  }
  if (at < input.size()) out += "\xE2\x80\xA6";  // …
  return out;
}

std::string quoted(std::string_view input, std::size_t most) { return "\"" + echo(input, most) + "\""; }

std::string escape_controls(std::string_view text) {
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    Char c = next_char(text, at);
    append_escaped(out, text, at, c);
    at += c.length;
  }
  return out;
}

}  // namespace signpost::core::text
