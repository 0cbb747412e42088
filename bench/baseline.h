// The baseline every bench figure is compared with, measured in the same run:
// reading Mo's answers (from the Leicestershire case studies) from JSON.
#pragma once

#include <cstdlib>
#include <string>

#include "core/rules/answers.h"
#include "measure.h"

namespace signpost::bench {

inline const std::string kMoAnswers = R"({"who": "parent", "lives_in_area": "yes", "date_of_birth": "2017-05-14", "disability": "yes",
    "dla_care": "high", "ehcp": "yes", "support_needs": ["holiday-activities"], "postcode_district": "LE11",
    "access_needs": ["none"], "break_times": ["weekends", "school-holidays"]})";

inline core::rules::Answers mo_answers(const core::offer::Offer& offer, core::rules::Date today) {
  core::json::Diagnostics out;
  auto a = core::rules::read_answers(core::json::Json::parse(kMoAnswers), offer, today, "mo", out);
  if (!a) std::abort();
  return *a;
}

inline Figure baseline(int runs, const core::offer::Offer& offer, core::rules::Date today) {
  return measure(runs, 20000, [&] { mo_answers(offer, today); });
}

}  // namespace signpost::bench
