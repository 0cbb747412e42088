// Cross-checks an offer that has been read without errors: ids that must exist
// (questions, options, tiers, contacts, routes, named conditions), duplicate
// ids, cycles between named conditions, criteria that do not fit their question,
// and routes and questions no family could ever reach.
#pragma once

#include <string>

#include "core/json/diagnostics.h"
#include "core/offer/offer.h"

namespace signpost::core::offer {

// What loading an offer checks. kAll: everything above, as lint reports it.
// kSoundness: only what the check itself relies on to run safely (every id it
// follows exists, every criterion fits its question, named conditions do not
// go round in a circle), leaving the authoring findings to lint: routes and
// questions no family could reach, facts without the page they were read
// from, a missing version. The web module loads with kSoundness: its content
// file is written by `make dist` only after lint has passed, and the search
// for unreachable routes is the costliest check to carry in the module.
enum class Checks { kAll, kSoundness };

// `dir` is the pack's folder as reported, e.g. "offers/leicestershire/".
void check_offer(const Offer& offer, const std::string& dir, json::Diagnostics& out, Checks checks = Checks::kAll);

}  // namespace signpost::core::offer
