#include "core/counts/read_counts.h"

#include <vector>

namespace signpost::core::counts {

namespace {

// One line for each record: more than one line, and each that is not blank an object.
bool one_record_a_line(std::string_view text) {
  std::size_t lines = 0, start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    const std::size_t first = line.find_first_not_of(" \t\r");
    if (first != std::string_view::npos) {
      if (line[first] != '{') return false;
      ++lines;
    }
    start = end + 1;
  }
  return lines > 1;
}

bool add_record(ReadCounts& into, const json::JsonReader& at) {
  auto record = read_record(at);
  if (!record) return false;
  into.tally.add(*record);
  ++into.records;
  return true;
}

}  // namespace

std::optional<ReadCounts> read_counts(std::string_view text, const std::string& file, json::Diagnostics& out) {
  const std::size_t before = out.size();
  ReadCounts read;
  if (one_record_a_line(text)) {
    std::size_t start = 0;
    for (int line = 1; start < text.size(); ++line) {
      std::size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      const std::string_view body = text.substr(start, end - start);
      start = end + 1;
      if (body.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      const std::string where = file + ":" + std::to_string(line);
      if (auto j = json::parse(body, where, out)) add_record(read, json::JsonReader(*j, where, "", out));
    }
    return out.size() == before ? std::optional<ReadCounts>(std::move(read)) : std::nullopt;
  }
  auto j = json::parse(text, file, out);
  if (!j) return std::nullopt;
  const json::JsonReader at(*j, file, "", out);
  if (j->is_array()) {
    for (std::size_t i = 0; i < j->size(); ++i) add_record(read, at.element(i));
  } else if (j->is_object() && j->contains("format") && (*j)["format"] == kTallyFormat) {
    if (auto tally = read_tally(at)) read.tally = std::move(*tally);
  } else if (j->is_object()) {
    add_record(read, at);
  } else {
    at.expected(std::string("a kiosk's counts (\"format\": \"") + kTallyFormat + "\"), a web record (\"format\": \"" + kRecordFormat +
                "\") or an array of records");
  }
  return out.size() == before ? std::optional<ReadCounts>(std::move(read)) : std::nullopt;
}

}  // namespace signpost::core::counts
