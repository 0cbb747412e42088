// draw_lists: Dear ImGui's draw lists to SDL's 2D renderer, as the backend that
// Dear ImGui ships does, with one difference that matters without a GPU: an
// upright rectangle of one colour (a fill, a glyph from the atlas, a picture)
// goes to SDL as a rectangle, an opaque fill unblended, and only the rest as
// triangles. SDL's software renderer otherwise blends every pixel of an opaque
// fill, and walks each triangle pixel by pixel. Depends on SDL2 and ImGui.
#pragma once

struct SDL_Renderer;
struct ImDrawData;

namespace signpost::kiosk {

void draw_lists(SDL_Renderer* renderer, const ImDrawData& data);

}  // namespace signpost::kiosk
