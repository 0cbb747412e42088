// Script: events for the kiosk to replay, one a line, so that tests (and a
// council checking a new offer) can walk the kiosk without touching it:
//   key up|down|enter|back|help|speech     a keypad key
//   tap X Y                                a touch at pixel X, Y
//   drag X Y DY                            a finger put down at X, Y and moved DY pixels down (up if negative)
//   type TEXT                              text, as typed on a keyboard
//   locale TAG                             the language, as if picked
//   idle SECONDS                           moves the idle clock on
//   wait MS                                lets real time pass (speech, frames)
//   screenshot NAME                        saves NAME.png in --screenshot-dir
//   expect TEXT                            fails the run unless the screen holds TEXT
//   press LABEL                            moves the keypad's focus to the item labelled LABEL and presses Enter
//   wiped                                  fails the run unless the attract screen is on and no answer or typing is held
//   mark TEXT                              prints "mark TEXT" on standard output at once (a test samples the process then)
// Blank lines and lines starting with # are skipped. Depends on the standard library.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace signpost::kiosk {

struct ScriptStep {
  enum class Kind { kKey, kTap, kDrag, kType, kLocale, kIdle, kWait, kScreenshot, kExpect, kPress, kWiped, kMark };
  Kind kind = Kind::kKey;
  std::string text;  // key name, typed text, locale, screenshot name, expected text, label to press, mark
  double x = 0, y = 0;  // tap, drag; idle seconds and wait milliseconds in x
  double dy = 0;        // drag
  int line = 0;
};

// Parses a script; nullopt with `error` ("script.txt:4: expected ...") on the first bad line.
std::optional<std::vector<ScriptStep>> parse_script(const std::string& text, const std::string& file, std::string* error);

}  // namespace signpost::kiosk
