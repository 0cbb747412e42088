// Outcome: what a family can get through one route, and why. Turns a route's
// three-valued condition into one of four statuses, by the route's access:
//   open             met: eligible        unknown: may be eligible   not met: not eligible
//   self-assessment  met: eligible        unknown: may be eligible   not met: not eligible (+ otherwise)
//   assessment       met or unknown: the family can ask for an assessment; not met: not eligible
// and a fifth, "not yet": an open or self-assessed route that only answers
// still pending hold back (a benefit applied for, an EHCP being assessed). The
// family waits for the letter, and meanwhile may ask for an assessment.
#pragma once

#include <string>
#include <vector>

#include "core/offer/offer.h"
#include "core/rules/evaluate.h"

namespace signpost::core::rules {

enum class Status { kEligible, kMayBeEligible, kNotYet, kAssessment, kNotEligible };
// "eligible", "may-be-eligible", "not-yet", "assessment", "not-eligible"
const char* to_string(Status s);

struct Outcome {
  const offer::Route* route = nullptr;
  Status status = Status::kNotEligible;
  std::vector<Reason> reasons;
  // may-be-eligible: message keys saying what to check, from the unknown criteria.
  std::vector<std::string> checks;
  // not-yet: message keys saying what the family waits for (criteria's waiting_for).
  std::vector<std::string> waits;
  // Contacts saying how to claim what the family never applied for, where that
  // alone stands in the way (criteria's claim).
  std::vector<std::string> claims;
};

Outcome decide(const offer::Offer& offer, const offer::Route& route, const Answers& answers, Date today);
// Every route of the offer, in the order the pack lists them.
std::vector<Outcome> decide_all(const offer::Offer& offer, const Answers& answers, Date today);
// Only the statuses, for comparing what answers change (skip logic).
std::vector<Status> statuses(const offer::Offer& offer, const Answers& answers, Date today);

}  // namespace signpost::core::rules
