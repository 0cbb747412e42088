#include "render/imgui/text_painter.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace signpost::render::imgui {

TextPainter::~TextPainter() {
  if (texture_ != nullptr) textures_.destroy(texture_);
}

text::TextLayout TextPainter::lay_out(std::string_view utf8, const TextSpec& spec) {
  text::TextStyle style;
  style.size_px = spec.size_px;
  style.bold = spec.bold;
  style.lang = spec.lang;
  return engine_.lay_out(utf8, style, spec.max_width, spec.rtl);
}

void TextPainter::draw(ImDrawList* list, const text::TextLayout& layout, float size_px, ImVec2 at, ImU32 colour) {
  const std::uint32_t generation = atlas_.generation();
  // A texture made again by upload() (the atlas grew) comes with a new
  // generation, so a frame drawn with the old one is drawn again.
  if (texture_ == nullptr) make_texture();
  const ImTextureID id = texture_;
  // Lines outside the list's clip rectangle (scrolled off, or below the
  // screen) are not sent to the renderer at all.
  const ImVec2 clip_min = list->GetClipRectMin(), clip_max = list->GetClipRectMax();
  for (const auto& g : layout.glyphs) {
    const float line_y = at.y + g.y;
    if (line_y + size_px * 2 < clip_min.y || line_y - size_px * 2 > clip_max.y) continue;
    auto placed = atlas_.get(engine_, g.face, g.glyph, size_px);
    if (placed.width == 0 || placed.height == 0) continue;
    // Whole pixels, as FreeType rasterised them: no blur from a half-pixel shift.
    const float x = std::round(at.x + g.x) + placed.left, y = std::round(at.y + g.y) - placed.top;
    list->AddImage(id, ImVec2(x, y), ImVec2(x + placed.width, y + placed.height), ImVec2(placed.u0, placed.v0),
                   ImVec2(placed.u1, placed.v1), colour);
  }
  if (atlas_.generation() != generation) restarted_ = true;
}

void TextPainter::make_texture() {
  if (texture_ != nullptr) textures_.destroy(texture_);
  texture_ = textures_.create(atlas_.width(), atlas_.height());
  texture_w_ = atlas_.width();
  texture_h_ = atlas_.height();
  send_rows(0, atlas_.height());
  atlas_.clear_dirty();
}

// The atlas keeps coverage alone; the texture wants white with that alpha
// (white everywhere, so filtering at a glyph's edge never darkens it). Sent a
// band of rows at a time, so the RGBA copy stays small.
void TextPainter::send_rows(int top, int bottom) {
  if (texture_ == nullptr) return;
  constexpr int kBand = 64;
  const std::size_t width = static_cast<std::size_t>(atlas_.width());
  for (int band = top; band < bottom; band += kBand) {
    const int rows = std::min(kBand, bottom - band);
    rgba_.assign(width * rows * 4, 255);
    const std::uint8_t* coverage = atlas_.coverage() + static_cast<std::size_t>(band) * width;
    for (std::size_t i = 0; i < width * rows; ++i) rgba_[i * 4 + 3] = coverage[i];
    textures_.update(texture_, band, rows, rgba_.data());
  }
}

bool TextPainter::upload() {
  if (texture_ == nullptr || atlas_.width() != texture_w_ || atlas_.height() != texture_h_) {
    make_texture();
  } else if (atlas_.dirty()) {
    send_rows(atlas_.dirty_top(), atlas_.dirty_bottom());
  }
  atlas_.clear_dirty();
  const bool again = restarted_;
  restarted_ = false;
  return again;
}

}  // namespace signpost::render::imgui
