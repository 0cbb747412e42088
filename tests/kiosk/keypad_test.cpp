// The keypad that fits the box: digits alone for a date's parts; digits and
// letters, with no space, for the first part of a postcode and an answers
// code; the whole keyboard with a space for a search.
#include <doctest/doctest.h>

#include "kiosk/core/keypad.h"

using namespace signpost::kiosk;

TEST_CASE("each box gets the keys that fit what is typed in it") {
  for (const char* part : {"day", "month", "year"}) {
    CAPTURE(part);
    CHECK(keypad_for(part) == Keypad::kDigits);
  }
  CHECK(keypad_for("postcode") == Keypad::kPostcode);
  CHECK(keypad_for("code") == Keypad::kPostcode);
  CHECK(keypad_for("q") == Keypad::kText);
  CHECK_FALSE(has_space(Keypad::kDigits));
  CHECK_FALSE(has_space(Keypad::kPostcode));
  CHECK(has_space(Keypad::kText));
  // Digits as on a phone: three to a row, 1 first; the 0 sits on the last row with Delete and Done.
  const auto& digits = keypad_rows(Keypad::kDigits);
  REQUIRE(digits.size() == 3);
  CHECK(digits[0] == std::vector<std::string>{"1", "2", "3"});
  std::size_t letters = 0;
  for (const auto& row : keypad_rows(Keypad::kPostcode)) letters += row.size();
  CHECK(letters == 36);  // every digit and every letter
}
