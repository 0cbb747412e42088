#include "core/rules/outcome.h"

#include <algorithm>

namespace signpost::core::rules {
namespace {

Status status_of(offer::Access access, Tri t) {
  if (access == offer::Access::kAssessment) return t == Tri::kNotMet ? Status::kNotEligible : Status::kAssessment;
  switch (t) {
    case Tri::kMet: return Status::kEligible;
    case Tri::kUnknown: return Status::kMayBeEligible;
    case Tri::kNotMet: return Status::kNotEligible;
  }
  return Status::kNotEligible;
}

}  // namespace

const char* to_string(Status s) {
  switch (s) {
    case Status::kEligible: return "eligible";
    case Status::kMayBeEligible: return "may-be-eligible";
    case Status::kAssessment: return "assessment";
    case Status::kNotEligible: return "not-eligible";
  }
  return "not-eligible";
}

Outcome decide(const offer::Offer& offer, const offer::Route& route, const Answers& answers, Date today) {
  Outcome out;
  out.route = &route;
  out.status = status_of(route.access, evaluate(offer, route.when, answers, today));
  out.reasons = explain(offer, route.when, answers, today);
  if (out.status == Status::kMayBeEligible) {
    for (const auto& r : out.reasons) {
      if (r.result != Tri::kUnknown || !r.decisive) continue;
      const auto* c = offer.criterion(r.criterion);
      if (c != nullptr && !c->check.empty() && std::find(out.checks.begin(), out.checks.end(), c->check) == out.checks.end())
        out.checks.push_back(c->check);
    }
  }
  return out;
}

std::vector<Outcome> decide_all(const offer::Offer& offer, const Answers& answers, Date today) {
  std::vector<Outcome> out;
  out.reserve(offer.routes.size());
  for (const auto& route : offer.routes) out.push_back(decide(offer, route, answers, today));
  return out;
}

std::vector<Status> statuses(const offer::Offer& offer, const Answers& answers, Date today) {
  std::vector<Status> out;
  out.reserve(offer.routes.size());
  for (const auto& route : offer.routes) out.push_back(status_of(route.access, evaluate(offer, route.when, answers, today)));
  return out;
}

}  // namespace signpost::core::rules
