// Tally: the counts of demand, totals only. Each day holds how many checks
// finished, and of those how many had each outcome on each route, came from
// each district or area, were in each language, used easy read or not, were
// done by a parent or carer or the young person, and found no service within
// the near time for each kind of support, by district. No record is kept: a
// check adds one to each of its cells and is gone.
//
// A cell of an export with fewer than kSuppressBelow checks is written as
// "fewer than 5", so that no small group can be picked out. Where the cells of
// one day add up to its checks (a route's outcomes, districts, languages, easy
// read, voices) and only one is suppressed, the smallest other is written as
// "5 or more", so that the small one cannot be worked out by subtraction. A
// report that adds up exports keeps what is known of such cells as ranges.
// Schema: docs/counts.md. Depends on check_record.h and the JSON reader.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "core/counts/check_record.h"
#include "core/json/diagnostics.h"
#include "core/json/reader.h"

namespace signpost::core::counts {

inline constexpr const char* kTallyFormat = "signpost-counts";
inline constexpr int kTallyVersion = 1;
inline constexpr std::int64_t kSuppressBelow = 5;
inline constexpr const char* kSuppressedWords = "fewer than 5";
// A cell of 5 or more, written so to hide a suppressed cell beside it.
inline constexpr const char* kHiddenWords = "5 or more";

// A count, or what is known of one: from `low` to `high` (equal when exact).
struct Cell {
  std::int64_t low = 0, high = 0;
  bool exact() const { return low == high; }
  // Under the suppression threshold for certain, or possibly (a range reaching below it).
  bool small() const { return low < kSuppressBelow; }
  Cell& operator+=(const Cell& other) {
    low += other.low;
    high += other.high;
    return *this;
  }
  bool operator==(const Cell&) const = default;
};
// "12"; "fewer than 5"; "11 to 14" (a sum holding suppressed cells); "0" for none.
std::string to_words(const Cell& cell);

using Cells = std::map<std::string, Cell>;

struct DayCounts {
  Cell checks;
  std::map<std::string, Cells> outcomes;  // route -> status -> checks
  Cells areas, languages, easy_read, voices;  // easy_read: "on" | "off"; voices: "parent" | "young-person" | "not-said"
  std::map<std::string, Cells> gaps;          // support need -> area -> checks
};

struct Tally {
  std::string offer;
  std::map<std::string, DayCounts> days;  // YYYY-MM-DD, in order

  // One finished check, added to its day's cells.
  void add(const CheckRecord& record);
  // Another tally's cells, added to these (a report over several kiosks).
  void add(const Tally& other);
  // Every check counted.
  Cell checks() const;

  // As a counts file (every cell exact), or as an export, with every cell
  // under kSuppressBelow written as kSuppressedWords.
  json::Json to_json(bool suppress) const;
};

// The tally as an export shows it: what a report may know of it, cell by cell.
Tally suppressed(const Tally& tally);

// Reads a counts file or an export, as to_json writes them; nullopt, with each
// problem's file and JSON pointer in `out`, when it is not one.
std::optional<Tally> read_tally(const json::JsonReader& at);

}  // namespace signpost::core::counts
