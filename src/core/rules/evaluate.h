// Evaluates conditions over answers in three values (Kleene logic): met, not met,
// unknown. An unanswered question, "I don't know", or a value a criterion lists
// in unknown_if is unknown, and unknown never counts against a family: a route
// whose only obstacles are unknown is "may be eligible", never "not eligible".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/offer/offer.h"
#include "core/rules/answers.h"
#include "core/rules/date.h"

namespace signpost::core::rules {

enum class Tri { kNotMet, kUnknown, kMet };
const char* to_string(Tri t);  // "not-met", "unknown", "met"

// One criterion's verdict, and the answer that decided it.
struct Reason {
  std::string criterion;
  Tri result = Tri::kUnknown;
  std::optional<AnswerValue> answer;
  // True when this criterion decided the overall result (e.g. the one unmet
  // criterion of an "all"); renderers show these first.
  bool decisive = false;
};

// How a pending answer ("applied, waiting for a decision") counts: unknown, as
// a family is told; or not met, to see whether the pending answers alone hold
// a route back (outcome.h's "not yet").
enum class Pending { kUnknown, kNotMet };

Tri evaluate_criterion(const offer::Criterion& c, const Answers& answers, Date today, Pending pending = Pending::kUnknown);
Tri evaluate(const offer::Offer& offer, const offer::Condition& c, const Answers& answers, Date today,
             Pending pending = Pending::kUnknown);

// Every criterion the condition uses, once each, in the order written.
std::vector<Reason> explain(const offer::Offer& offer, const offer::Condition& c, const Answers& answers, Date today);

}  // namespace signpost::core::rules
