// Which Noto face shows which script, opened with FreeType and hb_ft. Must not
// depend on layout, line breaking or renderers.
#include "render/text/font_set.h"

#include <hb-ft.h>
#include <hb-ot.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

namespace signpost::render::text {
namespace {

// Regular and bold of each family; face index = 2 * family + bold.
enum Family { kSans, kNaskh, kNastaliq, kBengali, kGujarati, kGurmukhi, kFamilies };
constexpr std::array<std::array<const char*, 2>, kFamilies> kFiles = {{
    {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf"},
    {"NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"},
    {"NotoNastaliqUrdu-Regular.ttf", "NotoNastaliqUrdu-Bold.ttf"},
    {"NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf"},
    {"NotoSansGujarati-Regular.ttf", "NotoSansGujarati-Bold.ttf"},
    {"NotoSansGurmukhi-Regular.ttf", "NotoSansGurmukhi-Bold.ttf"},
}};

int face_index(Family family, bool bold) { return 2 * family + (bold ? 1 : 0); }

bool is_urdu(std::string_view lang) {
  const auto primary = lang.substr(0, lang.find_first_of("-_"));
  return primary.size() == 2 && std::tolower(static_cast<unsigned char>(primary[0])) == 'u' &&
         std::tolower(static_cast<unsigned char>(primary[1])) == 'r';
}

}  // namespace

std::unique_ptr<FontSet> FontSet::open(const std::string& dir, std::string* error) {
  std::unique_ptr<FontSet> set(new FontSet());
  if (FT_Init_FreeType(&set->library_) != 0) {
    if (error) *error = "FreeType did not start";
    return nullptr;
  }
  for (const auto& pair : kFiles) {
    for (const char* name : pair) {
      Face face;
      face.file = dir + "/" + name;
      // Each file is checked now, so a kiosk missing a script's font says so
      // at start, not when a family first picks that language.
      std::FILE* readable = std::fopen(face.file.c_str(), "rb");
      if (readable == nullptr) {
        if (error) *error = "cannot open font " + face.file + " (Debian: fonts-noto-core)";
        return nullptr;
      }
      std::fclose(readable);
      set->faces_.push_back(face);
    }
  }
  for (int latin = 0; latin < 2; ++latin) {
    if (!set->load(set->faces_[latin])) {
      if (error) *error = "cannot open font " + set->faces_[latin].file + " (Debian: fonts-noto-core)";
      return nullptr;
    }
  }
  return set;
}

bool FontSet::load(Face& face) const {
  if (FT_New_Face(library_, face.file.c_str(), 0, &face.ft) != 0) {
    face.ft = nullptr;
    face.failed = true;
    return false;
  }
  // Referenced: the hb_face keeps the FT_Face alive and reads its tables.
  face.hb = hb_ft_face_create_referenced(face.ft);
  return true;
}

const FontSet::Face& FontSet::opened(int face) const {
  Face& f = faces_[face];
  if (f.ft == nullptr && !f.failed) load(f);
  return f.ft != nullptr ? f : faces_[face % 2];
}

int FontSet::open_count() const {
  return static_cast<int>(std::count_if(faces_.begin(), faces_.end(), [](const Face& f) { return f.ft != nullptr; }));
}

FontSet::~FontSet() {
  for (auto& [key, font] : fonts_) hb_font_destroy(font);
  for (auto& face : faces_) {
    if (face.hb != nullptr) hb_face_destroy(face.hb);
    if (face.ft != nullptr) FT_Done_Face(face.ft);
  }
  if (library_) FT_Done_FreeType(library_);
}

int FontSet::face_for(UScriptCode script, bool bold, std::string_view lang) const {
  switch (script) {
    case USCRIPT_ARABIC: return face_index(is_urdu(lang) ? kNastaliq : kNaskh, bold);
    case USCRIPT_BENGALI: return face_index(kBengali, bold);
    case USCRIPT_GUJARATI: return face_index(kGujarati, bold);
    case USCRIPT_GURMUKHI: return face_index(kGurmukhi, bold);
    default: return face_index(kSans, bold);  // Latin, Greek, Cyrillic and the rest
  }
}

int FontSet::face_for_language(bool bold, std::string_view lang) const {
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode scripts[4];
  const std::string tag(lang);
  const int n = tag.empty() ? 0 : uscript_getCode(tag.c_str(), scripts, 4, &status);
  return face_for(U_SUCCESS(status) && n > 0 ? scripts[0] : USCRIPT_LATIN, bold, lang);
}

int FontSet::fallback_for(UChar32 c, int preferred) const {
  const int weight = preferred % 2;
  for (int family = 0; family < kFamilies; ++family) {
    const int face = 2 * family + weight;
    if (covers(face, c)) return face;
  }
  return preferred;
}

hb_font_t* FontSet::hb_font(int face, float size_px) {
  const int scale = to_26_6(size_px);
  if (fonts_.size() > 256 && !fonts_.count({face, scale})) {
    // Animated sizes could grow this without end; callers hold a font only
    // for one shaping call, so starting over is safe.
    for (auto& [key, old] : fonts_) hb_font_destroy(old);
    fonts_.clear();
  }
  auto& font = fonts_[{face, scale}];
  if (!font) {
    // HarfBuzz's own OpenType font functions at an explicit scale, rather than
    // hb_ft's, whose advances follow the FT_Face's current size: that size
    // changes as glyphs are rasterised at other sizes. Unhinted metrics from
    // the font's tables are also what hb-shape and hb-view use.
    font = hb_font_create(opened(face).hb);
    hb_ot_font_set_funcs(font);
    hb_font_set_scale(font, scale, scale);
  }
  return font;
}

FaceMetrics FontSet::metrics(int face, float size_px) {
  hb_font_extents_t extents{};
  hb_font_get_h_extents(hb_font(face, size_px), &extents);
  return {extents.ascender / 64.0f, -extents.descender / 64.0f};
}

}  // namespace signpost::render::text
