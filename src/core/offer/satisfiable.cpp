#include "core/offer/satisfiable.h"

#include <algorithm>

#include "core/rules/candidates.h"
#include "core/rules/evaluate.h"

namespace signpost::core::offer {
namespace {

using rules::Answers;
using rules::Tri;

constexpr rules::Date kReferenceDay{2026, 1, 15};
constexpr long kMaxNodes = 200000;

void questions_of(const Offer& offer, const Condition& c, std::vector<std::string>& out, int depth) {
  if (depth > 64) return;
  if (c.kind == Condition::Kind::kCriterion && c.criterion < offer.criteria.size()) {
    const auto& q = offer.criteria[c.criterion].question;
    if (std::find(out.begin(), out.end(), q) == out.end()) out.push_back(q);
  } else if (c.kind == Condition::Kind::kRef) {
    if (auto it = offer.conditions.find(c.ref); it != offer.conditions.end()) questions_of(offer, it->second, out, depth + 1);
  }
  for (const auto& child : c.children) questions_of(offer, child, out, depth + 1);
}

struct Search {
  const Offer& offer;
  const Condition& condition;
  std::vector<const Question*> questions;
  long nodes = 0;

  // nullopt: gave up.
  std::optional<bool> run(Answers& answers, std::size_t next) {
    if (++nodes > kMaxNodes) return std::nullopt;
    Tri t = rules::evaluate(offer, condition, answers, kReferenceDay);
    if (t == Tri::kMet) return true;
    if (t == Tri::kNotMet || next == questions.size()) return false;
    const Question& q = *questions[next];
    for (auto& value : rules::candidate_answers(offer, q, kReferenceDay)) {
      answers[q.id] = value;
      auto found = run(answers, next + 1);
      if (!found || *found) return found;
    }
    answers.erase(q.id);
    return false;
  }
};

}  // namespace

Satisfiable can_be_met(const Offer& offer, const Condition& condition) {
  std::vector<std::string> ids;
  questions_of(offer, condition, ids, 0);
  Search search{offer, condition, {}};
  for (const auto& id : ids)
    if (const Question* q = offer.question(id)) search.questions.push_back(q);
  Answers answers;
  auto found = search.run(answers, 0);
  if (!found) return Satisfiable::kGaveUp;
  return *found ? Satisfiable::kYes : Satisfiable::kNo;
}

}  // namespace signpost::core::offer
