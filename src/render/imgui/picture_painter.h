// PicturePainter: easy read pictures (SVG) as textures for ImGui, rasterised
// once each with librsvg at the size the kiosk shows them. A picture that is
// missing or will not draw is simply not shown: its sentence still is.
// Depends on librsvg, cairo, ImGui and the Textures interface.
#pragma once

#include <functional>
#include <map>
#include <string>

#include <imgui.h>

#include "render/imgui/textures.h"

namespace signpost::render::imgui {

class PicturePainter {
 public:
  // svg_of(id): the picture's SVG text, or nullptr when there is none.
  PicturePainter(Textures& textures, std::function<const std::string*(const std::string& id)> svg_of)
      : textures_(textures), svg_of_(std::move(svg_of)) {}
  ~PicturePainter();
  PicturePainter(const PicturePainter&) = delete;
  PicturePainter& operator=(const PicturePainter&) = delete;

  // The picture at size x size pixels; nullptr when it cannot be drawn.
  ImTextureID texture(const std::string& id, int size);
  // Drops every texture (new content may bring new pictures under old ids).
  void forget();

 private:
  ImTextureID rasterise(const std::string& svg, int size);

  Textures& textures_;
  std::function<const std::string*(const std::string& id)> svg_of_;
  std::map<std::pair<std::string, int>, ImTextureID> made_;  // nullptr: tried, and failed
};

}  // namespace signpost::render::imgui
