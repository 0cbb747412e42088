// ParagraphLayout: one paragraph (no hard breaks inside) into shaped lines.
// Bidi over the whole paragraph, runs itemized once, measured by shaping, cut
// into lines, and each line's runs put in visual order (ubidi_setLine,
// ubidi_getVisualRun) and shaped. Depends on ICU, HarfBuzz and the text parts;
// placing lines in a layout (heights, alignment) is the engine's business.
#pragma once

#include <unicode/ubidi.h>

#include <string_view>
#include <vector>

#include "render/text/font_set.h"
#include "render/text/itemize.h"
#include "render/text/line_break.h"
#include "render/text/shape.h"
#include "render/text/text_engine.h"

namespace signpost::render::text {

// A line before it is placed: x from the line's start, y from its baseline
// (down), cluster = UTF-16 index in the paragraph.
struct ShapedLine {
  std::vector<PlacedGlyph> glyphs;
  float width = 0;
  FaceMetrics extents;  // the tallest of the faces on the line
};

class ParagraphLayout {
 public:
  explicit ParagraphLayout(FontSet& fonts);
  ~ParagraphLayout();
  ParagraphLayout(const ParagraphLayout&) = delete;
  ParagraphLayout& operator=(const ParagraphLayout&) = delete;

  // Appends the paragraph's lines (at least one) to `out`.
  void lay_out(std::u16string_view text, const TextStyle& style, float max_width, bool rtl, std::vector<ShapedLine>* out);

 private:
  std::vector<float> measure(std::u16string_view text, const std::vector<TextRun>& runs, const TextStyle& style);
  ShapedLine shape_line(std::u16string_view text, const std::vector<TextRun>& runs, TextRange range,
                        const TextStyle& style);
  void place_run(std::u16string_view text, const TextRun& piece, const std::vector<ShapedGlyph>* measured,
                 const TextStyle& style, std::int32_t* pen, ShapedLine* line);

  FontSet& fonts_;
  Shaper shaper_;
  LineBreaker breaker_;
  UBiDi* paragraph_;
  UBiDi* line_;
  std::vector<ShapedGlyph> shaped_;  // reused between runs
  // Each run as measure() shaped it: a line that holds a whole run (a label
  // on one line, most often) takes these glyphs rather than shaping again.
  std::vector<std::vector<ShapedGlyph>> measured_;
};

}  // namespace signpost::render::text
