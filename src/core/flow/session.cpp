#include "core/flow/session.h"

#include <algorithm>

#include "core/flow/resume_code.h"
#include "core/flow/screens.h"
#include "core/flow/voice.h"
#include "core/json/write.h"
#include "core/view/pictures_once.h"
#include "core/text/utf8.h"

namespace signpost::core::flow {

Event event_of(const view::Action& action) {
  using Kind = Event::Kind;
  Event e;
  switch (action.event) {
    case view::ActionEvent::kStart: e.kind = Kind::kStart; break;
    case view::ActionEvent::kAnswer: e.kind = Kind::kAnswer; break;
    case view::ActionEvent::kBack: e.kind = Kind::kBack; break;
    case view::ActionEvent::kChange: e.kind = Kind::kChange; break;
    case view::ActionEvent::kConfirm: e.kind = Kind::kConfirm; break;
    case view::ActionEvent::kRestart: e.kind = Kind::kRestart; break;
    case view::ActionEvent::kCode: e.kind = Kind::kCode; break;
  }
  e.question = action.target;
  return e;
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
      {"change", Kind::kChange}, {"confirm", Kind::kConfirm}, {"restart", Kind::kRestart}, {"search", Kind::kSearch},
      {"code", Kind::kCode}};
  Event e;
  bool known = false;
  for (const auto& [name, k] : kKinds)
    if (*kind == name) {
      e.kind = k;
      known = true;
    }
  if (!known) return fail("unknown event " + json::write(*kind) + "; expected start, answer, back, change, confirm, restart, search or code");
  if (e.kind == Kind::kAnswer || e.kind == Kind::kChange) {
    auto q = j.find("question");
    if (q == j.end() || !q->is_string()) return fail("expected \"question\" to be a question id");
    e.question = *q;
  }
  if (auto v = j.find("value"); v != j.end()) e.value = *v;
  return e;
}

Session::Session(const offer::Offer& offer, rules::Date today, const directory::Directory* directory)
    : offer_(&offer), today_(today), directory_(directory) {}

rules::Answers Session::counted_answers() const {
  return answers_on_path(state_.answers, walk_path(*offer_, state_.answers, today_));
}

std::vector<rules::Outcome> Session::outcomes() const { return rules::decide_all(*offer_, counted_answers(), today_); }

ServicesFound Session::services() const {
  return services_for(outcomes(), state_.locale.empty() ? std::string(i18n::kSourceLocale) : state_.locale);
}

ServicesFound Session::services_for(const std::vector<rules::Outcome>& outcomes, const std::string& locale) const {
  if (directory_ == nullptr) return {};
  return find_services(*offer_, *directory_, counted_answers(), outcomes, today_, state_.search, locale);
}

void Session::search_for(const std::string& words) {
  constexpr std::size_t kMostBytes = 200;  // long enough for any real search
  state_.search = text::utf8_prefix(words, kMostBytes);
}

void Session::handle(const Event& event) {
  switch (event.kind) {
    case Event::Kind::kStart:
      if (state_.stage == Stage::kStart) advance();
      return;
    case Event::Kind::kAnswer:
      if (state_.stage == Stage::kQuestion && event.question == state_.question) answer(event);
      return;
    case Event::Kind::kBack: back(); return;
    case Event::Kind::kChange: {
      auto path = walk_path(*offer_, state_.answers, today_);
      bool on_path = std::find(path.asked.begin(), path.asked.end(), event.question) != path.asked.end();
      if ((state_.stage == Stage::kCheckAnswers || state_.stage == Stage::kResult) && on_path) {
        state_.stage = Stage::kQuestion;
        state_.question = event.question;
        state_.returning = true;
        rejected_value_.reset();
      }
      return;
    }
    case Event::Kind::kConfirm:
      if (state_.stage == Stage::kCheckAnswers) state_.stage = Stage::kResult;
      return;
    case Event::Kind::kSearch:
      if (state_.stage == Stage::kResult) search_for(event.value.is_string() ? event.value.get<std::string>() : "");
      return;
    case Event::Kind::kCode:
      if (state_.stage != Stage::kStart && state_.stage != Stage::kCode) return;
      if (event.value.is_string()) read_code(event.value.get<std::string>());
      else if (state_.stage == Stage::kStart) state_.stage = Stage::kCode;
      return;
    case Event::Kind::kRestart:
      // Wipe everything the family told us; their language and reading mode stay.
      state_ = SessionState{Stage::kStart, "", false, {}, "", state_.locale, state_.easy_read};
      rejected_value_.reset();
      typed_code_.clear();
      code_error_.reset();
      return;
  }
}

// A good code puts its answers in place and goes to the result (or to the
// first question it leaves unanswered); a bad one stays, with its error.
void Session::read_code(const std::string& typed) {
  constexpr std::size_t kLongest = 64;  // far longer than any code; enough to echo back
  const std::string kept = text::utf8_prefix(typed, kLongest);
  auto decoded = read_resume_code(*offer_, kept, today_);
  if (!decoded.answers) {
    state_.stage = Stage::kCode;
    typed_code_ = kept;
    code_error_ = decoded;
    return;
  }
  typed_code_.clear();
  code_error_.reset();
  resume(*decoded.answers);
  if (state_.stage == Stage::kCheckAnswers) state_.stage = Stage::kResult;
}

