// Keypad: the on-screen keys that fit the box being typed in. A date part
// gets the digits alone, on large keys laid out as on a phone; the first part
// of a postcode or an answers code, digits and letters; a search, the same
// with a space. Every
// keypad ends with Delete and Done (Done returns to the box, as Back does).
// Depends on the standard library only.
#pragma once

#include <string>
#include <vector>

namespace signpost::kiosk {

enum class Keypad { kDigits, kPostcode, kText };

// The keypad for a box of the family's screen ("day", "month", "year",
// "postcode", "code", "q": render/imgui/screen_view.h names them).
Keypad keypad_for(const std::string& box);

// Its rows of character keys, in focus order (digits first).
const std::vector<std::vector<std::string>>& keypad_rows(Keypad keypad);

// Whether its last row has a space key: a search's does; digits, the first
// part of a postcode and an answers code have no space.
bool has_space(Keypad keypad);

}  // namespace signpost::kiosk
