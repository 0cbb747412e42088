// Theme: the kiosk's colours. The standard theme follows GOV.UK's palette (every
// text colour at least 4.5:1 on its background); the high-contrast theme is
// white and yellow on black, every pair at least 7:1. Colours are 0xRRGGBB.
// Depends on nothing (no ImGui), so the contrast can be tested headless.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace signpost::render::imgui {

struct Theme {
  std::uint32_t background, text, secondary_text, error;
  std::uint32_t card, card_border;
  std::uint32_t button, button_text;                  // secondary buttons
  std::uint32_t primary_button, primary_button_text;  // the way forward
  std::uint32_t focus, focus_text;                    // the keypad's focus: filled, with its own text colour
  std::uint32_t notice, notice_text;                  // the machine-draft warning, the idle warning

  // Every text colour with the background it is drawn on.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> text_pairs() const;
};

Theme standard_theme();
Theme high_contrast_theme();

// WCAG 2.x contrast ratio of two sRGB colours (1 to 21).
double contrast_ratio(std::uint32_t a, std::uint32_t b);

}  // namespace signpost::render::imgui
