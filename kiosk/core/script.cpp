#include "kiosk/core/script.h"

#include <cstdlib>
#include <sstream>

#include "core/text/echo.h"

namespace signpost::kiosk {
namespace {

bool number(const std::string& word, double& into) {
  if (word.empty()) return false;
  char* end = nullptr;
  into = std::strtod(word.c_str(), &end);
  return end != nullptr && *end == '\0' && into >= 0;
}

// The rest of the line after the command word, without its leading space.
std::string rest_of(const std::string& line, const std::string& command) {
  std::string rest = line.substr(command.size());
  std::size_t start = rest.find_first_not_of(" \t");
  return start == std::string::npos ? std::string() : rest.substr(start);
}

std::optional<ScriptStep> parse_line(const std::string& line, std::string* problem) {
  std::istringstream words(line);
  std::string command;
  words >> command;
  ScriptStep step;
  using Kind = ScriptStep::Kind;
  const std::string rest = rest_of(line, command);
  if (command == "key") {
    step.kind = Kind::kKey;
    step.text = rest;
    for (const char* k : {"up", "down", "enter", "back", "help", "speech"}) {
      if (rest == k) return step;
    }
    *problem = "expected key up, down, enter, back, help or speech, got " + core::text::quoted(rest);
  } else if (command == "tap") {
    std::string x, y, extra;
    words >> x >> y >> extra;
    step.kind = Kind::kTap;
    if (number(x, step.x) && number(y, step.y) && extra.empty()) return step;
    *problem = "expected tap X Y (two pixel positions), got " + core::text::quoted(rest);
  } else if (command == "drag") {
    std::string x, y, dy, extra;
    words >> x >> y >> dy >> extra;
    step.kind = Kind::kDrag;
    char* end = nullptr;
    step.dy = std::strtod(dy.c_str(), &end);
    if (number(x, step.x) && number(y, step.y) && !dy.empty() && end != nullptr && *end == '\0' && extra.empty()) return step;
    *problem = "expected drag X Y DY (a position and how far down to move), got " + core::text::quoted(rest);
  } else if (command == "wiped") {
    step.kind = Kind::kWiped;
    if (rest.empty()) return step;
    *problem = "expected nothing after wiped, got " + core::text::quoted(rest);
  } else if (command == "type" || command == "locale" || command == "screenshot" || command == "expect" || command == "press" ||
             command == "mark") {
    step.kind = command == "type"         ? Kind::kType
                : command == "locale"     ? Kind::kLocale
                : command == "screenshot" ? Kind::kScreenshot
                : command == "press"      ? Kind::kPress
                : command == "mark"       ? Kind::kMark
                                          : Kind::kExpect;
    step.text = rest;
    if (!rest.empty()) return step;
    *problem = "expected something after " + core::text::quoted(command);
  } else if (command == "idle" || command == "wait") {
    step.kind = command == "idle" ? Kind::kIdle : Kind::kWait;
    if (number(rest, step.x)) return step;
    *problem = "expected " + command + (command == "idle" ? " SECONDS" : " MS") + ", got " + core::text::quoted(rest);
  } else {
    *problem = "unknown command " + core::text::quoted(command) + " (expected key, tap, drag, type, locale, idle, wait, screenshot, expect, press, wiped or mark)";
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::vector<ScriptStep>> parse_script(const std::string& text, const std::string& file, std::string* error) {
  std::vector<ScriptStep> steps;
  std::istringstream lines(text);
  std::string line;
  int number_of_line = 0;
  while (std::getline(lines, line)) {
    ++number_of_line;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos || line[start] == '#') continue;
    line = line.substr(start);
    std::string problem;
    auto step = parse_line(line, &problem);
    if (!step) {
      *error = file + ":" + std::to_string(number_of_line) + ": " + problem;
      return std::nullopt;
    }
    step->line = number_of_line;
    steps.push_back(*step);
  }
  return steps;
}

}  // namespace signpost::kiosk
