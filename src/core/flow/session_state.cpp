// The fragment's keys are short, because a QR code carries them: s stage,
// q question, r returning, a answers, f search, l locale, e easy read. They are
// written and read here and nowhere else.
#include "core/flow/session_state.h"

#include "core/json/write.h"

#include "core/url/percent_encode.h"

namespace signpost::core::flow {
namespace {

constexpr const char* kStage = "s";
constexpr const char* kQuestion = "q";
constexpr const char* kReturning = "r";
constexpr const char* kAnswers = "a";
constexpr const char* kSearch = "f";
constexpr const char* kLocale = "l";
constexpr const char* kEasyRead = "e";

constexpr Stage kStages[] = {Stage::kStart, Stage::kQuestion, Stage::kCheckAnswers, Stage::kResult, Stage::kCode};

std::string string_at(const json::Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool flag_at(const json::Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_number_integer() && *it == 1;
}

// A string, or a list of strings; anything else is no answer.
std::optional<rules::AnswerValue> answer_of(const json::Json& raw) {
  if (raw.is_string()) return raw.get<std::string>();
  if (!raw.is_array()) return std::nullopt;
  std::vector<std::string> list;
  for (const auto& item : raw) {
    if (!item.is_string()) return std::nullopt;
    list.push_back(item.get<std::string>());
  }
  return list;
}

}  // namespace

json::Json SessionState::to_json() const {
  json::Json j = {{kStage, view::to_string(stage)}};
  if (!locale.empty()) j[kLocale] = locale;
  if (easy_read) j[kEasyRead] = 1;
  if (stage == Stage::kQuestion) j[kQuestion] = question;
  if (returning) j[kReturning] = 1;
  if (!answers.empty()) j[kAnswers] = rules::to_json(answers);
  if (!search.empty() && stage == Stage::kResult) j[kSearch] = search;
  return j;
}

SessionState SessionState::from_json(const json::Json& j) {
  SessionState s;
  if (!j.is_object()) return s;
  const std::string stage = string_at(j, kStage);
  for (Stage candidate : kStages)
    if (stage == view::to_string(candidate)) s.stage = candidate;
  // Only what to_json writes for the stage, so a restored state writes back the same.
  if (s.stage == Stage::kQuestion) s.question = string_at(j, kQuestion);
  s.returning = flag_at(j, kReturning);
  if (s.stage == Stage::kResult) s.search = string_at(j, kSearch);
  s.locale = string_at(j, kLocale);
  s.easy_read = flag_at(j, kEasyRead);
  if (auto a = j.find(kAnswers); a != j.end() && a->is_object())
    for (const auto& [id, raw] : a->items())
      if (auto value = answer_of(raw)) s.answers[id] = std::move(*value);
  return s;
}

std::string SessionState::to_fragment() const { return "#" + url::percent_encode(json::write(to_json())); }

std::optional<SessionState> SessionState::from_fragment(std::string_view fragment) {
  if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
  if (fragment.size() > kMostFragmentBytes) return std::nullopt;
  auto text = url::percent_decode(fragment);
  if (!text) return std::nullopt;
  json::Diagnostics ignored;  // a broken fragment is no state: the checker starts afresh
  auto j = json::parse(*text, "fragment", ignored);
  if (!j || !j->is_object()) return std::nullopt;
  return from_json(*j);
}

}  // namespace signpost::core::flow