void Session::answer(const Event& event) {
  const offer::Question* q = offer_->question(state_.question);
  if (q == nullptr) return;
  auto checked = rules::check_answer(*q, event.value, today_);
  if (checked.value) {
    // The young person's voice is for the ages its question gives: a date of
    // birth outside them, or that voice chosen with one, is explained.
    rules::Answers trial = state_.answers;
    trial[q->id] = *checked.value;
    if (outside_voice_ages(*offer_, trial, today_)) checked = {std::nullopt, rules::AnswerProblem::kOutsideVoiceAges, ""};
  }
  if (!checked.value) {
    rejected_value_ = event.value;
    rejected_ = checked;
    return;
  }
  rejected_value_.reset();
  state_.answers[q->id] = *checked.value;
  advance();
}

// Goes to the first question still to ask, else to check your answers.
void Session::advance() {
  auto path = walk_path(*offer_, state_.answers, today_);
  if (path.next) {
    state_.stage = Stage::kQuestion;
    state_.question = *path.next;
  } else {
    state_.stage = Stage::kCheckAnswers;
    state_.question.clear();
    state_.returning = false;
  }
}

void Session::back() {
  rejected_value_.reset();
  auto path = walk_path(*offer_, state_.answers, today_);
  Stage& stage = state_.stage;
  std::string& current = state_.question;
  switch (stage) {
    case Stage::kStart: return;
    case Stage::kCode:
      stage = Stage::kStart;
      typed_code_.clear();
      code_error_.reset();
      return;
    case Stage::kResult: stage = Stage::kCheckAnswers; return;
    case Stage::kCheckAnswers:
      if (path.asked.empty()) {
        stage = Stage::kStart;
      } else {
        stage = Stage::kQuestion;
        current = path.asked.back();
      }
      return;
    case Stage::kQuestion: {
      if (state_.returning && !path.next) {
        stage = Stage::kCheckAnswers;
        current.clear();
        state_.returning = false;
        return;
      }
      auto here = std::find(path.asked.begin(), path.asked.end(), current);
      if (here == path.asked.begin() || path.asked.empty()) {
        stage = Stage::kStart;
        current.clear();
      } else {
        current = here == path.asked.end() ? path.asked.back() : *std::prev(here);
      }
      return;
    }
    case Stage::kStatement: return;  // never a stage of a check
  }
}

// A date of birth the young person's voice cannot go with (from a hand-made
// link or code) is asked again, and then explained.
void Session::keep_voice_ages() {
  if (outside_voice_ages(*offer_, state_.answers, today_)) state_.answers.erase(birth_question(*offer_)->id);
}

void Session::resume(const rules::Answers& answers) {
  state_.answers = answers;
  keep_voice_ages();
  rejected_value_.reset();
  state_.returning = false;
  advance();
}

void Session::restore(const SessionState& wanted) {
  rejected_value_.reset();
  typed_code_.clear();
  code_error_.reset();
  state_ = SessionState{};
  state_.locale = wanted.locale;
  state_.easy_read = wanted.easy_read;
  for (const auto& [id, given] : wanted.answers) {
    const offer::Question* q = offer_->question(id);
    if (q == nullptr) continue;
    auto checked = rules::check_answer(*q, rules::to_json(given), today_);
    if (checked.value) state_.answers[id] = *checked.value;
  }
  keep_voice_ages();
  if (wanted.stage == Stage::kStart) return;
  if (wanted.stage == Stage::kCode) {
    state_.stage = Stage::kCode;
    return;
  }
  auto path = walk_path(*offer_, state_.answers, today_);
  const std::string& q = wanted.question;
  bool on_path = std::find(path.asked.begin(), path.asked.end(), q) != path.asked.end() || (path.next && *path.next == q);
  if (wanted.stage == Stage::kQuestion && on_path) {
    state_.stage = Stage::kQuestion;
    state_.question = q;
    state_.returning = wanted.returning && !path.asked.empty();
    return;
  }
  if ((wanted.stage == Stage::kCheckAnswers || wanted.stage == Stage::kResult) && !path.next) {
    state_.stage = wanted.stage;
    if (state_.stage == Stage::kResult) search_for(wanted.search);
    return;
  }
  advance();
}

// In the voice the family chose: the young person's own words, or a parent's.
view::Screen Session::screen(const i18n::Localizer& words) const {
  view::Screen s = compose(words.in_voice(voice_in(*offer_, state_.answers)));
  view::each_picture_once(s);
  return s;
}

view::Screen Session::compose(const i18n::Localizer& words) const {
  const offer::Offer& offer = *offer_;
  switch (state_.stage) {
    case Stage::kStart: return start_screen(offer, words);
    case Stage::kCode: return code_screen(words, typed_code_, code_error_ ? &*code_error_ : nullptr);
    case Stage::kQuestion: {
      const offer::Question* q = offer.question(state_.question);
      if (q == nullptr) return start_screen(offer, words);
      auto given = state_.answers.find(q->id);
      QuestionState state;
      if (rejected_value_) {
        state.raw = &*rejected_value_;
        state.problem = &rejected_;
      } else if (given != state_.answers.end()) {
        state.given = &given->second;
      }
      return question_screen(offer, words, *q, state);
    }
    case Stage::kCheckAnswers: {
      auto path = walk_path(offer, state_.answers, today_);
      return check_answers_screen(offer, words, path.asked, state_.answers);
    }
    case Stage::kResult: {
      const auto decided = outcomes();
      const rules::Answers counted = counted_answers();
      if (directory_ == nullptr) return result_screen(offer, words, decided, counted);
      const ServicesFound found = services_for(decided, words.locale());
      return result_screen(offer, words, decided, counted, &found);
    }
    case Stage::kStatement: break;  // the statement is a page of its own (core/statement), never a stage of a check
  }
  return start_screen(offer, words);
}

}  // namespace signpost::core::flow
