// What the kiosk says aloud: a screen when it appears (its heading, the
// question with its hint and any error), and each item the keypad moves to
// ("Yes, selected", "Continue, button"), in the words of the family's language.
// Depends on the core's Screen and Localizer, and the renderer's FocusItem.
#pragma once

#include <string>

#include "core/i18n/localizer.h"
#include "core/view/screen.h"
#include "core/view/focus_item.h"

namespace signpost::kiosk {

std::string screen_speech(const core::view::Screen& screen);

std::string item_speech(const core::view::FocusItem& item, const core::i18n::Localizer& words);

// The help for a screen: what it is for, then how the keys work.
std::string help_text(const core::view::Screen& screen, const core::i18n::Localizer& words);

}  // namespace signpost::kiosk
