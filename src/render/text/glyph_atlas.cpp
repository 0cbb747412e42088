// Shelf-packing glyph coverage into a one-byte-a-texel atlas. Depends on the
// TextEngine interface only: no OpenGL, no ImGui.
#include "render/text/glyph_atlas.h"

#include <algorithm>

namespace signpost::render::text {
namespace {

// Empty texels between glyphs, so that linear filtering at a glyph's edge
// never picks up its neighbour.
constexpr int kPadding = 1;
// The opaque white block at the top-left corner (white_u / white_v).
constexpr int kWhiteBlock = 3;

}  // namespace

GlyphAtlas::GlyphAtlas(int width, int height, int max_height)
    : width_(std::max(width, 16)), height_(std::max(height, 16)), max_height_(std::max(max_height, height_)) {
  reset();
}

void GlyphAtlas::reset() {
  coverage_.assign(static_cast<std::size_t>(width_) * height_, 0);
  for (int y = 0; y < kWhiteBlock; ++y) {
    for (int x = 0; x < kWhiteBlock; ++x) coverage_[static_cast<std::size_t>(y) * width_ + x] = 255;
  }
  shelves_.assign(1, Shelf{0, kWhiteBlock + kPadding, kWhiteBlock + kPadding});
  slots_.clear();
  ++generation_;
  mark_dirty(0, height_);
}

std::uint64_t GlyphAtlas::key(int face, std::uint32_t glyph, float size_px) {
  const auto size = static_cast<std::uint64_t>(std::clamp(size_px, 0.0f, 4096.0f) * 64.0f + 0.5f);
  return (static_cast<std::uint64_t>(face & 0xff) << 56) | ((size & 0xffffff) << 32) | glyph;
}

bool GlyphAtlas::contains(int face, std::uint32_t glyph, float size_px) const {
  return slots_.count(key(face, glyph, size_px)) != 0;
}

AtlasGlyph GlyphAtlas::coordinates(const Slot& slot) const {
  const float w = static_cast<float>(width_), h = static_cast<float>(height_);
  return {slot.x / w, slot.y / h, (slot.x + slot.width) / w, (slot.y + slot.height) / h,
          slot.width, slot.height, slot.left, slot.top};
}

AtlasGlyph GlyphAtlas::get(TextEngine& engine, int face, std::uint32_t glyph, float size_px) {
  const auto found = slots_.find(key(face, glyph, size_px));
  if (found != slots_.end()) return coordinates(found->second);
  return add(face, glyph, size_px, engine.glyph_image(face, glyph, size_px));
}

AtlasGlyph GlyphAtlas::add(int face, std::uint32_t glyph, float size_px, const GlyphImage& image) {
  const std::uint64_t k = key(face, glyph, size_px);
  Slot slot{0, 0, image.width, image.height, image.left, image.top};
  const bool blank = image.width <= 0 || image.height <= 0 || !image.alpha;
  if (blank) {
    slot.width = slot.height = 0;
  } else if (!place(image.width, image.height, &slot.x, &slot.y)) {
    return {0, 0, 0, 0, 0, 0, image.left, image.top};  // larger than the whole atlas: not drawn
  }
  for (int row = 0; row < slot.height; ++row) {
    std::copy_n(image.alpha + static_cast<std::size_t>(row) * image.width, slot.width,
                &coverage_[static_cast<std::size_t>(slot.y + row) * width_ + slot.x]);
  }
  if (!blank) mark_dirty(slot.y, slot.y + slot.height);
  slots_[k] = slot;
  return coordinates(slot);
}

// First shelf the glyph fits without wasting much height; else a new shelf
// below; else grow, or start over.
bool GlyphAtlas::place(int width, int height, int* x, int* y) {
  const int w = width + kPadding, h = height + kPadding;
  if (w > width_ || h + kWhiteBlock + kPadding > max_height_) return false;
  for (Shelf& shelf : shelves_) {
    if (h <= shelf.height && h * 4 >= shelf.height * 3 - 8 && shelf.x + w <= width_) {
      *x = shelf.x, *y = shelf.y;
      shelf.x += w;
      return true;
    }
  }
  const int next = shelves_.back().y + shelves_.back().height;
  while (next + h > height_) {
    if (!grow()) {
      // Everything packed so far is void (generation() tells the renderer).
      // The atlas is now at its largest, where the check above says it fits.
      reset();
      return place(width, height, x, y);
    }
  }
  shelves_.push_back({next, h, w});
  *x = 0, *y = next;
  return true;
}

bool GlyphAtlas::grow() {
  if (height_ >= max_height_) return false;
  height_ = std::min(height_ * 2, max_height_);
  // Rows are appended below, so texels keep their place; v coordinates change.
  coverage_.resize(static_cast<std::size_t>(width_) * height_, 0);
  ++generation_;
  mark_dirty(0, height_);
  return true;
}

void GlyphAtlas::mark_dirty(int top, int bottom) {
  dirty_top_ = std::min(dirty_top_, top);
  dirty_bottom_ = std::max(dirty_bottom_, bottom);
}

}  // namespace signpost::render::text
