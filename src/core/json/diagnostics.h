// Diagnostics: errors in content, each saying where (file, JSON pointer, or line
// and column) and what was expected. Depends on the standard library only.
#pragma once

#include <string>
#include <vector>

namespace signpost::core::json {

struct Diagnostic {
  std::string file;     // as the author knows it, e.g. "offers/<council>/rules.json"
  std::string pointer;  // RFC 6901 JSON pointer; empty for whole-file and syntax errors
  int line = 0;         // 1-based; 0 when the error is not tied to a line
  int column = 0;
  std::string message;

  // "file: /pointer: message", or "file:line:column: message", or "file: message".
  std::string to_string() const;
};

class Diagnostics {
 public:
  void add(Diagnostic d) { items_.push_back(std::move(d)); }
  void error(std::string file, std::string pointer, std::string message) {
    items_.push_back({std::move(file), std::move(pointer), 0, 0, std::move(message)});
  }
  void append(const Diagnostics& other) { items_.insert(items_.end(), other.items_.begin(), other.items_.end()); }
  bool empty() const { return items_.empty(); }
  std::size_t size() const { return items_.size(); }
  const std::vector<Diagnostic>& items() const { return items_; }
  // Every diagnostic on its own line.
  std::string to_string() const;

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace signpost::core::json
