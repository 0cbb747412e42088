// TextEngine: lays text out the way a reader of its script expects, for a
// renderer that cannot (Dear ImGui neither shapes nor reorders text). ICU
// splits a paragraph into bidi runs and line-break opportunities, HarfBuzz
// shapes each run with the Debian Noto font for its script, and FreeType
// rasterises the glyphs by glyph id. The result is a list of placed glyphs that
// a renderer draws from a glyph atlas (ImGui) or a PDF surface (print).
// Natively only: ICU, HarfBuzz, FreeType. No OpenGL, no ImGui.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace signpost::render::text {

struct TextStyle {
  float size_px = 40;  // the font's pixel size (em)
  bool bold = false;
  // The paragraph's language (BCP 47, e.g. "ur", "pa-IN"); empty: unknown.
  // Urdu picks the Nastaliq face for Arabic script, and HarfBuzz uses the
  // language's own forms (e.g. Urdu digits and Nastaliq ligatures).
  std::string lang;
};

// One glyph, placed: (x, y) is its pen origin on the baseline, in pixels from
// the layout's top-left corner. `face` indexes TextEngine::face_file().
// `cluster` is the byte offset, in the UTF-8 input, of the first character the
// glyph shows (for hit testing and caret placement).
struct PlacedGlyph {
  int face = 0;
  std::uint32_t glyph = 0;
  float x = 0, y = 0;
  std::uint32_t cluster = 0;
};

// One line of a layout. Its glyphs are glyphs[first_glyph .. first_glyph +
// glyph_count), in visual order (left to right on screen).
struct LineBox {
  float left = 0;      // x where the line's first glyph starts (> 0 when right-aligned)
  float width = 0;     // advance width, trailing spaces at a soft break left out
  float baseline = 0;  // y of the baseline
  int first_glyph = 0;
  int glyph_count = 0;
};

struct TextLayout {
  std::vector<PlacedGlyph> glyphs;  // line by line, each line left to right
  std::vector<LineBox> line_boxes;  // one per line
  float width = 0;   // of the widest line (an RTL paragraph with max_width > 0 still ends its lines at max_width)
  float height = 0;  // all lines, line_height apart
  float line_height = 0;
  int lines = 0;  // line_boxes.size(); an empty text is one empty line
};

// A glyph's coverage bitmap (8-bit alpha), and where it sits from the pen origin.
struct GlyphImage {
  int width = 0, height = 0;
  int left = 0, top = 0;  // bitmap's top-left = (x + left, y - top)
  // width * height, row by row; owned by the engine's glyph cache, which is
  // trimmed only inside glyph_image() when very full: copy it (the atlas does).
  const std::uint8_t* alpha = nullptr;
};

// Not thread-safe: the kiosk lays out and draws on one thread.
class TextEngine {
 public:
  // Opens the Noto fonts from Debian's fonts-noto-core (or a folder of the same
  // files); nullptr with `error` set when a font is missing.
  static std::unique_ptr<TextEngine> create(std::string* error, const std::string& font_dir = "/usr/share/fonts/truetype/noto");
  virtual ~TextEngine() = default;

  // Lays out one paragraph, breaking lines at max_width (<= 0: one line) and at
  // '\n'. rtl: the paragraph's base direction (the screen's), which also aligns
  // lines to the right of max_width. Invalid UTF-8 shows as U+FFFD. Layouts are
  // cached (least recently used go first); the reference is valid until enough
  // other paragraphs evict it, so copy what you keep across frames.
  virtual const TextLayout& lay_out(std::string_view utf8, const TextStyle& style, float max_width, bool rtl) = 0;

  // The rasterised glyph (cached): FreeType, unhinted, 8-bit gray, like hb-view.
  virtual GlyphImage glyph_image(int face, std::uint32_t glyph, float size_px) = 0;

  // The font file behind a face index (for PDF output), and its FT_Face (as
  // void*). The engine sets the FT_Face's size before each use, so a caller may
  // set its own.
  virtual const std::string& face_file(int face) const = 0;
  virtual void* ft_face(int face) = 0;
  virtual int face_count() const = 0;
};

}  // namespace signpost::render::text
