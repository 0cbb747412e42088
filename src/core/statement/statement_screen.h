// The council's Short Breaks Services Statement as a Screen: composed in the
// core from the offer, its words and its directory, rendered by the same HTML
// renderer as the check (signpost statement writes it as a page).
#pragma once

#include "core/directory/directory.h"
#include "core/i18n/localizer.h"
#include "core/offer/offer.h"
#include "core/view/screen.h"

namespace signpost::core::statement {

view::Screen statement_screen(const offer::Offer& offer, const i18n::Localizer& words, const directory::Directory* directory);

}  // namespace signpost::core::statement
