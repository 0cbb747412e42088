// UTF-8 text cut and checked by whole characters: a prefix never ends inside
// a character, and the next character is read with its length. Depends on the
// standard library only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace signpost::core::text {

// At most `most` bytes of `text`, cut where a character starts, never inside one.
std::string utf8_prefix(std::string_view text, std::size_t most);

// The character that starts at `at`: its code point and its length in bytes.
// An ill-formed sequence reads as one byte with `valid` false.
struct Char {
  char32_t code = 0;
  std::size_t length = 1;
  bool valid = false;
};
Char next_char(std::string_view text, std::size_t at);

bool is_valid_utf8(std::string_view text);

// Appends a code point (below U+110000, not a surrogate) as UTF-8.
void append_utf8(std::string& out, char32_t code);

}  // namespace signpost::core::text
