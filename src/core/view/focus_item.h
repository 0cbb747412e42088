// FocusItem: one stop of the keypad's focus on a screen, as a renderer drew it:
// what kind of thing it is, its words and its state. A renderer reports them;
// the kiosk turns them into speech. Depends on nothing, so headless code and
// every renderer can use it.
#pragma once

#include <string>

namespace signpost::core::view {

struct FocusItem {
  enum class Role { kText, kButton, kOption, kField };
  Role role = Role::kText;
  std::string label;
  bool selected = false;  // kOption
  std::string value;      // kField: what is typed
};

}  // namespace signpost::core::view
