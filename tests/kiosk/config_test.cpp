// The kiosk's configuration: the real kiosk/kiosk.json reads cleanly and sets
// up the Leicestershire kiosk; what a file leaves out keeps its default; and
// every mistake is refused with the file and JSON pointer it is at (a warning
// too short to read, unknown keys, a key with no keys, wrong types, bad JSON).
#include "../core/support.h"

#include <algorithm>

#include "kiosk/core/config.h"

using namespace signpost;
using kiosk::KioskConfig;

namespace {

constexpr const char* kFile = "kiosk/kiosk.json";

struct Read {
  std::optional<KioskConfig> config;
  core::json::Diagnostics out;
  std::string messages() const { return out.to_string(); }
};

Read read(const std::string& text) {
  Read r;
  r.config = kiosk::read_config(text, kFile, r.out);
  return r;
}

// The text refused, with exactly one problem whose message holds every one of `parts`.
void check_refused(const std::string& text, std::initializer_list<std::string> parts) {
  CAPTURE(text);
  const Read r = read(text);
  const std::string messages = r.messages();
  CAPTURE(messages);
  CHECK_FALSE(r.config);
  CHECK(r.out.size() == 1);
  CHECK(messages.rfind(std::string(kFile), 0) == 0);
  for (const auto& part : parts) {
    CAPTURE(part);
    CHECK(messages.find(part) != std::string::npos);
  }
}

}  // namespace

TEST_CASE("config: the real kiosk.json reads without problems and sets up the Leicestershire kiosk") {
  const Read r = read(test::read_source_file(kFile));
  INFO(r.messages());
  CHECK(r.out.empty());
  REQUIRE(r.config);
  const KioskConfig& c = *r.config;
  CHECK(c.offer == "leicestershire");
  CHECK(c.warning_seconds >= kiosk::kMinWarningSeconds);
  CHECK(c.idle_seconds > 0);
  REQUIRE_FALSE(c.attract_locales.empty());
  CHECK(c.attract_locales.front() == "en-GB");
  for (const char* action : kiosk::kKeyActions) {
    CAPTURE(action);
    REQUIRE(c.keys.count(action) == 1);
    CHECK_FALSE(c.keys.at(action).empty());
  }
  // What the file says, not the default: Space also chooses.
  const auto& enter = c.keys.at("enter");
  CHECK(std::find(enter.begin(), enter.end(), "Space") != enter.end());
  CHECK(c.text_px >= 40);
  CHECK(c.larger_text_px > c.text_px);
}

TEST_CASE("config: the defaults give every keypad action a key and a warning long enough to read") {
  const KioskConfig c = kiosk::default_config();
  CHECK(c.warning_seconds >= kiosk::kMinWarningSeconds);
  CHECK(c.idle_seconds > 0);
  CHECK(c.keys.size() == std::size(kiosk::kKeyActions));
  for (const char* action : kiosk::kKeyActions) {
    CAPTURE(action);
    REQUIRE(c.keys.count(action) == 1);
    CHECK_FALSE(c.keys.at(action).empty());
  }
}

TEST_CASE("config: an empty object is the defaults, and what a file leaves out keeps its default") {
  const Read empty = read("{}");
  INFO(empty.messages());
  REQUIRE(empty.config);
  const KioskConfig d = kiosk::default_config();
  CHECK(empty.config->offer == d.offer);
  CHECK(empty.config->idle_seconds == d.idle_seconds);
  CHECK(empty.config->warning_seconds == d.warning_seconds);
  CHECK(empty.config->keys == d.keys);

  const Read some = read(R"({"offer": "dorset", "warning_seconds": 45, "keys": {"up": ["W"]}, "speech": {"rate": 200}})");
  INFO(some.messages());
  REQUIRE(some.config);
  CHECK(some.config->offer == "dorset");
  CHECK(some.config->warning_seconds == 45);
  CHECK(some.config->keys.at("up") == std::vector<std::string>{"W"});
  CHECK(some.config->keys.at("down") == d.keys.at("down"));
  CHECK(some.config->rate == 200);
  CHECK(some.config->volume == d.volume);
}

TEST_CASE("config: a warning shorter than 20 seconds is refused, naming /warning_seconds") {
  check_refused(R"({"warning_seconds": 10})", {"/warning_seconds", "20", "10"});
  // The shortest allowed is accepted.
  const Read r = read(R"({"warning_seconds": 20})");
  INFO(r.messages());
  REQUIRE(r.config);
  CHECK(r.config->warning_seconds == kiosk::kMinWarningSeconds);
}

TEST_CASE("config: numbers out of range are refused, each naming its JSON pointer") {
  check_refused(R"({"idle_seconds": 5})", {"/idle_seconds"});
  check_refused(R"({"speech": {"volume": 101}})", {"/speech/volume", "0 to 100"});
  check_refused(R"({"text": {"size_px": 12}})", {"/text/size_px"});
}

TEST_CASE("config: an unknown key is reported, at the top and inside a section") {
  check_refused(R"({"offer": "leicestershire", "colour": "red"})", {"/colour", "unknown key"});
  check_refused(R"({"speech": {"on": true, "loud": true}})", {"/speech/loud", "unknown key"});
  check_refused(R"({"keys": {"sideways": ["Left"]}})", {"/keys/sideways", "unknown key"});
}

TEST_CASE("config: a keypad action with an empty list of keys is refused") {
  check_refused(R"({"keys": {"up": []}})", {"/keys/up", "at least one key"});
}

TEST_CASE("config: wrong types are refused, each saying what was expected") {
  check_refused(R"({"idle_seconds": "90"})", {"/idle_seconds", "expected an integer"});
  check_refused(R"({"offer": 3})", {"/offer", "expected a string"});
  check_refused(R"({"keys": {"down": "Down"}})", {"/keys/down", "expected an array"});
  check_refused(R"({"keys": {"down": ["Down", 2]}})", {"/keys/down/1", "expected a string"});
  check_refused(R"({"keys": ["Up"]})", {"/keys", "expected an object"});
  check_refused(R"({"speech": {"on": "yes"}})", {"/speech/on", "true or false"});
  check_refused(R"(["leicestershire"])", {"expected an object"});
}

TEST_CASE("config: every problem in a file is reported at once") {
  const Read r = read(R"({"warning_seconds": 10, "colour": "red", "keys": {"help": []}})");
  const std::string messages = r.messages();
  CAPTURE(messages);
  CHECK_FALSE(r.config);
  CHECK(r.out.size() == 3);
  CHECK(messages.find("/warning_seconds") != std::string::npos);
  CHECK(messages.find("/colour") != std::string::npos);
  CHECK(messages.find("/keys/help") != std::string::npos);
}

TEST_CASE("config: a JSON syntax error names the file and its line") {
  const std::string text = "{\n  \"offer\": \"leicestershire\",\n  \"idle_seconds\": 90,,\n  \"warning_seconds\": 30\n}\n";
  const Read r = read(text);
  const std::string messages = r.messages();
  CAPTURE(messages);
  CHECK_FALSE(r.config);
  REQUIRE(r.out.size() == 1);
  CHECK(r.out.items()[0].line == 3);
  CHECK(messages.rfind(std::string(kFile) + ":3:", 0) == 0);
  CHECK(messages.find("syntax error") != std::string::npos);
}

TEST_CASE("config: an attract screen with no languages is refused, not silently replaced") {
  check_refused(R"({"attract_locales": []})", {"/attract_locales", "at least one language"});
}
