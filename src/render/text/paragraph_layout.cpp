// One paragraph into shaped lines: bidi, itemizing, measuring, breaking, and
// visual order per line. Depends on ICU, HarfBuzz and the text parts only.
#include "render/text/paragraph_layout.h"

#include <algorithm>
#include <utility>

namespace signpost::render::text {

ParagraphLayout::ParagraphLayout(FontSet& fonts)
    : fonts_(fonts), paragraph_(ubidi_open()), line_(ubidi_open()) {}

ParagraphLayout::~ParagraphLayout() {
  ubidi_close(line_);
  ubidi_close(paragraph_);
}

void ParagraphLayout::lay_out(std::u16string_view text, const TextStyle& style, float max_width, bool rtl,
                              std::vector<ShapedLine>* out) {
  UErrorCode status = U_ZERO_ERROR;
  // The base direction is the screen's, never guessed from the text: an Urdu
  // screen's line that opens with "JavaScript" still reads right to left.
  ubidi_setPara(paragraph_, text.data(), static_cast<int32_t>(text.size()), rtl ? UBIDI_RTL : UBIDI_LTR, nullptr,
                &status);
  if (U_FAILURE(status)) {
    out->push_back({{}, 0, fonts_.metrics(fonts_.face_for_language(style.bold, style.lang), style.size_px)});
    return;
  }
  const auto runs = itemize(text, paragraph_, fonts_, style.bold, style.lang);
  std::vector<float> advance;
  measured_.clear();
  if (max_width > 0) advance = measure(text, runs, style);
  for (const TextRange& range : breaker_.break_lines(text, advance, max_width, style.lang)) {
    out->push_back(shape_line(text, runs, range, style));
  }
}

// What each code unit adds to a line's width, from shaping whole runs: a
// cluster's advance counts at its first code unit.
std::vector<float> ParagraphLayout::measure(std::u16string_view text, const std::vector<TextRun>& runs,
                                            const TextStyle& style) {
  std::vector<float> advance(text.size(), 0.0f);
  const hb_language_t language = hb_language_for(style.lang);
  measured_.resize(runs.size());
  for (std::size_t i = 0; i < runs.size(); ++i) {
    const TextRun& run = runs[i];
    shaper_.shape(fonts_.hb_font(run.face, style.size_px), text, run.start, run.end, run.level & 1, run.script,
                  language, &measured_[i]);
    for (const ShapedGlyph& glyph : measured_[i]) advance[glyph.cluster] += glyph.x_advance / 64.0f;
  }
  return advance;
}

ShapedLine ParagraphLayout::shape_line(std::u16string_view text, const std::vector<TextRun>& runs, TextRange range,
                                       const TextStyle& style) {
  ShapedLine line;
  UErrorCode status = U_ZERO_ERROR;
  if (range.end > range.start) ubidi_setLine(paragraph_, range.start, range.end, line_, &status);
  const int visual_runs = range.end > range.start && U_SUCCESS(status) ? ubidi_countRuns(line_, &status) : 0;
  std::int32_t pen = 0;  // 26.6, summed as HarfBuzz's integers, so long lines do not drift
  for (int v = 0; v < visual_runs && U_SUCCESS(status); ++v) {
    int32_t start = 0, length = 0;
    const UBiDiDirection direction = ubidi_getVisualRun(line_, v, &start, &length);
    start += range.start;
    // The itemized runs inside this visual run, cut to it; right to left,
    // the later ones in logical order come first on screen.
    std::vector<std::pair<TextRun, const std::vector<ShapedGlyph>*>> pieces;
    for (std::size_t i = 0; i < runs.size(); ++i) {
      const TextRun& run = runs[i];
      const int a = std::max(run.start, start), b = std::min(run.end, start + length);
      const bool whole = a == run.start && b == run.end && i < measured_.size();
      if (a < b) pieces.push_back({{a, b, run.level, run.script, run.face}, whole ? &measured_[i] : nullptr});
    }
    if (direction == UBIDI_RTL) std::reverse(pieces.begin(), pieces.end());
    for (const auto& [piece, measured] : pieces) place_run(text, piece, measured, style, &pen, &line);
  }
  line.width = pen / 64.0f;
  if (line.glyphs.empty()) line.extents = fonts_.metrics(fonts_.face_for_language(style.bold, style.lang), style.size_px);
  return line;
}

void ParagraphLayout::place_run(std::u16string_view text, const TextRun& piece, const std::vector<ShapedGlyph>* measured,
                                const TextStyle& style, std::int32_t* pen, ShapedLine* line) {
  if (!measured) {
    shaper_.shape(fonts_.hb_font(piece.face, style.size_px), text, piece.start, piece.end, piece.level & 1,
                  piece.script, hb_language_for(style.lang), &shaped_);
    measured = &shaped_;
  }
  const FaceMetrics metrics = fonts_.metrics(piece.face, style.size_px);
  line->extents.ascent = std::max(line->extents.ascent, metrics.ascent);
  line->extents.descent = std::max(line->extents.descent, metrics.descent);
  for (const ShapedGlyph& glyph : *measured) {
    PlacedGlyph placed;
    placed.face = piece.face;
    placed.glyph = glyph.glyph;
    placed.x = static_cast<float>(*pen + glyph.x_offset) / 64.0f;
    placed.y = static_cast<float>(-glyph.y_offset) / 64.0f;
    placed.cluster = glyph.cluster;
    line->glyphs.push_back(placed);
    *pen += glyph.x_advance;
  }
}

}  // namespace signpost::render::text
