// Cross-checks an offer that has been read without errors: ids that must exist
// (questions, options, tiers, contacts, routes, named conditions), duplicate
// ids, cycles between named conditions, criteria that do not fit their question,
// and routes and questions no family could ever reach.
#pragma once

#include <string>

#include "core/json/diagnostics.h"
#include "core/offer/offer.h"

namespace signpost::core::offer {

// `dir` is the pack's folder as reported, e.g. "offers/leicestershire/".
void check_offer(const Offer& offer, const std::string& dir, json::Diagnostics& out);

}  // namespace signpost::core::offer
