// Kiosk scripts: every command parses into its step with its line number;
// comments, blank lines and Windows line ends are taken in their stride; and
// the first bad line stops the parse with "file:LINE: what was expected".
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kiosk/core/script.h"

using signpost::kiosk::parse_script;
using signpost::kiosk::ScriptStep;
using Kind = ScriptStep::Kind;

namespace {

constexpr const char* kFile = "walk.txt";

std::vector<ScriptStep> parse_ok(const std::string& text) {
  std::string error;
  auto steps = parse_script(text, kFile, &error);
  INFO(error);
  REQUIRE(steps);
  CHECK(error.empty());
  return *steps;
}

std::string parse_error(const std::string& text) {
  std::string error;
  auto steps = parse_script(text, kFile, &error);
  CHECK_FALSE(steps);
  return error;
}

ScriptStep one_step(const std::string& line) {
  CAPTURE(line);
  auto steps = parse_ok(line + "\n");
  REQUIRE(steps.size() == 1);
  return steps[0];
}

}  // namespace

TEST_CASE("script: each keypad key parses as a key step") {
  for (const char* key : {"up", "down", "enter", "back", "help", "speech"}) {
    const ScriptStep s = one_step(std::string("key ") + key);
    CHECK(s.kind == Kind::kKey);
    CHECK(s.text == key);
  }
}

TEST_CASE("script: tap takes two pixel positions, whole or not") {
  ScriptStep s = one_step("tap 960 540");
  CHECK(s.kind == Kind::kTap);
  CHECK(s.x == 960);
  CHECK(s.y == 540);
  s = one_step("tap 12.5 0");
  CHECK(s.x == doctest::Approx(12.5));
  CHECK(s.y == 0);
}

TEST_CASE("script: type keeps the text as typed, spaces and all") {
  ScriptStep s = one_step("type LE11 3TU");
  CHECK(s.kind == Kind::kType);
  CHECK(s.text == "LE11 3TU");
  s = one_step("type short  breaks near me");
  CHECK(s.text == "short  breaks near me");
  // Only the space after the command is not part of the text.
  s = one_step("type   swimming");
  CHECK(s.text == "swimming");
}

TEST_CASE("script: locale, screenshot and expect take the rest of the line") {
  ScriptStep s = one_step("locale pl");
  CHECK(s.kind == Kind::kLocale);
  CHECK(s.text == "pl");
  s = one_step("screenshot mo-result");
  CHECK(s.kind == Kind::kScreenshot);
  CHECK(s.text == "mo-result");
  s = one_step("expect Check your answers before sending");
  CHECK(s.kind == Kind::kExpect);
  CHECK(s.text == "Check your answers before sending");
}

TEST_CASE("script: idle takes seconds and wait takes milliseconds, both in x") {
  ScriptStep s = one_step("idle 95");
  CHECK(s.kind == Kind::kIdle);
  CHECK(s.x == 95);
  s = one_step("idle 0.5");
  CHECK(s.x == doctest::Approx(0.5));
  s = one_step("wait 250");
  CHECK(s.kind == Kind::kWait);
  CHECK(s.x == 250);
}

TEST_CASE("script: comments and blank lines are skipped, and each step keeps its own line number") {
  const auto steps = parse_ok(
      "# Mo at the kiosk\n"        // 1
      "\n"                         // 2
      "key enter\n"                // 3
      "   \t \n"                   // 4
      "  # indented comment\n"     // 5
      "  tap 100 200\n"            // 6
      "type Mo\n"                  // 7
      "screenshot start");         // 8, with no newline at the end
  REQUIRE(steps.size() == 4);
  CHECK(steps[0].kind == Kind::kKey);
  CHECK(steps[0].line == 3);
  CHECK(steps[1].kind == Kind::kTap);
  CHECK(steps[1].line == 6);
  CHECK(steps[2].kind == Kind::kType);
  CHECK(steps[2].line == 7);
  CHECK(steps[3].kind == Kind::kScreenshot);
  CHECK(steps[3].text == "start");
  CHECK(steps[3].line == 8);
}

TEST_CASE("script: an empty script, or one of comments only, has no steps") {
  CHECK(parse_ok("").empty());
  CHECK(parse_ok("# nothing yet\n\n").empty());
}

TEST_CASE("script: Windows line ends are read like Unix ones") {
  const auto steps = parse_ok("# walk\r\nkey up\r\ntype LE11 3TU\r\n\r\nexpect Done\r\nidle 5\r\n");
  REQUIRE(steps.size() == 4);
  CHECK(steps[0].text == "up");
  CHECK(steps[0].line == 2);
  CHECK(steps[1].text == "LE11 3TU");
  CHECK(steps[2].text == "Done");
  CHECK(steps[2].line == 5);
  CHECK(steps[3].x == 5);
  CHECK(parse_error("key up\r\nkey sideways\r\n").rfind("walk.txt:2: ", 0) == 0);
}

TEST_CASE("script: an unknown command is an error naming the file, the line and the command") {
  const std::string error = parse_error("key up\n\nclick 10 10\nkey down\n");
  CAPTURE(error);
  CHECK(error.rfind("walk.txt:3: ", 0) == 0);
  CHECK(error.find("unknown command \"click\"") != std::string::npos);
}

TEST_CASE("script: the first bad line stops the parse") {
  const std::string error = parse_error("key up\nkey left\nclick\n");
  CAPTURE(error);
  CHECK(error.rfind("walk.txt:2: ", 0) == 0);
  CHECK(error.find("click") == std::string::npos);
}

TEST_CASE("script: bad arguments are errors that say what was expected") {
  struct Case {
    const char* line;
    const char* says;
  };
  const Case cases[] = {
      {"key sideways", "expected key up, down, enter, back, help or speech, got \"sideways\""},
      {"key", "expected key up, down"},
      {"key up now", "got \"up now\""},
      {"key UP", "got \"UP\""},
      {"tap 10", "expected tap X Y"},
      {"tap", "expected tap X Y"},
      {"tap 10 20 30", "expected tap X Y"},
      {"tap ten 20", "expected tap X Y"},
      {"tap -5 20", "expected tap X Y"},
      {"idle -1", "expected idle SECONDS, got \"-1\""},
      {"idle", "expected idle SECONDS"},
      {"idle soon", "expected idle SECONDS"},
      {"wait 5ms", "expected wait MS"},
      {"type", "expected something after \"type\""},
      {"type   ", "expected something after \"type\""},
      {"locale", "expected something after \"locale\""},
      {"screenshot", "expected something after \"screenshot\""},
      {"expect", "expected something after \"expect\""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.line);
    const std::string error = parse_error(std::string("# bad\n") + c.line + "\n");
    CAPTURE(error);
    CHECK(error.rfind("walk.txt:2: ", 0) == 0);
    CHECK(error.find(c.says) != std::string::npos);
  }
}

TEST_CASE("script: a tab between a command and its argument is a separator, as a space is") {
  auto steps = parse_ok("type\tLE11\nkey\tup\n");
  REQUIRE(steps.size() == 2);
  CHECK(steps[0].text == "LE11");
  CHECK(steps[1].text == "up");
}

TEST_CASE("script: drag takes a position and how far the finger moves, up or down") {
  auto steps = parse_ok("drag 960 600 -400\n");
  REQUIRE(steps.size() == 1);
  CHECK(steps[0].kind == ScriptStep::Kind::kDrag);
  CHECK(steps[0].x == 960);
  CHECK(steps[0].y == 600);
  CHECK(steps[0].dy == -400);
  CHECK(parse_error("drag 960 600\n").find("walk.txt:1: expected drag X Y DY") != std::string::npos);
}
