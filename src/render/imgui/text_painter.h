// TextPainter: draws text laid out by the TextEngine into an ImGui draw list,
// one textured quad per glyph from a glyph atlas kept in one texture.
// ImGui's own font is never used for the family's words: it cannot shape or
// reorder them. Depends on ImGui, the Textures interface and src/render/text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "render/text/glyph_atlas.h"
#include "render/imgui/textures.h"
#include "render/text/text_engine.h"

namespace signpost::render::imgui {

struct TextSpec {
  float size_px = 40;
  bool bold = false;
  float max_width = 0;  // <= 0: one line
  bool rtl = false;
  std::string lang;
};

class TextPainter {
 public:
  TextPainter(text::TextEngine& engine, Textures& textures) : engine_(engine), textures_(textures) {}
  ~TextPainter();
  TextPainter(const TextPainter&) = delete;
  TextPainter& operator=(const TextPainter&) = delete;

  // A copy of the layout (the engine's cache may move on).
  text::TextLayout lay_out(std::string_view utf8, const TextSpec& spec);
  // Draws a layout with its top-left corner at `at`.
  void draw(ImDrawList* list, const text::TextLayout& layout, float size_px, ImVec2 at, ImU32 colour);

  // Sends glyphs added this frame to the texture: call after building a frame and
  // before rendering it. True when the atlas had to start again this frame, so
  // some glyphs were lost: draw the frame once more.
  bool upload();

 private:
  // A texture the atlas's size, holding all of it.
  void make_texture();
  // Rows [top, bottom) of the atlas to the texture.
  void send_rows(int top, int bottom);

  text::TextEngine& engine_;
  Textures& textures_;
  text::GlyphAtlas atlas_;
  ImTextureID texture_ = nullptr;
  int texture_w_ = 0, texture_h_ = 0;
  std::vector<std::uint8_t> rgba_;  // one band of rows on its way to the texture
  bool restarted_ = false;
};

}  // namespace signpost::render::imgui
