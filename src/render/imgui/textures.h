// Textures: what the painters need of whatever draws ImGui's lists: RGBA
// textures it can draw from, made, filled row by row and dropped. The kiosk
// gives one over SDL's renderer; the painters know nothing of SDL or OpenGL.
#pragma once

#include <cstdint>

#include <imgui.h>

namespace signpost::render::imgui {

class Textures {
 public:
  virtual ~Textures() = default;
  // A width x height texture for straight (not premultiplied) RGBA, drawn
  // blended; nullptr when the renderer cannot make one.
  virtual ImTextureID create(int width, int height) = 0;
  // Rows [top, top + rows) of `texture`, from `rgba`: 4 bytes a pixel, R G B A,
  // width * 4 bytes a row, no padding.
  virtual void update(ImTextureID texture, int top, int rows, const std::uint8_t* rgba) = 0;
  virtual void destroy(ImTextureID texture) = 0;
};

}  // namespace signpost::render::imgui
