#include "render/imgui/text_painter.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>

#include <cmath>
#include <cstdint>

namespace signpost::render::imgui {

TextPainter::~TextPainter() {
  if (texture_ != 0) glDeleteTextures(1, &texture_);
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
  // The texture id is fixed for the painter's life; upload() fills it.
  if (texture_ == 0) glGenTextures(1, &texture_);
  const ImTextureID id = reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture_));
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

bool TextPainter::upload() {
  if (texture_ == 0) glGenTextures(1, &texture_);
  glBindTexture(GL_TEXTURE_2D, texture_);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
  if (atlas_.width() != texture_w_ || atlas_.height() != texture_h_) {
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, atlas_.width(), atlas_.height(), 0, GL_RGBA, GL_UNSIGNED_BYTE, atlas_.pixels());
    texture_w_ = atlas_.width();
    texture_h_ = atlas_.height();
  } else if (atlas_.dirty()) {
    const int top = atlas_.dirty_top(), rows = atlas_.dirty_bottom() - top;
    glTexSubImage2D(GL_TEXTURE_2D, 0, 0, top, atlas_.width(), rows, GL_RGBA, GL_UNSIGNED_BYTE,
                    atlas_.pixels() + static_cast<std::size_t>(top) * atlas_.width() * 4);
  }
  atlas_.clear_dirty();
  const bool again = restarted_;
  restarted_ = false;
  return again;
}

}  // namespace signpost::render::imgui
