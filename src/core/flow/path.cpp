#include "core/flow/path.h"

#include <algorithm>

#include "core/rules/candidates.h"
#include "core/rules/outcome.h"

namespace signpost::core::flow {

bool can_change_outcome(const offer::Offer& offer, const offer::Question& question, const rules::Answers& known,
                        rules::Date today) {
  rules::Answers trial = known;
  trial.erase(question.id);
  const auto baseline = rules::statuses(offer, trial, today);
  for (auto& value : rules::candidate_answers(offer, question, today)) {
    trial[question.id] = std::move(value);
    if (rules::statuses(offer, trial, today) != baseline) return true;
  }
  return false;
}

Path walk_path(const offer::Offer& offer, const rules::Answers& answers, rules::Date today) {
  Path path;
  rules::Answers known;
  // The voice question, unanswered, is asked first; the rest of the path does
  // not wait for it, as no outcome depends on it (an answers file may leave it out).
  std::optional<std::string> voice_next;
  for (;;) {
    const offer::Question* next = nullptr;
    for (const auto& q : offer.questions) {
      if (known.count(q.id) || q.signposting || (voice_next && *voice_next == q.id)) continue;
      if (!q.voice && !can_change_outcome(offer, q, known, today)) continue;
      next = &q;
      break;
    }
    // Once the outcome is settled, the questions that find services near and suited to the family.
    if (next == nullptr)
      for (const auto& q : offer.questions)
        if (q.signposting && !known.count(q.id)) {
          next = &q;
          break;
        }
    if (next == nullptr) {
      path.next = voice_next;
      return path;
    }
    auto it = answers.find(next->id);
    if (it == answers.end() && next->voice) {
      voice_next = next->id;
      continue;
    }
    if (it == answers.end()) {
      path.next = voice_next ? *voice_next : next->id;
      return path;
    }
    known[next->id] = it->second;
    path.asked.push_back(next->id);
  }
}

rules::Answers answers_on_path(const rules::Answers& answers, const Path& path) {
  rules::Answers out;
  for (const auto& id : path.asked)
    if (auto it = answers.find(id); it != answers.end()) out[id] = it->second;
  return out;
}

}  // namespace signpost::core::flow
