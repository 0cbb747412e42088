// Reading what the report adds up: a kiosk's counts file or export (a Tally),
// or records the web checker sent (one record, an array of them, or one a line
// as an endpoint may append them). Depends on tally.h.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/counts/tally.h"
#include "core/json/diagnostics.h"

namespace signpost::core::counts {

struct ReadCounts {
  Tally tally;
  std::size_t records = 0;  // web records added; 0 for a kiosk's tally
};

// Reads `text` from `file`; nullopt, with each problem's place (file, line,
// JSON pointer) in `out`, when any part of it is not what it should be.
std::optional<ReadCounts> read_counts(std::string_view text, const std::string& file, json::Diagnostics& out);

}  // namespace signpost::core::counts
