#include "core/flow/voice.h"

namespace signpost::core::flow {

const offer::Question* voice_question(const offer::Offer& offer) {
  for (const auto& q : offer.questions)
    if (q.voice) return &q;
  return nullptr;
}

i18n::Voice voice_in(const offer::Offer& offer, const rules::Answers& answers) {
  const offer::Question* q = voice_question(offer);
  if (q == nullptr) return i18n::Voice::kParent;
  auto it = answers.find(q->id);
  if (it == answers.end()) return i18n::Voice::kParent;
  const auto* value = std::get_if<std::string>(&it->second);
  return value != nullptr ? i18n::voice_of(*value).value_or(i18n::Voice::kParent) : i18n::Voice::kParent;
}

bool outside_voice_ages(const offer::Offer& offer, const rules::Answers& answers, rules::Date today) {
  const offer::Question* q = voice_question(offer);
  if (q == nullptr || voice_in(offer, answers) != i18n::Voice::kYoungPerson) return false;
  for (const auto& date : offer.questions) {
    if (date.kind != offer::QuestionKind::kDate) continue;
    auto it = answers.find(date.id);
    if (it == answers.end()) continue;
    const auto* iso = std::get_if<std::string>(&it->second);
    auto birth = iso != nullptr ? rules::parse_iso_date(*iso) : std::nullopt;
    if (!birth) continue;
    const long long age = rules::age_in_years(*birth, today);
    if ((q->min_age && age < *q->min_age) || (q->max_age && age > *q->max_age)) return true;
  }
  return false;
}

i18n::Args voice_ages(const offer::Offer& offer) {
  const offer::Question* q = voice_question(offer);
  if (q == nullptr || !q->min_age || !q->max_age) return {};
  return {{"min", double(*q->min_age)}, {"max", double(*q->max_age)}};
}

}  // namespace signpost::core::flow
