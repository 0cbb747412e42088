// Reads the condition trees of rules.json (all / any / not / ref / criteria) and
// provenance blocks, reporting every fault with its JSON pointer.
// Depends on json/reader.h and offer.h.
#pragma once

#include <optional>
#include <vector>

#include "core/json/reader.h"
#include "core/offer/offer.h"

namespace signpost::core::offer {

inline constexpr int kMaxConditionDepth = 32;

// Appends the criteria it meets to `criteria`; nullopt after reporting an error.
std::optional<Condition> read_condition(const json::JsonReader& r, std::vector<Criterion>& criteria, int depth = 0);

// "source": "published" with "page", or "assumed" with "note".
Provenance read_provenance(const json::JsonReader& r);

// An object of named facts: {"hours": {"value": 181, "source": "assumed", "note": "..."}}.
std::vector<Fact> read_facts(const json::JsonReader& r);

}  // namespace signpost::core::offer
