// FocusItem: one stop of the keypad's focus on a kiosk screen, as the renderer
// saw it: what kind of thing it is, its words and its state. The kiosk turns it
// into speech. Depends on nothing (no ImGui), so headless code can use it.
#pragma once

#include <string>

namespace signpost::render::imgui {

struct FocusItem {
  enum class Role { kText, kButton, kOption, kField };
  Role role = Role::kText;
  std::string label;
  bool selected = false;  // kOption
  std::string value;      // kField: what is typed
};

}  // namespace signpost::render::imgui
