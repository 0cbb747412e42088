// The kiosk's colours and sizes: WCAG contrast arithmetic; every text colour of
// the standard theme at least 4.5:1 on its background and of the high-contrast
// theme at least 7:1; and, on a 24-inch 1920x1080 screen, standard text whose
// capital H (Noto Sans's own cap height, read with FreeType) is at least 7.5 mm
// high, and a 15 mm touch target that fits in the kiosk's 72 px buttons.
#include <doctest/doctest.h>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_TRUETYPE_TABLES_H

#include <cmath>
#include <cstdio>
#include <string>

#include "kiosk/core/config.h"
#include "render/imgui/theme.h"

using namespace signpost::render::imgui;

namespace {

constexpr const char* kNotoSans = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";

std::string hex(std::uint32_t c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%06X", static_cast<unsigned>(c & 0xFFFFFF));
  return buf;
}

void check_pairs(const Theme& theme, double at_least) {
  const auto pairs = theme.text_pairs();
  REQUIRE_FALSE(pairs.empty());
  for (const auto& [text, background] : pairs) {
    const double ratio = contrast_ratio(text, background);
    CAPTURE(hex(text));
    CAPTURE(hex(background));
    CAPTURE(ratio);
    CHECK(ratio >= at_least);
  }
}

// Every text colour of a theme is among its text pairs, on the right background.
void check_pairs_cover(const Theme& t) {
  const auto pairs = t.text_pairs();
  auto has = [&](std::uint32_t text, std::uint32_t background) {
    for (const auto& p : pairs)
      if (p.first == text && p.second == background) return true;
    return false;
  };
  CHECK(has(t.text, t.background));
  CHECK(has(t.secondary_text, t.background));
  CHECK(has(t.error, t.background));
  CHECK(has(t.text, t.card));
  CHECK(has(t.button_text, t.button));
  CHECK(has(t.primary_button_text, t.primary_button));
  CHECK(has(t.focus_text, t.focus));
  CHECK(has(t.notice_text, t.notice));
}

// Millimetres per pixel of a screen `inches` across its diagonal, `w` x `h` pixels, square pixels.
double pixel_pitch_mm(double inches, double w, double h) {
  const double width_mm = inches * 25.4 * w / std::sqrt(w * w + h * h);
  return width_mm / w;
}

}  // namespace

TEST_CASE("theme: black on white is 21:1, a colour on itself is 1:1, and the order does not matter") {
  CHECK(contrast_ratio(0x000000, 0xFFFFFF) == doctest::Approx(21.0));
  CHECK(contrast_ratio(0xFFFFFF, 0x000000) == doctest::Approx(21.0));
  CHECK(contrast_ratio(0xFFFFFF, 0xFFFFFF) == doctest::Approx(1.0));
  CHECK(contrast_ratio(0x1D70B8, 0x1D70B8) == doctest::Approx(1.0));
  CHECK(contrast_ratio(0x00703C, 0xFFDD00) == doctest::Approx(contrast_ratio(0xFFDD00, 0x00703C)));
}

TEST_CASE("theme: contrast follows WCAG's sRGB luminance, so #767676 on white is just over 4.5:1") {
  // #767676 is the lightest grey that passes AA on white (4.54:1); #777777 fails it.
  CHECK(contrast_ratio(0x767676, 0xFFFFFF) == doctest::Approx(4.54).epsilon(0.002));
  CHECK(contrast_ratio(0x767676, 0xFFFFFF) >= 4.5);
  CHECK(contrast_ratio(0x777777, 0xFFFFFF) < 4.5);
  // Green weighs more than red, and red more than blue.
  CHECK(contrast_ratio(0x00FF00, 0x000000) > contrast_ratio(0xFF0000, 0x000000));
  CHECK(contrast_ratio(0xFF0000, 0x000000) > contrast_ratio(0x0000FF, 0x000000));
}

TEST_CASE("theme: each theme's text pairs include every text colour on the background it is drawn on") {
  check_pairs_cover(standard_theme());
  check_pairs_cover(high_contrast_theme());
}

TEST_CASE("theme: every text colour of the standard theme is at least 4.5:1 on its background") {
  check_pairs(standard_theme(), 4.5);
}

TEST_CASE("theme: every text colour of the high-contrast theme is at least 7:1 on its background") {
  check_pairs(high_contrast_theme(), 7.0);
}

TEST_CASE("theme: standard text makes a capital H at least 7.5 mm high on a 24-inch 1080p screen") {
  const double pitch = pixel_pitch_mm(24, 1920, 1080);
  CHECK(pitch == doctest::Approx(0.2767).epsilon(0.001));

  FT_Library library = nullptr;
  REQUIRE(FT_Init_FreeType(&library) == 0);
  FT_Face face = nullptr;
  const FT_Error opened = FT_New_Face(library, kNotoSans, 0, &face);
  if (opened != 0) FT_Done_FreeType(library);
  REQUIRE_MESSAGE(opened == 0, "cannot open " << std::string(kNotoSans));
  const auto* os2 = static_cast<const TT_OS2*>(FT_Get_Sfnt_Table(face, FT_SFNT_OS2));
  const bool has_cap_height = os2 != nullptr && os2->version >= 2 && os2->sCapHeight > 0;
  const double cap_height_em = has_cap_height ? static_cast<double>(os2->sCapHeight) / face->units_per_EM : 0;
  FT_Done_Face(face);
  FT_Done_FreeType(library);
  REQUIRE(has_cap_height);
  // A sane cap height: between half and four fifths of the em.
  CHECK(cap_height_em > 0.5);
  CHECK(cap_height_em < 0.8);

  const double text_px = signpost::kiosk::default_config().text_px;
  CHECK(text_px == 40);
  const double cap_px = text_px * cap_height_em;
  const double cap_mm = cap_px * pitch;
  MESSAGE("Noto Sans cap height " << cap_height_em << " em; at " << text_px << " px a capital H is " << cap_px
                                  << " px, " << cap_mm << " mm on a 24-inch 1920x1080 screen (" << pitch
                                  << " mm a pixel)");
  CHECK(cap_mm >= 7.5);
}

TEST_CASE("theme: a 15 mm touch target fits in the kiosk's 72 px buttons on a 24-inch 1080p screen") {
  const double pitch = pixel_pitch_mm(24, 1920, 1080);
  const double target_px = 15.0 / pitch;
  MESSAGE("15 mm is " << target_px << " px; 72 px is " << 72 * pitch << " mm");
  CHECK(target_px <= 72);
  CHECK(72 * pitch >= 15.0);
}
