// Candidate answers for a question: the values worth trying when asking "could
// this answer change anything?". Each option of a choice; each option alone for
// a multi; for a date, birthdays giving each age either side of every age bound
// the offer's criteria name. Used by skip logic and by the reachability check.
#pragma once

#include <vector>

#include "core/offer/offer.h"
#include "core/rules/answers.h"
#include "core/rules/date.h"

namespace signpost::core::rules {

std::vector<AnswerValue> candidate_answers(const offer::Offer& offer, const offer::Question& question, Date today);

}  // namespace signpost::core::rules
