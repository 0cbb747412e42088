// The text engine's glue: fonts, paragraph layout, the layout and glyph
// caches, and placing lines in a layout (line height, baselines, right
// alignment). Depends on the text parts only; no renderer.
#include "render/text/text_engine.h"

#include <algorithm>

#include "render/text/font_set.h"
#include "render/text/glyph_cache.h"
#include "render/text/layout_cache.h"
#include "render/text/paragraph_layout.h"
#include "render/text/utf16_text.h"

namespace signpost::render::text {
namespace {

// Line spacing over the tallest face's ascent + descent: room for the marks
// above and below Bengali, Gurmukhi and Nastaliq without touching the next line.
constexpr float kLineSpacing = 1.25f;

class Engine final : public TextEngine {
 public:
  explicit Engine(std::unique_ptr<FontSet> fonts) : fonts_(std::move(fonts)), paragraphs_(*fonts_) {}

  const TextLayout& lay_out(std::string_view utf8, const TextStyle& style, float max_width, bool rtl) override {
    std::string key = LayoutCache::key(utf8, style, max_width, rtl);
    if (const TextLayout* cached = layouts_.find(key)) return *cached;
    return layouts_.insert(std::move(key), build(utf8, style, max_width, rtl));
  }

  GlyphImage glyph_image(int face, std::uint32_t glyph, float size_px) override {
    if (face < 0 || face >= fonts_->count() || !(size_px > 0)) return {};
    return glyphs_.get(fonts_->ft_face(face), face, glyph, size_px);
  }

  const std::string& face_file(int face) const override { return fonts_->file(std::clamp(face, 0, fonts_->count() - 1)); }
  void* ft_face(int face) override { return fonts_->ft_face(std::clamp(face, 0, fonts_->count() - 1)); }
  int face_count() const override { return fonts_->count(); }

 private:
  TextLayout build(std::string_view utf8, const TextStyle& style, float max_width, bool rtl);

  std::unique_ptr<FontSet> fonts_;
  ParagraphLayout paragraphs_;
  GlyphCache glyphs_;
  LayoutCache layouts_;
};

TextLayout Engine::build(std::string_view utf8, const TextStyle& requested, float max_width, bool rtl) {
  TextStyle style = requested;
  if (!(style.size_px > 0)) style.size_px = 1;  // also catches NaN
  const Utf16Text input = to_utf16(utf8);
  std::vector<ShapedLine> lines;
  std::vector<int> line_offsets;  // where each line's paragraph starts in input.text
  for (const TextRange& paragraph : split_paragraphs(input.text)) {
    const std::u16string_view text = std::u16string_view(input.text).substr(paragraph.start, paragraph.end - paragraph.start);
    paragraphs_.lay_out(text, style, max_width, rtl, &lines);
    line_offsets.resize(lines.size(), paragraph.start);
  }

  // One line height for the whole layout, from the tallest face on any line,
  // so that lines keep an even rhythm when one of them holds Nastaliq.
  FaceMetrics tallest;
  for (const ShapedLine& line : lines) {
    tallest.ascent = std::max(tallest.ascent, line.extents.ascent);
    tallest.descent = std::max(tallest.descent, line.extents.descent);
  }
  TextLayout layout;
  layout.line_height = (tallest.ascent + tallest.descent) * kLineSpacing;
  const float half_leading = (layout.line_height - tallest.ascent - tallest.descent) / 2;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    LineBox box;
    box.width = lines[i].width;
    box.left = rtl && max_width > 0 ? max_width - box.width : 0;
    box.baseline = static_cast<float>(i) * layout.line_height + half_leading + tallest.ascent;
    box.first_glyph = static_cast<int>(layout.glyphs.size());
    box.glyph_count = static_cast<int>(lines[i].glyphs.size());
    for (PlacedGlyph glyph : lines[i].glyphs) {
      glyph.x += box.left;
      glyph.y += box.baseline;
      glyph.cluster = input.byte_offset[line_offsets[i] + glyph.cluster];
      layout.glyphs.push_back(glyph);
    }
    layout.width = std::max(layout.width, box.width);
    layout.line_boxes.push_back(box);
  }
  layout.lines = static_cast<int>(layout.line_boxes.size());
  layout.height = static_cast<float>(layout.lines) * layout.line_height;
  return layout;
}

}  // namespace

std::unique_ptr<TextEngine> TextEngine::create(std::string* error, const std::string& font_dir) {
  auto fonts = FontSet::open(font_dir, error);
  if (!fonts) return nullptr;
  return std::make_unique<Engine>(std::move(fonts));
}

}  // namespace signpost::render::text
