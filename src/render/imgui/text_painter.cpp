#include "render/imgui/text_painter.h"

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
  for (const auto& g : layout.glyphs) {
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
  if (texture_ != nullptr) textures_.update(texture_, 0, atlas_.height(), atlas_.pixels());
  atlas_.clear_dirty();
}

bool TextPainter::upload() {
  if (texture_ == nullptr || atlas_.width() != texture_w_ || atlas_.height() != texture_h_) {
    make_texture();
  } else if (atlas_.dirty()) {
    const int top = atlas_.dirty_top();
    textures_.update(texture_, top, atlas_.dirty_bottom() - top,
                     atlas_.pixels() + static_cast<std::size_t>(top) * atlas_.width() * 4);
  }
  atlas_.clear_dirty();
  const bool again = restarted_;
  restarted_ = false;
  return again;
}

}  // namespace signpost::render::imgui
