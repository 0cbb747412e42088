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

const offer::Question* birth_question(const offer::Offer& offer) {
  for (const auto& q : offer.questions)
    if (q.kind == offer::QuestionKind::kDate) return &q;
  return nullptr;
}

bool outside_voice_ages(const offer::Offer& offer, const rules::Answers& answers, rules::Date today) {
  const offer::Question* q = voice_question(offer);
  const offer::Question* date = birth_question(offer);
  if (q == nullptr || date == nullptr || voice_in(offer, answers) != i18n::Voice::kYoungPerson) return false;
  auto it = answers.find(date->id);
  const auto* iso = it != answers.end() ? std::get_if<std::string>(&it->second) : nullptr;
  auto birth = iso != nullptr ? rules::parse_iso_date(*iso) : std::nullopt;
  if (!birth) return false;
  const long long age = rules::age_in_years(*birth, today);
  return (q->min_age && age < *q->min_age) || (q->max_age && age > *q->max_age);
}

i18n::Args voice_ages(const offer::Offer& offer) {
  const offer::Question* q = voice_question(offer);
  if (q == nullptr || !q->min_age || !q->max_age) return {};
  return {{"min", double(*q->min_age)}, {"max", double(*q->max_age)}};
}

}  // namespace signpost::core::flow
