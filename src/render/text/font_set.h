// FontSet: the Debian Noto faces the kiosk draws with, which one shows which
// script, and their HarfBuzz fonts per size. Each file is opened with FreeType
// when text first needs it (a kiosk showing English never opens Nastaliq) and
// handed to HarfBuzz through hb_ft, so shaping and rasterising read the same
// bytes. Must not depend on layout, line breaking or renderers.
#pragma once

#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb.h>
#include <unicode/uscript.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace signpost::render::text {

// A face's vertical extents at one size, in pixels, both positive.
struct FaceMetrics {
  float ascent = 0, descent = 0;
};

class FontSet {
 public:
  // The faces in `dir`: each file must be there and readable, and the Latin
  // faces open; nullptr with `error` naming the first that is not. The others
  // open on first use.
  static std::unique_ptr<FontSet> open(const std::string& dir, std::string* error);
  ~FontSet();
  FontSet(const FontSet&) = delete;
  FontSet& operator=(const FontSet&) = delete;

  int count() const { return static_cast<int>(faces_.size()); }
  const std::string& file(int face) const { return faces_[face].file; }
  FT_Face ft_face(int face) const { return opened(face).ft; }
  // How many faces are open now.
  int open_count() const;

  // The face for a script (never Common or Inherited here), weight and
  // paragraph language: Urdu gets Nastaliq, other Arabic-script text Naskh.
  int face_for(UScriptCode script, bool bold, std::string_view lang) const;
  // The face for a paragraph with nothing in it yet: that of its language's script.
  int face_for_language(bool bold, std::string_view lang) const;
  bool covers(int face, UChar32 c) const { return FT_Get_Char_Index(opened(face).ft, static_cast<FT_ULong>(c)) != 0; }
  // When `preferred` lacks c: the first face of the same weight that has it,
  // or `preferred` (which then shows its .notdef box).
  int fallback_for(UChar32 c, int preferred) const;

  // The HarfBuzz font for a face at size_px (scale in 26.6 pixels), cached.
  hb_font_t* hb_font(int face, float size_px);
  FaceMetrics metrics(int face, float size_px);

 private:
  struct Face {
    std::string file;
    FT_Face ft = nullptr;
    hb_face_t* hb = nullptr;
    bool failed = false;  // it would not open after all: the Latin face stands in
  };
  FontSet() = default;
  // The face, opened if it was not yet; a face that will not open (its file
  // went after start) gives the Latin face of its weight, which always is.
  const Face& opened(int face) const;
  bool load(Face& face) const;

  FT_Library library_ = nullptr;
  mutable std::vector<Face> faces_;  // opened as they are first needed
  std::map<std::pair<int, int>, hb_font_t*> fonts_;  // (face, 26.6 size)
};

// 26.6 fixed point, as HarfBuzz positions and FreeType sizes are kept here.
// Sizes are held to 0..4096 px so that no request overflows the arithmetic.
inline int to_26_6(float px) {
  if (!(px > 0)) return 0;  // also NaN
  return static_cast<int>((px < 4096.0f ? px : 4096.0f) * 64.0f + 0.5f);
}

}  // namespace signpost::render::text
