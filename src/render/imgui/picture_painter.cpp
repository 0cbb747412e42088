#include "render/imgui/picture_painter.h"

#include <cairo.h>
#include <librsvg/rsvg.h>

#include <cstdint>
#include <vector>

namespace signpost::render::imgui {
namespace {

// cairo's ARGB32 is premultiplied, in native byte order; a texture drawn with
// ImGui's blending wants straight RGBA bytes.
std::vector<std::uint8_t> straight_rgba(cairo_surface_t* surface, int size) {
  std::vector<std::uint8_t> out(static_cast<std::size_t>(size) * size * 4);
  const unsigned char* data = cairo_image_surface_get_data(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  for (int y = 0; y < size; ++y) {
    const auto* row = reinterpret_cast<const std::uint32_t*>(data + y * stride);
    for (int x = 0; x < size; ++x) {
      const std::uint32_t p = row[x];
      const std::uint32_t a = p >> 24;
      std::uint8_t* o = &out[(static_cast<std::size_t>(y) * size + x) * 4];
      for (int c = 0; c < 3; ++c) {
        const std::uint32_t v = (p >> (16 - 8 * c)) & 0xFF;
        o[c] = static_cast<std::uint8_t>(a == 0 ? 0 : std::min<std::uint32_t>(255, v * 255 / a));
      }
      o[3] = static_cast<std::uint8_t>(a);
    }
  }
  return out;
}

}  // namespace

ImTextureID PicturePainter::rasterise(const std::string& svg, int size) {
  GError* error = nullptr;
  RsvgHandle* handle = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error);
  if (handle == nullptr) {
    if (error != nullptr) g_error_free(error);
    return nullptr;
  }
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, size, size);
  cairo_t* cr = cairo_create(surface);
  RsvgRectangle viewport{0, 0, static_cast<double>(size), static_cast<double>(size)};
  const bool drawn = rsvg_handle_render_document(handle, cr, &viewport, &error);
  if (error != nullptr) g_error_free(error);
  cairo_surface_flush(surface);
  ImTextureID texture = drawn ? textures_.create(size, size) : nullptr;
  if (texture != nullptr) textures_.update(texture, 0, size, straight_rgba(surface, size).data());
  cairo_destroy(cr);
  cairo_surface_destroy(surface);
  g_object_unref(handle);
  return texture;
}

PicturePainter::~PicturePainter() { forget(); }

void PicturePainter::forget() {
  for (auto& [key, texture] : made_) {
    if (texture != nullptr) textures_.destroy(texture);
  }
  made_.clear();
}

ImTextureID PicturePainter::texture(const std::string& id, int size) {
  auto key = std::make_pair(id, size);
  auto it = made_.find(key);
  if (it == made_.end()) {
    const std::string* svg = svg_of_(id);
    it = made_.emplace(key, svg != nullptr ? rasterise(*svg, size) : nullptr).first;
  }
  return it->second;
}

}  // namespace signpost::render::imgui
