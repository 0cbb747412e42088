#include "render/imgui/theme.h"

#include <algorithm>
#include <cmath>

namespace signpost::render::imgui {
namespace {

double channel(std::uint32_t c, int shift) {
  double v = ((c >> shift) & 0xFF) / 255.0;
  return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

double luminance(std::uint32_t c) { return 0.2126 * channel(c, 16) + 0.7152 * channel(c, 8) + 0.0722 * channel(c, 0); }

}  // namespace

std::vector<std::pair<std::uint32_t, std::uint32_t>> Theme::text_pairs() const {
  return {{text, background},          {secondary_text, background}, {error, background},
          {text, card},                {button_text, button},        {primary_button_text, primary_button},
          {focus_text, focus},         {notice_text, notice},        {secondary_text, card}};
}

Theme standard_theme() {
  Theme t;
  t.background = 0xFFFFFF;
  t.text = 0x0B0C0C;
  t.secondary_text = 0x484949;
  t.error = 0xAA2A16;
  t.card = 0xF3F2F1;
  t.card_border = 0x505A5F;
  t.button = 0xDDE1E3;
  t.button_text = 0x0B0C0C;
  t.primary_button = 0x00703C;
  t.primary_button_text = 0xFFFFFF;
  t.focus = 0xFFDD00;
  t.focus_text = 0x0B0C0C;
  t.notice = 0x1D70B8;
  t.notice_text = 0xFFFFFF;
  return t;
}

Theme high_contrast_theme() {
  Theme t;
  t.background = 0x000000;
  t.text = 0xFFFFFF;
  t.secondary_text = 0xFFFF00;
  t.error = 0xFF9E9E;
  t.card = 0x000000;
  t.card_border = 0xFFFFFF;
  t.button = 0x000000;
  t.button_text = 0xFFFFFF;
  t.primary_button = 0xFFFF00;
  t.primary_button_text = 0x000000;
  t.focus = 0x00FFFF;
  t.focus_text = 0x000000;
  t.notice = 0xFFFFFF;
  t.notice_text = 0x000000;
  return t;
}

double contrast_ratio(std::uint32_t a, std::uint32_t b) {
  double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace signpost::render::imgui
