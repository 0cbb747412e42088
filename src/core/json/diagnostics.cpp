#include "core/json/diagnostics.h"

#include "core/text/echo.h"

namespace signpost::core::json {

namespace {

// A pointer's keys come from the input: each is echoed, cut and escaped.
std::string echoed_pointer(const std::string& pointer) {
  std::string out;
  for (std::size_t at = 0; at < pointer.size();) {
    std::size_t next = pointer.find('/', at + 1);
    if (next == std::string::npos) next = pointer.size();
    out += "/" + text::echo(std::string_view(pointer).substr(at + 1, next - at - 1));
    at = next;
  }
  return out;
}

}  // namespace

// The file is named by the caller, the pointer and the message may quote the
// input: none of them can reorder or flood the line.
std::string Diagnostic::to_string() const {
  const std::string where = text::echo(file, 200);
  const std::string what = text::escape_controls(message);
  if (line > 0) return where + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + what;
  if (!pointer.empty()) return where + ": " + echoed_pointer(pointer) + ": " + what;
  return where + ": " + what;
}

std::string Diagnostics::to_string() const {
  std::string out;
  for (const auto& d : items_) out += d.to_string() + "\n";
  return out;
}

}  // namespace signpost::core::json
