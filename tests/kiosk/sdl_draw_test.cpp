// The kiosk draws Dear ImGui's lists itself (kiosk/app/sdl_draw.cpp): upright
// rectangles of one colour as rectangles, the rest as triangles, each within
// its clip rectangle, textured ones from the painters' textures. Drawn here
// through a real ImGui frame onto SDL's software renderer over a surface, as
// the kiosk draws without a GPU, and read back pixel by pixel.
#include <SDL.h>
#include <doctest/doctest.h>
#include <imgui.h>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <vector>

#include "kiosk/app/sdl_draw.h"
#include "kiosk/app/sdl_textures.h"

namespace {

using signpost::kiosk::draw_lists;
using signpost::kiosk::SdlTextures;

constexpr int kSize = 64;

struct Pixel {
  int r, g, b;
};

// A 64x64 RGBA surface with SDL's software renderer over it, cleared to white,
// and an ImGui context of the same size.
class Canvas {
 public:
  Canvas() {
    surface_ = SDL_CreateRGBSurfaceWithFormat(0, kSize, kSize, 32, SDL_PIXELFORMAT_RGBA32);
    REQUIRE(surface_ != nullptr);
    renderer_ = SDL_CreateSoftwareRenderer(surface_);
    REQUIRE(renderer_ != nullptr);
    SDL_SetRenderDrawColor(renderer_, 255, 255, 255, 255);
    SDL_RenderClear(renderer_);
    context_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(kSize, kSize);
    io.DeltaTime = 1.0f / 60;
    io.Fonts->Build();  // as the kiosk: for ImGui's layout data; no texture is made of it
    ImGui::GetStyle().AntiAliasedFill = false;  // edges exact, to read them back
  }
  ~Canvas() {
    ImGui::DestroyContext(context_);
    SDL_DestroyRenderer(renderer_);
    SDL_FreeSurface(surface_);
  }
  Canvas(const Canvas&) = delete;
  Canvas& operator=(const Canvas&) = delete;

  SDL_Renderer* renderer() const { return renderer_; }

  // One frame: `paint` adds to the foreground list; then draw_lists draws it.
  void frame(const std::function<void(ImDrawList&)>& paint) {
    ImGui::NewFrame();
    paint(*ImGui::GetForegroundDrawList());
    ImGui::Render();
    draw_lists(renderer_, *ImGui::GetDrawData());
  }

  Pixel at(int x, int y) const {
    std::array<std::uint8_t, 4> rgba{};
    const SDL_Rect one{x, y, 1, 1};
    REQUIRE(SDL_RenderReadPixels(renderer_, &one, SDL_PIXELFORMAT_RGBA32, rgba.data(), 4) == 0);
    return {rgba[0], rgba[1], rgba[2]};
  }

 private:
  SDL_Surface* surface_ = nullptr;
  SDL_Renderer* renderer_ = nullptr;
  ImGuiContext* context_ = nullptr;
};

bool near(Pixel p, Pixel want, int tolerance = 0) {
  return std::abs(p.r - want.r) <= tolerance && std::abs(p.g - want.g) <= tolerance && std::abs(p.b - want.b) <= tolerance;
}

const Pixel kWhite{255, 255, 255};

}  // namespace

TEST_CASE("an opaque rectangle is drawn exactly: every pixel inside in its colour, none outside") {
  Canvas canvas;
  canvas.frame([](ImDrawList& list) { list.AddRectFilled(ImVec2(8, 8), ImVec2(24, 20), IM_COL32(29, 112, 184, 255)); });
  const Pixel blue{29, 112, 184};
  for (int y = 8; y < 20; ++y)
    for (int x = 8; x < 24; ++x) REQUIRE(near(canvas.at(x, y), blue));
  CHECK(near(canvas.at(7, 8), kWhite));
  CHECK(near(canvas.at(24, 8), kWhite));
  CHECK(near(canvas.at(8, 7), kWhite));
  CHECK(near(canvas.at(8, 20), kWhite));
}

TEST_CASE("a see-through rectangle is blended with what is under it") {
  Canvas canvas;
  canvas.frame([](ImDrawList& list) {
    list.AddRectFilled(ImVec2(0, 0), ImVec2(32, 32), IM_COL32(0, 0, 0, 255));
    list.AddRectFilled(ImVec2(16, 16), ImVec2(48, 48), IM_COL32(255, 0, 0, 128));
  });
  CHECK(near(canvas.at(20, 20), {128, 0, 0}, 2));    // over black
  CHECK(near(canvas.at(40, 40), {255, 127, 127}, 2));  // over white
  CHECK(near(canvas.at(8, 8), {0, 0, 0}));
}

TEST_CASE("shapes that are not upright rectangles are drawn as triangles") {
  Canvas canvas;
  canvas.frame([](ImDrawList& list) { list.AddTriangleFilled(ImVec2(0, 0), ImVec2(60, 60), ImVec2(0, 60), IM_COL32(0, 128, 0, 255)); });
  CHECK(near(canvas.at(5, 50), {0, 128, 0}));
  CHECK(near(canvas.at(20, 40), {0, 128, 0}));
  CHECK(near(canvas.at(50, 5), kWhite));
  CHECK(near(canvas.at(40, 20), kWhite));
}

TEST_CASE("nothing is drawn outside a command's clip rectangle") {
  Canvas canvas;
  canvas.frame([](ImDrawList& list) {
    list.PushClipRect(ImVec2(0, 0), ImVec2(16, kSize));
    list.AddRectFilled(ImVec2(4, 4), ImVec2(40, 40), IM_COL32(0, 0, 0, 255));
    list.AddTriangleFilled(ImVec2(4, 44), ImVec2(60, 44), ImVec2(4, 60), IM_COL32(0, 0, 0, 255));
    list.PopClipRect();
  });
  CHECK(near(canvas.at(10, 10), {0, 0, 0}));
  CHECK(near(canvas.at(20, 10), kWhite));
  CHECK(near(canvas.at(10, 46), {0, 0, 0}));
  CHECK(near(canvas.at(30, 46), kWhite));
}

TEST_CASE("a textured rectangle copies its part of the texture, tinted by its colour") {
  Canvas canvas;
  SdlTextures textures(canvas.renderer());
  // 2x1 texels: the left one red, the right one white.
  const std::vector<std::uint8_t> rgba{255, 0, 0, 255, 255, 255, 255, 255};
  ImTextureID texture = textures.create(2, 1);
  REQUIRE(texture != nullptr);
  textures.update(texture, 0, 1, rgba.data());
  canvas.frame([&](ImDrawList& list) {
    list.AddImage(texture, ImVec2(0, 0), ImVec2(32, 16));                                           // the whole texture
    list.AddImage(texture, ImVec2(0, 32), ImVec2(16, 48), ImVec2(0.5f, 0), ImVec2(1, 1), IM_COL32(0, 0, 255, 255));  // its white half, tinted blue
  });
  CHECK(near(canvas.at(4, 8), {255, 0, 0}));
  CHECK(near(canvas.at(28, 8), kWhite));
  CHECK(near(canvas.at(8, 40), {0, 0, 255}));
  CHECK(near(canvas.at(20, 40), kWhite));
  textures.destroy(texture);
}
