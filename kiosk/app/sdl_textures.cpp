#include "kiosk/app/sdl_textures.h"

#include <SDL.h>

namespace signpost::kiosk {
namespace {

SDL_Texture* sdl(ImTextureID texture) { return static_cast<SDL_Texture*>(texture); }

}  // namespace

ImTextureID SdlTextures::create(int width, int height) {
  // RGBA32: the bytes R G B A in memory, whatever the machine's byte order.
  SDL_Texture* texture = SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_RGBA32, SDL_TEXTUREACCESS_STATIC, width, height);
  if (texture != nullptr) SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND);
  return texture;
}

void SdlTextures::update(ImTextureID texture, int top, int rows, const std::uint8_t* rgba) {
  int width = 0;
  if (texture == nullptr || rows <= 0 || SDL_QueryTexture(sdl(texture), nullptr, nullptr, &width, nullptr) != 0) return;
  const SDL_Rect rect{0, top, width, rows};
  SDL_UpdateTexture(sdl(texture), &rect, rgba, width * 4);
}

void SdlTextures::destroy(ImTextureID texture) {
  if (texture != nullptr) SDL_DestroyTexture(sdl(texture));
}

}  // namespace signpost::kiosk
