// UTF-8 to UTF-16 with byte offsets, and hard line breaks. Depends on ICU's
// UTF macros only.
#include "render/text/utf16_text.h"

#include <unicode/utf16.h>
#include <unicode/utf8.h>

namespace signpost::render::text {

Utf16Text to_utf16(std::string_view utf8) {
  Utf16Text out;
  out.text.reserve(utf8.size());
  out.byte_offset.reserve(utf8.size() + 1);
  const auto* s = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const auto length = static_cast<std::int32_t>(utf8.size());
  std::int32_t i = 0;
  while (i < length) {
    const auto start = static_cast<std::uint32_t>(i);
    UChar32 c = 0;
    U8_NEXT_OR_FFFD(s, i, length, c);  // advances past a maximal ill-formed subpart
    if (U_IS_BMP(c)) {
      out.text.push_back(static_cast<char16_t>(c));
      out.byte_offset.push_back(start);
    } else {
      out.text.push_back(static_cast<char16_t>(U16_LEAD(c)));
      out.text.push_back(static_cast<char16_t>(U16_TRAIL(c)));
      out.byte_offset.push_back(start);
      out.byte_offset.push_back(start);
    }
  }
  out.byte_offset.push_back(static_cast<std::uint32_t>(length));
  return out;
}

std::vector<TextRange> split_paragraphs(std::u16string_view text) {
  std::vector<TextRange> out;
  const int length = static_cast<int>(text.size());
  int start = 0;
  for (int i = 0; i < length; ++i) {
    const char16_t c = text[i];
    if (c != u'\n' && c != u'\r' && c != 0x85 && c != 0x2028 && c != 0x2029) continue;
    out.push_back({start, i});
    if (c == u'\r' && i + 1 < length && text[i + 1] == u'\n') ++i;  // CR LF is one break
    start = i + 1;
  }
  out.push_back({start, length});
  return out;
}

}  // namespace signpost::render::text
