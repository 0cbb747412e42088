#include "core/flow/session.h"

#include <algorithm>

#include "core/flow/screens.h"

namespace signpost::core::flow {

Event event_of(const view::Element& action) {
  using Kind = Event::Kind;
  Event e;
  if (action.event == "start") e.kind = Kind::kStart;
  else if (action.event == "answer") e.kind = Kind::kAnswer;
  else if (action.event == "back") e.kind = Kind::kBack;
  else if (action.event == "confirm") e.kind = Kind::kConfirm;
  else if (action.event == "restart") e.kind = Kind::kRestart;
  else if (action.event == "change") e.kind = Kind::kChange;
  e.question = action.target;
  return e;
}

const char* to_string(Stage s) {
  switch (s) {
    case Stage::kStart: return "start";
    case Stage::kQuestion: return "question";
    case Stage::kCheckAnswers: return "check-answers";
    case Stage::kResult: return "result";
  }
  return "start";
}

std::optional<Event> Event::from_json(const json::Json& j, std::string* error) {
  auto fail = [&](std::string message) -> std::optional<Event> {
    if (error != nullptr) *error = std::move(message);
    return std::nullopt;
  };
  if (!j.is_object()) return fail("expected an object such as {\"event\": \"start\"}");
  auto kind = j.find("event");
  if (kind == j.end() || !kind->is_string()) return fail("expected \"event\" to be a string");
  static const std::pair<const char*, Event::Kind> kKinds[] = {
      {"start", Kind::kStart}, {"answer", Kind::kAnswer},   {"back", Kind::kBack},
      {"change", Kind::kChange}, {"confirm", Kind::kConfirm}, {"restart", Kind::kRestart}, {"search", Kind::kSearch}};
  Event e;
  bool known = false;
  for (const auto& [name, k] : kKinds)
    if (*kind == name) {
      e.kind = k;
      known = true;
    }
  if (!known) return fail("unknown event " + kind->dump() + "; expected start, answer, back, change, confirm, restart or search");
  if (e.kind == Kind::kAnswer || e.kind == Kind::kChange) {
    auto q = j.find("question");
    if (q == j.end() || !q->is_string()) return fail("expected \"question\" to be a question id");
    e.question = *q;
  }
  if (auto v = j.find("value"); v != j.end()) e.value = *v;
  return e;
}

Session::Session(const offer::Offer& offer, const i18n::Localizer& words, rules::Date today, const directory::Directory* directory)
    : offer_(offer), words_(words), today_(today), directory_(directory) {}

rules::Answers Session::counted_answers() const { return answers_on_path(answers_, walk_path(offer_, answers_, today_)); }

std::vector<rules::Outcome> Session::outcomes() const { return rules::decide_all(offer_, counted_answers(), today_); }

ServicesFound Session::services() const { return services_for(outcomes()); }

ServicesFound Session::services_for(const std::vector<rules::Outcome>& outcomes) const {
  if (directory_ == nullptr) return {};
  return find_services(offer_, *directory_, counted_answers(), outcomes, today_, query_, words_.locale());
}

void Session::search_for(const std::string& words) {
  // Long enough for any real search; cut where a character starts, never inside one.
  constexpr std::size_t kMostBytes = 200;
  std::size_t end = std::min(words.size(), kMostBytes);
  while (end > 0 && end < words.size() && (static_cast<unsigned char>(words[end]) & 0xC0) == 0x80) --end;
  query_ = words.substr(0, end);
}

void Session::handle(const Event& event) {
  switch (event.kind) {
    case Event::Kind::kStart:
      if (stage_ == Stage::kStart) advance();
      return;
    case Event::Kind::kAnswer:
      if (stage_ == Stage::kQuestion && event.question == current_) answer(event);
      return;
    case Event::Kind::kBack: back(); return;
    case Event::Kind::kChange: {
      auto path = walk_path(offer_, answers_, today_);
      bool on_path = std::find(path.asked.begin(), path.asked.end(), event.question) != path.asked.end();
      if ((stage_ == Stage::kCheckAnswers || stage_ == Stage::kResult) && on_path) {
        stage_ = Stage::kQuestion;
        current_ = event.question;
        returning_ = true;
        rejected_value_.reset();
      }
      return;
    }
    case Event::Kind::kConfirm:
      if (stage_ == Stage::kCheckAnswers) stage_ = Stage::kResult;
      return;
    case Event::Kind::kSearch:
      if (stage_ == Stage::kResult) search_for(event.value.is_string() ? event.value.get<std::string>() : "");
      return;
    case Event::Kind::kRestart:
      // Wipe everything the family told us.
      answers_.clear();
      query_.clear();
      rejected_value_.reset();
      current_.clear();
      returning_ = false;
      stage_ = Stage::kStart;
      return;
  }
}

void Session::answer(const Event& event) {
  const offer::Question* q = offer_.question(current_);
  if (q == nullptr) return;
  auto checked = rules::check_answer(*q, event.value, today_);
  if (!checked.value) {
    rejected_value_ = event.value;
    rejected_ = checked;
    return;
  }
  rejected_value_.reset();
  answers_[q->id] = *checked.value;
  advance();
}

// Goes to the first question still to ask, else to check your answers.
void Session::advance() {
  auto path = walk_path(offer_, answers_, today_);
  if (path.next) {
    stage_ = Stage::kQuestion;
    current_ = *path.next;
  } else {
    stage_ = Stage::kCheckAnswers;
    current_.clear();
    returning_ = false;
  }
}

void Session::back() {
  rejected_value_.reset();
  auto path = walk_path(offer_, answers_, today_);
  switch (stage_) {
    case Stage::kStart: return;
    case Stage::kResult: stage_ = Stage::kCheckAnswers; return;
    case Stage::kCheckAnswers:
      if (path.asked.empty()) {
        stage_ = Stage::kStart;
      } else {
        stage_ = Stage::kQuestion;
        current_ = path.asked.back();
      }
      return;
    case Stage::kQuestion: {
      if (returning_ && !path.next) {
        stage_ = Stage::kCheckAnswers;
        current_.clear();
        returning_ = false;
        return;
      }
      auto here = std::find(path.asked.begin(), path.asked.end(), current_);
      if (here == path.asked.begin() || path.asked.empty()) {
        stage_ = Stage::kStart;
        current_.clear();
      } else {
        current_ = here == path.asked.end() ? path.asked.back() : *std::prev(here);
      }
      return;
    }
  }
}

void Session::resume(const rules::Answers& answers) {
  answers_ = answers;
  rejected_value_.reset();
  returning_ = false;
  advance();
}

json::Json Session::state() const {
  json::Json j = {{"s", to_string(stage_)}, {"l", words_.locale()}};
  if (words_.easy_read()) j["e"] = 1;
  if (stage_ == Stage::kQuestion) j["q"] = current_;
  if (returning_) j["r"] = 1;
  if (!answers_.empty()) j["a"] = rules::to_json(answers_);
  if (!query_.empty() && stage_ == Stage::kResult) j["f"] = query_;
  return j;
}

void Session::restore(const json::Json& state) {
  answers_.clear();
  query_.clear();
  rejected_value_.reset();
  returning_ = false;
  current_.clear();
  stage_ = Stage::kStart;
  if (!state.is_object()) return;
  if (auto a = state.find("a"); a != state.end() && a->is_object()) {
    for (const auto& [id, raw] : a->items()) {
      const offer::Question* q = offer_.question(id);
      if (q == nullptr) continue;
      auto checked = rules::check_answer(*q, raw, today_);
      if (checked.value) answers_[id] = *checked.value;
    }
  }
  auto field = [&](const char* key) {
    auto it = state.find(key);
    return it != state.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  const std::string stage = field("s");
  if (stage.empty() || stage == "start") return;
  auto path = walk_path(offer_, answers_, today_);
  const std::string q = field("q");
  bool on_path = std::find(path.asked.begin(), path.asked.end(), q) != path.asked.end() || (path.next && *path.next == q);
  if (stage == "question" && on_path) {
    stage_ = Stage::kQuestion;
    current_ = q;
    auto r = state.find("r");
    returning_ = r != state.end() && r->is_number_integer() && *r == 1 && !path.asked.empty();
    return;
  }
  if ((stage == "check-answers" || stage == "result") && !path.next) {
    stage_ = stage == "result" ? Stage::kResult : Stage::kCheckAnswers;
    if (stage_ == Stage::kResult) search_for(field("f"));
    return;
  }
  advance();
}

view::Screen Session::screen() const {
  switch (stage_) {
    case Stage::kStart: return start_screen(offer_, words_);
    case Stage::kQuestion: {
      const offer::Question* q = offer_.question(current_);
      if (q == nullptr) return start_screen(offer_, words_);
      auto given = answers_.find(q->id);
      QuestionState state;
      if (rejected_value_) {
        state.raw = &*rejected_value_;
        state.problem = &rejected_;
      } else if (given != answers_.end()) {
        state.given = &given->second;
      }
      return question_screen(offer_, words_, *q, state);
    }
    case Stage::kCheckAnswers: {
      auto path = walk_path(offer_, answers_, today_);
      return check_answers_screen(offer_, words_, path.asked, answers_);
    }
    case Stage::kResult: {
      const auto decided = outcomes();
      if (directory_ == nullptr) return result_screen(offer_, words_, decided);
      const ServicesFound found = services_for(decided);
      return result_screen(offer_, words_, decided, &found);
    }
  }
  return start_screen(offer_, words_);
}

}  // namespace signpost::core::flow
