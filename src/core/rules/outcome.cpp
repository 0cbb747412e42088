#include "core/rules/outcome.h"

#include <algorithm>

namespace signpost::core::rules {
namespace {

void add_once(std::vector<std::string>& list, const std::string& key) {
  if (!key.empty() && std::find(list.begin(), list.end(), key) == list.end()) list.push_back(key);
}

// Unknown only because of pending answers: counting them as not met, the route is not met.
bool held_back_by_pending(const offer::Offer& offer, const offer::Route& route, const Answers& answers, Date today, Tri t) {
  return route.access != offer::Access::kAssessment && t == Tri::kUnknown &&
         evaluate(offer, route.when, answers, today, Pending::kNotMet) == Tri::kNotMet;
}

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
    case Status::kNotYet: return "not-yet";
    case Status::kAssessment: return "assessment";
    case Status::kNotEligible: return "not-eligible";
  }
  return "not-eligible";
}

Outcome decide(const offer::Offer& offer, const offer::Route& route, const Answers& answers, Date today) {
  Outcome out;
  out.route = &route;
  const Tri t = evaluate(offer, route.when, answers, today);
  out.status = held_back_by_pending(offer, route, answers, today, t) ? Status::kNotYet : status_of(route.access, t);
  out.reasons = explain(offer, route.when, answers, today);
  for (const auto& r : out.reasons) {
    const auto* c = offer.criterion(r.criterion);
    const auto* given = r.answer ? std::get_if<std::string>(&*r.answer) : nullptr;
    if (c != nullptr && r.decisive && r.result == Tri::kNotMet && given != nullptr &&
        std::find(c->claim_if.begin(), c->claim_if.end(), *given) != c->claim_if.end())
      add_once(out.claims, c->claim_contact);
  }
  if (out.status != Status::kMayBeEligible && out.status != Status::kNotYet) return out;
  for (const auto& r : out.reasons) {
    if (r.result != Tri::kUnknown || !r.decisive) continue;
    const auto* c = offer.criterion(r.criterion);
    if (c == nullptr) continue;
    const auto* given = r.answer ? std::get_if<std::string>(&*r.answer) : nullptr;
    const bool pending = given != nullptr && std::find(c->pending.begin(), c->pending.end(), *given) != c->pending.end();
    add_once(pending ? out.waits : out.checks, pending ? c->waiting_for : c->check);
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
  for (const auto& route : offer.routes) {
    const Tri t = evaluate(offer, route.when, answers, today);
    out.push_back(held_back_by_pending(offer, route, answers, today, t) ? Status::kNotYet : status_of(route.access, t));
  }
  return out;
}

}  // namespace signpost::core::rules
