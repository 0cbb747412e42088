// KioskConfig: how one kiosk is set up (kiosk/kiosk.json): its council's offer,
// the languages its attract screen cycles through, idle times, keypad keys,
// speech, text size, printing, the web checker its QR code opens, where
// content updates come from, and where it keeps its counts of demand. Every complaint names the file and JSON path.
// Depends on the core's JSON reader only (no SDL: keys are SDL key names as text).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/json/diagnostics.h"

namespace signpost::kiosk {

// The keypad's actions, in the order the config lists them.
inline constexpr const char* kKeyActions[] = {"up", "down", "enter", "back", "help", "speech"};

// A family gets at least this long to answer "Are you still there?".
inline constexpr int kMinWarningSeconds = 20;

struct KioskConfig {
  std::string offer = "leicestershire";
  std::vector<std::string> attract_locales = {"en-GB"};
  int idle_seconds = 90;     // no input this long: the warning appears
  int warning_seconds = 30;  // the warning's countdown, then every answer is wiped
  std::map<std::string, std::vector<std::string>> keys;  // action -> key names ("Up", "Keypad 8")
  bool speech_on = false;
  int volume = 80;  // percent
  int rate = 160;   // words a minute
  float text_px = 40;         // standard text: a capital H of 28 px, 7.7 mm on a 24-inch 1080p screen
  float larger_text_px = 52;  // the larger-text option
  std::string printer;        // a CUPS destination; empty: save to print_folder
  std::string print_folder;
  std::string web_checker_url;
  std::string update_url;  // a content bundle's manifest.json; empty: no updates
  std::string content_dir;
  // Counts of demand (core/counts/tally.h): totals only, kept in this file; empty: nothing is counted.
  std::string counts_file;
};

// The defaults above, with every keypad action on its usual keys.
KioskConfig default_config();

// Reads kiosk.json's text; nullopt (with every problem in `out`) if it is wrong.
std::optional<KioskConfig> read_config(const std::string& text, const std::string& file, core::json::Diagnostics& out);

}  // namespace signpost::kiosk
