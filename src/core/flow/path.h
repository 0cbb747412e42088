// The path: which questions a family is asked, in order, given their answers.
// Skip logic lives here and nowhere else: a question is asked only while some
// value of it could still change some route's status (the voice question, who
// is doing the check, always comes first); then the signposting
// questions (where the family lives, what suits them). Derived from the answers
// every time, so back, change and reload need no stored history.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/offer/offer.h"
#include "core/rules/answers.h"
#include "core/rules/date.h"

namespace signpost::core::flow {

struct Path {
  std::vector<std::string> asked;   // answered questions on the path, in order
  std::optional<std::string> next;  // the first question still to ask; none: all done
};

Path walk_path(const offer::Offer& offer, const rules::Answers& answers, rules::Date today);

// Whether any value of `question` could change a route's status, given `known`.
bool can_change_outcome(const offer::Offer& offer, const offer::Question& question, const rules::Answers& known,
                        rules::Date today);

// The answers restricted to the questions on the path: answers left behind by a
// change (say, PIP after the date of birth moved under 16) no longer count.
rules::Answers answers_on_path(const rules::Answers& answers, const Path& path);

}  // namespace signpost::core::flow
