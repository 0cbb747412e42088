// PicturePainter: easy read pictures (SVG) as OpenGL textures for ImGui,
// rasterised once each with librsvg at the size the kiosk shows them. A
// picture that is missing or will not draw is simply not shown: its sentence
// still is. Depends on librsvg, cairo, OpenGL and ImGui.
#pragma once

#include <functional>
#include <map>
#include <string>

#include <imgui.h>

namespace signpost::render::imgui {

class PicturePainter {
 public:
  // svg_of(id): the picture's SVG text, or nullptr when there is none.
  explicit PicturePainter(std::function<const std::string*(const std::string& id)> svg_of) : svg_of_(std::move(svg_of)) {}
  ~PicturePainter();
  PicturePainter(const PicturePainter&) = delete;
  PicturePainter& operator=(const PicturePainter&) = delete;

  // The picture at size x size pixels; nullptr when it cannot be drawn.
  ImTextureID texture(const std::string& id, int size);
  // Drops every texture (new content may bring new pictures under old ids).
  void forget();

 private:
  std::function<const std::string*(const std::string& id)> svg_of_;
  std::map<std::pair<std::string, int>, unsigned int> textures_;  // 0: tried, and failed
};

}  // namespace signpost::render::imgui
