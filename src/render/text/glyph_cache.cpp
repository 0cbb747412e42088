// Rasterising glyphs by id with FreeType, cached. Depends on FreeType only.
#include "render/text/glyph_cache.h"

#include <cstring>

#include "render/text/font_set.h"

namespace signpost::render::text {
namespace {

// Beyond this many bitmaps (a few MB at kiosk sizes) the cache starts over;
// a renderer copies what it draws into its atlas anyway.
constexpr std::size_t kMaxGlyphs = 8192;

}  // namespace

GlyphCache::Entry GlyphCache::render(FT_Face ft, std::uint32_t glyph, int size_26_6) {
  Entry entry;
  // The size (and transform) are set on every miss: other users of the
  // FT_Face (cairo, for the PDF printout) may have set their own since.
  if (FT_Set_Char_Size(ft, 0, size_26_6, 72, 72) != 0) return entry;
  FT_Set_Transform(ft, nullptr, nullptr);  // cairo may leave its own there
  // Unhinted, like hb-view (cairo with hint style none) and like HarfBuzz's
  // unhinted advances, so glyphs sit where the shaper put them.
  if (FT_Load_Glyph(ft, glyph, FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) != 0) return entry;
  if (FT_Render_Glyph(ft->glyph, FT_RENDER_MODE_NORMAL) != 0) return entry;
  const FT_Bitmap& bitmap = ft->glyph->bitmap;
  if (bitmap.pixel_mode != FT_PIXEL_MODE_GRAY) return entry;
  entry.width = static_cast<int>(bitmap.width);
  entry.height = static_cast<int>(bitmap.rows);
  entry.left = ft->glyph->bitmap_left;
  entry.top = ft->glyph->bitmap_top;
  entry.alpha.resize(static_cast<std::size_t>(entry.width) * entry.height);
  for (int row = 0; row < entry.height; ++row) {
    // Rows may be padded, or stored bottom-up (negative pitch): copy row by row.
    const std::ptrdiff_t stride = bitmap.pitch < 0 ? -bitmap.pitch : bitmap.pitch;
    const int stored_row = bitmap.pitch < 0 ? entry.height - 1 - row : row;
    const unsigned char* src = bitmap.buffer + stored_row * stride;
    std::memcpy(entry.alpha.data() + static_cast<std::size_t>(row) * entry.width, src, entry.width);
  }
  return entry;
}

GlyphImage GlyphCache::get(FT_Face ft, int face, std::uint32_t glyph, float size_px) {
  const int size = to_26_6(size_px);
  const std::uint64_t key = (static_cast<std::uint64_t>(face & 0xff) << 56) |
                            (static_cast<std::uint64_t>(size & 0xffffff) << 32) | glyph;
  auto found = entries_.find(key);
  if (found == entries_.end()) {
    if (entries_.size() >= kMaxGlyphs) entries_.clear();
    found = entries_.emplace(key, render(ft, glyph, size)).first;
  }
  const Entry& entry = found->second;
  return {entry.width, entry.height, entry.left, entry.top, entry.alpha.empty() ? nullptr : entry.alpha.data()};
}

}  // namespace signpost::render::text
