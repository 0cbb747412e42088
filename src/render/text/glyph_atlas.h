// GlyphAtlas: glyph coverage bitmaps packed in shelves in one CPU-side
// texture of one byte a texel (coverage: a renderer draws it as white with that
// alpha), with texture coordinates per (face, glyph, size), for a renderer to
// upload and draw textured quads from. It starts at 1024x1024, doubles its
// height when full up to a limit, then starts over.
// Depends on the TextEngine interface only: no OpenGL, no ImGui.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "render/text/text_engine.h"

namespace signpost::render::text {

// Where a glyph's bitmap is in the atlas (texture coordinates, 0..1, v down)
// and how it sits from the pen origin (as in GlyphImage). A blank glyph (a
// space) has width or height 0 and nothing to draw.
struct AtlasGlyph {
  float u0 = 0, v0 = 0, u1 = 0, v1 = 0;
  int width = 0, height = 0;
  int left = 0, top = 0;
};

class GlyphAtlas {
 public:
  explicit GlyphAtlas(int width = 1024, int height = 1024, int max_height = 2048);

  // The glyph's place, packing it (rasterised by `engine`) on first use.
  AtlasGlyph get(TextEngine& engine, int face, std::uint32_t glyph, float size_px);
  // The same for a caller with its own bitmap; `image` is copied.
  AtlasGlyph add(int face, std::uint32_t glyph, float size_px, const GlyphImage& image);
  bool contains(int face, std::uint32_t glyph, float size_px) const;

  // Coverage, row by row, width() * height() bytes.
  const std::uint8_t* coverage() const { return coverage_.data(); }
  int width() const { return width_; }
  int height() const { return height_; }

  // Pixels changed since clear_dirty(): upload them. Rows outside
  // [dirty_top(), dirty_bottom()) are unchanged (unless the size changed).
  bool dirty() const { return dirty_top_ < dirty_bottom_; }
  int dirty_top() const { return dirty_top_; }
  int dirty_bottom() const { return dirty_bottom_; }
  void clear_dirty() { dirty_top_ = height_, dirty_bottom_ = 0; }

  // Changes whenever coordinates handed out before are void (the atlas grew,
  // so v changed, or started over): a renderer that sees it change mid-frame
  // asks again for the glyphs it has already placed.
  std::uint32_t generation() const { return generation_; }
  // A texel that is always opaque white, for drawing solid shapes with the
  // same texture.
  float white_u() const { return 1.5f / static_cast<float>(width_); }
  float white_v() const { return 1.5f / static_cast<float>(height_); }

  // Empties the atlas, keeping its size.
  void reset();

 private:
  struct Slot {
    int x = 0, y = 0, width = 0, height = 0, left = 0, top = 0;
  };
  struct Shelf {
    int y = 0, height = 0, x = 0;
  };
  static std::uint64_t key(int face, std::uint32_t glyph, float size_px);
  AtlasGlyph coordinates(const Slot& slot) const;
  bool place(int width, int height, int* x, int* y);
  bool grow();
  void mark_dirty(int top, int bottom);

  int width_, height_, max_height_;
  std::vector<std::uint8_t> coverage_;
  std::vector<Shelf> shelves_;
  std::unordered_map<std::uint64_t, Slot> slots_;
  int dirty_top_ = 0, dirty_bottom_ = 0;
  std::uint32_t generation_ = 0;
};

}  // namespace signpost::render::text
