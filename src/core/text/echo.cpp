#include "core/text/echo.h"

#include "core/text/digits.h"
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
  if (!c.valid) {
    out += "\\x";
    append_hex(out, static_cast<unsigned char>(input[at]), 2, true);
  } else if (c.code == '\n') {
    out += "\\n";
  } else if (c.code == '\t') {
    out += "\\t";
  } else if (c.code == '\r') {
    out += "\\r";
  } else if (unsafe(c.code)) {
    out += "\\u";
    append_hex(out, c.code, 4, true);  // every unsafe character is below U+10000
  } else {
    out.append(input.substr(at, c.length));
  }
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
