// Utf16Text: the input paragraph as ICU and HarfBuzz want it (UTF-16), with a
// way back to byte offsets in the caller's UTF-8, cut at hard line breaks.
// Depends on ICU's UTF macros only; nothing about fonts or layout.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace signpost::render::text {

struct Utf16Text {
  std::u16string text;
  // byte_offset[i]: where code unit i's character starts in the UTF-8 input;
  // one extra entry at the end holds the input's length.
  std::vector<std::uint32_t> byte_offset;
};

// Decodes UTF-8; each ill-formed sequence becomes one U+FFFD, as ICU's
// u_strFromUTF8WithSub does, so broken input shows rather than crashes.
Utf16Text to_utf16(std::string_view utf8);

// [start, end) of each paragraph: the text cut at LF, CR, CR LF, NEL, U+2028
// and U+2029 (the breaks themselves belong to no paragraph). Never empty.
struct TextRange {
  int start = 0, end = 0;
};
std::vector<TextRange> split_paragraphs(std::u16string_view text);

}  // namespace signpost::render::text
