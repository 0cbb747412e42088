#include "core/rules/candidates.h"

#include <set>

namespace signpost::core::rules {

std::vector<AnswerValue> candidate_answers(const offer::Offer& offer, const offer::Question& q, Date today) {
  std::vector<AnswerValue> out;
  switch (q.kind) {
    case offer::QuestionKind::kChoice:
    case offer::QuestionKind::kPlace:
      for (const auto& o : q.options) out.emplace_back(o);
      break;
    case offer::QuestionKind::kMulti:
      for (const auto& o : q.options) out.emplace_back(std::vector<std::string>{o});
      break;
    case offer::QuestionKind::kDate: {
      std::set<long long> ages{0};
      for (const auto& c : offer.criteria) {
        if (c.question != q.id || c.test != offer::Criterion::Test::kAge) continue;
        for (auto bound : {c.min, c.max})
          if (bound)
            for (long long a : {*bound - 1, *bound, *bound + 1})
              if (a >= 0 && a < 120) ages.insert(a);
      }
      for (long long a : ages) out.emplace_back(to_iso(years_before(today, static_cast<int>(a))));
      break;
    }
  }
  return out;
}

}  // namespace signpost::core::rules
