// SdlTextures: the painters' textures (glyph atlas, easy read pictures) on
// SDL's 2D renderer, whichever driver it uses (the software one, or OpenGL
// where there is a GPU). Depends on SDL2 and ImGui.
#pragma once

#include "render/imgui/textures.h"

struct SDL_Renderer;

namespace signpost::kiosk {

class SdlTextures : public render::imgui::Textures {
 public:
  explicit SdlTextures(SDL_Renderer* renderer) : renderer_(renderer) {}
  ImTextureID create(int width, int height) override;
  void update(ImTextureID texture, int top, int rows, const std::uint8_t* rgba) override;
  void destroy(ImTextureID texture) override;

 private:
  SDL_Renderer* renderer_;
};

}  // namespace signpost::kiosk
