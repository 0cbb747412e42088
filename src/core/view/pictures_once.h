#pragma once

#include "core/view/screen.h"

namespace signpost::core::view {

// Easy read shows each picture once on a screen: where a later sentence would
// repeat a picture already shown, it stands without one (a picture seen twice
// says nothing new, and a page of the same pictures is harder to read).
void each_picture_once(Screen& screen);

}  // namespace signpost::core::view
