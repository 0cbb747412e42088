// Shaper: one HarfBuzz call per run: direction, script and language set, the
// rest of the paragraph passed as context so Arabic joins across run edges.
// Depends on HarfBuzz and ICU's script codes; nothing about lines or drawing.
#pragma once

#include <hb.h>
#include <unicode/uscript.h>

#include <cstdint>
#include <string_view>
#include <vector>

namespace signpost::render::text {

// One shaped glyph; offsets and advance in 26.6 pixels, y up (HarfBuzz's way).
struct ShapedGlyph {
  std::uint32_t glyph = 0;
  std::uint32_t cluster = 0;  // UTF-16 index in the paragraph
  std::int32_t x_advance = 0, x_offset = 0, y_offset = 0;
};

class Shaper {
 public:
  Shaper();
  ~Shaper();
  Shaper(const Shaper&) = delete;
  Shaper& operator=(const Shaper&) = delete;

  // Shapes paragraph[start, end). Glyphs come out in visual order (left to
  // right), as HarfBuzz leaves a right-to-left buffer.
  void shape(hb_font_t* font, std::u16string_view paragraph, int start, int end, bool rtl, UScriptCode script,
             hb_language_t language, std::vector<ShapedGlyph>* out);

 private:
  hb_buffer_t* buffer_;
};

// HarfBuzz's language for a BCP 47 tag; HB_LANGUAGE_INVALID (the font's
// default language system) for an empty one, never the process locale's.
hb_language_t hb_language_for(std::string_view bcp47);

}  // namespace signpost::render::text
