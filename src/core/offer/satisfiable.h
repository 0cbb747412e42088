// Whether any answers at all can meet a condition: a bounded search over each
// question's options (and, for dates, ages either side of every bound the
// criteria name), pruning a branch as soon as three-valued evaluation says it
// can no longer be met. Used to find unreachable routes in a pack.
#pragma once

#include "core/offer/offer.h"

namespace signpost::core::offer {

enum class Satisfiable { kYes, kNo, kGaveUp };

Satisfiable can_be_met(const Offer& offer, const Condition& condition);

}  // namespace signpost::core::offer
