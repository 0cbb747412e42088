// signpost-kiosk: the library and family-hub kiosk. Reads kiosk.json, loads the
// newest good content (an updated bundle, or the content built in), and opens
// the kiosk full screen. Options:
//   --config FILE          kiosk.json (default: kiosk/kiosk.json)
//   --script FILE          replays events (see kiosk/core/script.h)
//   --screenshot-dir DIR   where `screenshot NAME` saves NAME.png
//   --exit-after-script    closes when the script ends (exit 3 if an `expect` failed)
//   --window WxH           a window of that size instead of full screen (1080x1920: portrait)
//   --today YYYY-MM-DD     the date the check counts ages from (tests)
//   --speech-capture DIR   also writes every utterance as a WAV file (tests only)
//   --report-first-frame   prints "first-frame-ms N" when the first frame is up (bench)
//   --update-only          fetches content once from content.update_url and exits
//   --export-counts FILE   writes the counts of demand (counts.file) to FILE, every cell under 5 suppressed, and exits
#include <SDL.h>

#include <algorithm>
#include <chrono>
#include <iostream>

#include "core/rules/date.h"
#include "kiosk/app/kiosk_app.h"
#include "platform/native/read_file.h"
#include "kiosk/core/demand_counts.h"
#include "kiosk/core/newest_content.h"
#include "platform/native/update_command.h"

namespace {

using signpost::kiosk::KioskConfig;
using signpost::kiosk::LaunchOptions;

int usage(const std::string& problem) {
  std::cerr << "signpost-kiosk: " << problem << "\n"
            << "usage: signpost-kiosk [--config FILE] [--script FILE] [--screenshot-dir DIR] [--exit-after-script]\n"
            << "                      [--window WxH] [--today YYYY-MM-DD] [--speech-capture DIR] [--report-first-frame]\n"
            << "       signpost-kiosk --update-only [--config FILE]\n"
            << "       signpost-kiosk --export-counts FILE [--config FILE]\n";
  return 2;
}

std::optional<KioskConfig> load_config(const std::string& file) {
  auto text = signpost::platform::read_file(file);
  if (!text) {
    std::cerr << "signpost-kiosk: " << file << ": cannot be read\n";
    return std::nullopt;
  }
  signpost::core::json::Diagnostics problems;
  auto config = signpost::kiosk::read_config(*text, file, problems);
  if (!config) std::cerr << problems.to_string();
  return config;
}


}  // namespace

int main(int argc, char** argv) {
  LaunchOptions options;
  options.config_file = "kiosk/kiosk.json";
  bool update_only = false;
  std::string export_file;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    const char* v = nullptr;
    if (arg == "--exit-after-script") options.exit_after_script = true;
    else if (arg == "--report-first-frame") options.report_first_frame = true;
    else if (arg == "--update-only") update_only = true;
    else if (arg == "--config" && (v = value())) options.config_file = v;
    else if (arg == "--export-counts" && (v = value())) export_file = v;
    else if (arg == "--script" && (v = value())) options.script_file = v;
    else if (arg == "--screenshot-dir" && (v = value())) options.screenshot_dir = v;
    else if (arg == "--speech-capture" && (v = value())) options.speech_capture_dir = v;
    else if (arg == "--window" && (v = value())) {
      if (std::sscanf(v, "%dx%d", &options.window_w, &options.window_h) != 2 || options.window_w < 320 || options.window_h < 320)
        return usage("--window: expected WIDTHxHEIGHT, such as 1080x1920");
    } else if (arg == "--today" && (v = value())) {
      auto d = signpost::core::rules::parse_iso_date(v);
      if (!d) return usage("--today: expected a real date as YYYY-MM-DD");
      options.today = *d;
    } else {
      return usage("unknown or incomplete option " + arg);
    }
  }
  auto config = load_config(options.config_file);
  if (!config) return 2;
  // Every key name must be one SDL knows: a misspelt one would otherwise never work.
  for (const auto& [action, names] : config->keys) {
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (SDL_GetKeyFromName(names[i].c_str()) == SDLK_UNKNOWN) {
        std::cerr << options.config_file << ": /keys/" << action << "/" << i << ": no key is named \"" << names[i]
                  << "\"; expected a key name such as Up, Return, Keypad 8 or F1\n";
        return 2;
      }
    }
  }
  if (update_only) {
    if (config->update_url.empty()) return usage(options.config_file + ": content.update_url is empty: nothing to update from");
    return signpost::platform::run_update_only(config->update_url, config->content_dir, std::cout, std::cerr);
  }
  if (!export_file.empty()) {
    if (config->counts_file.empty()) return usage(options.config_file + ": counts.file is empty: this kiosk counts nothing");
    std::string error;
    if (!signpost::kiosk::export_counts(config->counts_file, config->offer, export_file, error)) {
      std::cerr << "signpost-kiosk: " << error << "\n";
      return 1;
    }
    std::cout << "counts exported to " << export_file << " (every count under 5 shown as \"fewer than 5\")\n";
    return 0;
  }
  std::string which;
  auto content = signpost::kiosk::load_newest_content(*config, &which);
  if (!content) {
    std::cerr << "signpost-kiosk: " << which;
    return 2;
  }
  // Every language on the attract screen must be one the content has words for.
  const auto locales = content->catalogs.locales();
  for (std::size_t i = 0; i < config->attract_locales.size(); ++i) {
    const std::string& tag = config->attract_locales[i];
    if (std::find(locales.begin(), locales.end(), tag) == locales.end()) {
      std::cerr << options.config_file << ": /attract_locales/" << i << ": the content has no words in \"" << tag
                << "\"; expected one of its languages, such as en-GB, pl or ur\n";
      return 2;
    }
  }
  signpost::kiosk::KioskApp app(options, *config, std::move(content));
  return app.run();
}
