#include "kiosk/core/keypad.h"

namespace signpost::kiosk {

Keypad keypad_for(const std::string& box) {
  if (box == "day" || box == "month" || box == "year") return Keypad::kDigits;
  if (box == "postcode" || box == "code") return Keypad::kPostcode;
  return Keypad::kText;
}

const std::vector<std::vector<std::string>>& keypad_rows(Keypad keypad) {
  static const std::vector<std::vector<std::string>> kDigits = {{"1", "2", "3"}, {"4", "5", "6"}, {"7", "8", "9"}};
  static const std::vector<std::vector<std::string>> kLetters = {
      {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"},
      {"Q", "W", "E", "R", "T", "Y", "U", "I", "O", "P"},
      {"A", "S", "D", "F", "G", "H", "J", "K", "L"},
      {"Z", "X", "C", "V", "B", "N", "M"},
  };
  return keypad == Keypad::kDigits ? kDigits : kLetters;
}

bool has_space(Keypad keypad) { return keypad == Keypad::kText; }

}  // namespace signpost::kiosk
