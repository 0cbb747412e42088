#include "kiosk/app/sdl_draw.h"

#include <SDL.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace signpost::kiosk {
namespace {

struct Rectangle {
  SDL_FRect to{};
  ImVec2 uv0, uv1;
  ImU32 colour = 0;
};

// ImGui draws a rectangle (PrimRect, PrimRectUV) as corners a b c d, top left
// first and clockwise, in two triangles (a b c) (a c d). True, with the
// rectangle, when the six indices at `idx` are one such, upright, of one
// colour, its texture coordinates running the same way as its corners.
bool rectangle_at(const ImDrawVert* vtx, const ImDrawIdx* idx, Rectangle* out) {
  if (idx[3] != idx[0] || idx[4] != idx[2]) return false;
  const ImDrawVert &a = vtx[idx[0]], &b = vtx[idx[1]], &c = vtx[idx[2]], &d = vtx[idx[5]];
  if (a.pos.y != b.pos.y || b.pos.x != c.pos.x || c.pos.y != d.pos.y || d.pos.x != a.pos.x) return false;
  if (!(a.pos.x < c.pos.x && a.pos.y < c.pos.y)) return false;
  if (a.col != b.col || a.col != c.col || a.col != d.col) return false;
  if (a.uv.y != b.uv.y || b.uv.x != c.uv.x || c.uv.y != d.uv.y || d.uv.x != a.uv.x) return false;
  if (!(a.uv.x <= c.uv.x && a.uv.y <= c.uv.y)) return false;
  *out = {{a.pos.x, a.pos.y, c.pos.x - a.pos.x, c.pos.y - a.pos.y}, a.uv, c.uv, a.col};
  return true;
}

void draw_rectangle(SDL_Renderer* renderer, SDL_Texture* texture, const Rectangle& r) {
  const Uint8 red = r.colour & 0xFF, green = (r.colour >> 8) & 0xFF, blue = (r.colour >> 16) & 0xFF, alpha = r.colour >> 24;
  if (texture == nullptr) {
    SDL_SetRenderDrawBlendMode(renderer, alpha == 0xFF ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(renderer, red, green, blue, alpha);
    SDL_RenderFillRectF(renderer, &r.to);
    return;
  }
  int w = 0, h = 0;
  SDL_QueryTexture(texture, nullptr, nullptr, &w, &h);
  const SDL_Rect from{static_cast<int>(std::lround(r.uv0.x * w)), static_cast<int>(std::lround(r.uv0.y * h)),
                      static_cast<int>(std::lround((r.uv1.x - r.uv0.x) * w)), static_cast<int>(std::lround((r.uv1.y - r.uv0.y) * h))};
  if (from.w <= 0 || from.h <= 0) return;
  SDL_SetTextureColorMod(texture, red, green, blue);
  SDL_SetTextureAlphaMod(texture, alpha);
  SDL_RenderCopyF(renderer, texture, &from, &r.to);
}

}  // namespace

void draw_lists(SDL_Renderer* renderer, const ImDrawData& data) {
  const int width = static_cast<int>(data.DisplaySize.x), height = static_cast<int>(data.DisplaySize.y);
  if (width <= 0 || height <= 0) return;
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& list = *data.CmdLists[n];
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      if (cmd.UserCallback != nullptr) {
        if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(&list, &cmd);
        continue;
      }
      const float x0 = std::max(cmd.ClipRect.x - data.DisplayPos.x, 0.0f), y0 = std::max(cmd.ClipRect.y - data.DisplayPos.y, 0.0f);
      const float x1 = std::min(cmd.ClipRect.z - data.DisplayPos.x, static_cast<float>(width));
      const float y1 = std::min(cmd.ClipRect.w - data.DisplayPos.y, static_cast<float>(height));
      if (x1 <= x0 || y1 <= y0) continue;
      const SDL_Rect clip{static_cast<int>(x0), static_cast<int>(y0), static_cast<int>(x1 - x0), static_cast<int>(y1 - y0)};
      SDL_RenderSetClipRect(renderer, &clip);
      auto* texture = static_cast<SDL_Texture*>(cmd.GetTexID());
      const ImDrawVert* vtx = list.VtxBuffer.Data + cmd.VtxOffset;
      const ImDrawIdx* idx = list.IdxBuffer.Data + cmd.IdxOffset;
      // Triangles [from, to) that are not rectangles go to SDL as they are.
      auto triangles = [&](unsigned from, unsigned to) {
        if (to <= from) return;
        const auto* base = reinterpret_cast<const char*>(vtx);
        SDL_RenderGeometryRaw(renderer, texture, reinterpret_cast<const float*>(base + offsetof(ImDrawVert, pos)), sizeof(ImDrawVert),
                              reinterpret_cast<const SDL_Color*>(base + offsetof(ImDrawVert, col)), sizeof(ImDrawVert),
                              reinterpret_cast<const float*>(base + offsetof(ImDrawVert, uv)), sizeof(ImDrawVert),
                              list.VtxBuffer.Size - static_cast<int>(cmd.VtxOffset), idx + from, static_cast<int>(to - from),
                              sizeof(ImDrawIdx));
      };
      unsigned pending = 0;
      Rectangle rectangle;
      for (unsigned i = 0; i + 3 <= cmd.ElemCount;) {
        if (i + 6 <= cmd.ElemCount && rectangle_at(vtx, idx + i, &rectangle)) {
          triangles(pending, i);
          draw_rectangle(renderer, texture, rectangle);
          i += 6;
          pending = i;
        } else {
          i += 3;
        }
      }
      triangles(pending, cmd.ElemCount);
    }
  }
  SDL_RenderSetClipRect(renderer, nullptr);
}

}  // namespace signpost::kiosk
