// GlyphCache: glyph coverage bitmaps by (face, glyph id, size), rasterised by
// FreeType unhinted in 8-bit gray, as hb-view's cairo draws them. Depends on
// FreeType only; knows nothing of text, layout or textures.
#pragma once

#include <ft2build.h>
#include FT_FREETYPE_H

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "render/text/text_engine.h"

namespace signpost::render::text {

class GlyphCache {
 public:
  // The bitmap of `glyph` in `ft` (face number `face`) at size_px; an empty
  // image (no pixels) for a blank glyph or one FreeType cannot load.
  GlyphImage get(FT_Face ft, int face, std::uint32_t glyph, float size_px);
  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    int width = 0, height = 0, left = 0, top = 0;
    std::vector<std::uint8_t> alpha;
  };
  static Entry render(FT_Face ft, std::uint32_t glyph, int size_26_6);

  // Key: face (8 bits), size in 26.6 (24 bits), glyph id (32 bits).
  std::unordered_map<std::uint64_t, Entry> entries_;
};

}  // namespace signpost::render::text
