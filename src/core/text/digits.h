// Numbers written digit by digit, without printf: zero-padded decimals
// ("2026-03-07") and fixed-width hexadecimal ("\u00e9", "\xC3").
#pragma once

#include <string>

namespace signpost::core::text {

// `value` in decimal, padded with zeros to at least `width` digits (a minus sign first).
inline void append_padded(std::string& out, long long value, int width) {
  if (value < 0) out += '-';
  unsigned long long magnitude = value < 0 ? 0ULL - static_cast<unsigned long long>(value) : static_cast<unsigned long long>(value);
  char digits[24];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  for (int i = n; i < width; ++i) out += '0';
  while (n > 0) out += digits[--n];
}

// The low `width` hexadecimal digits of `value`, in upper or lower case.
inline void append_hex(std::string& out, unsigned long value, int width, bool upper) {
  const char* hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) out += hex[(value >> shift) & 0xF];
}

}  // namespace signpost::core::text
