// The voice of one family's check: whether a parent or carer or the young
// person is doing it (the offer's voice question, "who"), and the ages at which
// the young person may do it. Depends on the offer and the answers only.
#pragma once

#include "core/i18n/message_format.h"
#include "core/i18n/voice.h"
#include "core/offer/offer.h"
#include "core/rules/answers.h"
#include "core/rules/date.h"

namespace signpost::core::flow {

// The offer's voice question; nullptr if it has none (lint requires one).
const offer::Question* voice_question(const offer::Offer& offer);

// The voice the answers chose; a parent's until the question is answered.
i18n::Voice voice_in(const offer::Offer& offer, const rules::Answers& answers);

// The date of birth the voice question's ages are held against: the offer's
// date question (lint requires exactly one); nullptr if it has none.
const offer::Question* birth_question(const offer::Offer& offer);

// True when the answers say the young person is checking and give a date of
// birth outside the voice question's ages on `today`.
bool outside_voice_ages(const offer::Offer& offer, const rules::Answers& answers, rules::Date today);

// The voice question's ages as {min} and {max}, for its words.
i18n::Args voice_ages(const offer::Offer& offer);

}  // namespace signpost::core::flow
