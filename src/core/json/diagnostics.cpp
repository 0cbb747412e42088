#include "core/json/diagnostics.h"

namespace signpost::core::json {

std::string Diagnostic::to_string() const {
  if (line > 0) return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
  if (!pointer.empty()) return file + ": " + pointer + ": " + message;
  return file + ": " + message;
}

std::string Diagnostics::to_string() const {
  std::string out;
  for (const auto& d : items_) out += d.to_string() + "\n";
  return out;
}

}  // namespace signpost::core::json
