// Criterion words: what a criterion's sentence ("criterion.<id>") is told, so
// that the rule's own numbers reach every language's sentence: {result} (met,
// not_met or unknown, as the sentence's select keys are spelt), and, for an age
// or a range, {min}, {max} and {until} (max + 1: "under {until}"). Changing an
// age in rules.json then changes every sentence; lint refuses a sentence that
// writes one of those numbers out itself (numbers_written_out).
// Depends on the core's offer and rules, and the MessageFormat argument types.
#pragma once

#include <string>
#include <vector>

#include "core/i18n/message_format.h"
#include "core/offer/offer.h"
#include "core/rules/evaluate.h"

namespace signpost::core::flow {

i18n::Args criterion_args(const offer::Criterion& criterion, rules::Tri result);

// The criterion's numbers (min, max, until) that `pattern` writes in digits of
// any script rather than as {min}, {max} or {until}; empty when none.
std::vector<long long> numbers_written_out(const std::string& pattern, const offer::Criterion& criterion);

}  // namespace signpost::core::flow
