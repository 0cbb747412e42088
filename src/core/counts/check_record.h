// CheckRecord: what one finished check adds to the counts of demand, and
// nothing more. It holds the day, the offer, each route's outcome status, the
// postcode district or named area (never a full postcode), the language, easy
// read on or off, who did the check (a parent or carer, or the young person),
// and the kinds of support the family asked for that no service gives within
// the offer's near time. It never holds a date of birth, a postcode, an answer
// to any other question, or anything that tells one family from another. The
// kiosk adds records to its totals (tally.h); the web checker sends one, and
// only when the family says yes. Schema: docs/counts.md. Depends on the core.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/directory/directory.h"
#include "core/json/diagnostics.h"
#include "core/json/reader.h"
#include "core/offer/offer.h"
#include "core/rules/answers.h"
#include "core/rules/date.h"
#include "core/rules/outcome.h"

namespace signpost::core::counts {

inline constexpr const char* kRecordFormat = "signpost-check";
inline constexpr int kRecordVersion = 1;
// Where the family gave no place.
inline constexpr const char* kNoArea = "not-given";

struct CheckRecord {
  std::string offer;
  std::string day;     // YYYY-MM-DD
  std::string locale;  // the language the check finished in
  bool easy_read = false;
  std::string voice;                            // "parent" | "young-person" | "" (not said)
  std::string area = kNoArea;                   // "LE11", or a named area's id
  std::map<std::string, std::string> outcomes;  // route id -> "eligible" | "may-be-eligible" | ...
  std::vector<std::string> gaps;                // support needs with no service within the near time

  json::Json to_json() const;
};

// The record of a check that reached its result, from the answers that count.
// With no directory, or no place given, no gap can be known and none is named.
CheckRecord record_of(const offer::Offer& offer, const directory::Directory* directory, const rules::Answers& counted,
                      const std::vector<rules::Outcome>& outcomes, rules::Date today, const std::string& locale, bool easy_read);

// Reads a record as to_json writes it; nullopt, with each problem's file and
// JSON pointer in `out`, when it is not one.
std::optional<CheckRecord> read_record(const json::JsonReader& at);

}  // namespace signpost::core::counts
