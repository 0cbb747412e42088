#include "kiosk/core/config.h"

#include "core/json/reader.h"
#include "core/text/echo.h"

namespace signpost::kiosk {
namespace {

using core::json::JsonReader;

void read_int(const JsonReader& parent, const char* key, int min, int max, int& into) {
  if (!parent.has(key)) return;
  if (auto v = parent.member(key).integer_in(min, max)) into = static_cast<int>(*v);
}

void read_string(const JsonReader& parent, const char* key, std::string& into) {
  if (!parent.has(key)) return;
  if (auto v = parent.member(key).string()) into = *v;
}

void read_keys(const JsonReader& keys, KioskConfig& c) {
  if (!keys.expect_object()) return;
  for (const char* action : kKeyActions) {
    if (!keys.has(action)) continue;
    auto names = keys.member(action).strings();
    if (names && names->empty()) keys.member(action).error("expected at least one key for " + core::text::quoted(std::string(action)));
    else if (names) c.keys[action] = *names;
  }
  keys.only_keys({"up", "down", "enter", "back", "help", "speech"});
}

void read_sections(const JsonReader& root, KioskConfig& c) {
  if (root.has("speech")) {
    auto s = root.member("speech");
    if (s.expect_object()) {
      if (s.has("on")) c.speech_on = s.member("on").boolean().value_or(c.speech_on);
      read_int(s, "volume", 0, 100, c.volume);
      read_int(s, "rate", 80, 450, c.rate);
      s.only_keys({"on", "volume", "rate"});
    }
  }
  if (root.has("text")) {
    auto t = root.member("text");
    int standard = static_cast<int>(c.text_px), larger = static_cast<int>(c.larger_text_px);
    read_int(t, "size_px", 40, 120, standard);
    read_int(t, "larger_size_px", 40, 160, larger);
    c.text_px = static_cast<float>(standard);
    c.larger_text_px = static_cast<float>(larger);
    t.only_keys({"size_px", "larger_size_px"});
  }
  if (root.has("print")) {
    auto p = root.member("print");
    read_string(p, "printer", c.printer);
    read_string(p, "folder", c.print_folder);
    p.only_keys({"printer", "folder"});
  }
  if (root.has("content")) {
    auto t = root.member("content");
    read_string(t, "update_url", c.update_url);
    read_string(t, "dir", c.content_dir);
    t.only_keys({"update_url", "dir"});
  }
  if (root.has("counts")) {
    auto t = root.member("counts");
    read_string(t, "file", c.counts_file);
    t.only_keys({"file"});
  }
}

}  // namespace

KioskConfig default_config() {
  KioskConfig c;
  c.keys = {{"up", {"Up", "Keypad 8"}},          {"down", {"Down", "Keypad 2", "Tab"}},
            {"enter", {"Return", "Keypad Enter"}}, {"back", {"Escape", "Keypad 4", "AC Back"}},
            {"help", {"F1", "Keypad /"}},          {"speech", {"F2", "Keypad *"}}};
  return c;
}

std::optional<KioskConfig> read_config(const std::string& text, const std::string& file, core::json::Diagnostics& out) {
  const std::size_t before = out.size();
  auto doc = core::json::parse(text, file, out);
  if (!doc) return std::nullopt;
  JsonReader root(*doc, file, "", out);
  if (!root.expect_object()) return std::nullopt;
  KioskConfig c = default_config();
  read_string(root, "offer", c.offer);
  if (root.has("attract_locales")) {
    auto locales = root.member("attract_locales").strings();
    if (locales && locales->empty()) root.member("attract_locales").error("expected at least one language for the attract screen");
    else if (locales) c.attract_locales = *locales;
  }
  read_int(root, "idle_seconds", 15, 3600, c.idle_seconds);
  read_int(root, "warning_seconds", kMinWarningSeconds, 600, c.warning_seconds);
  if (root.has("keys")) read_keys(root.member("keys"), c);
  read_string(root, "web_checker_url", c.web_checker_url);
  read_sections(root, c);
  root.only_keys({"offer", "attract_locales", "idle_seconds", "warning_seconds", "keys", "speech", "text", "print",
                  "web_checker_url", "content", "counts"});
  if (out.size() != before) return std::nullopt;
  return c;
}

}  // namespace signpost::kiosk
