// Session: one family's way through the check. Events in (start, answer, back,
// change, confirm, restart, search), Screen out, in whatever words the caller
// hands it (a change of language or reading mode rebuilds nothing). One question per screen; skip logic
// from path.h; GOV.UK-style validation; check your answers with change links
// that come back to it; the result; restart wipes every answer. Answers are held
// in memory only and never logged.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/directory/match.h"
#include "core/flow/path.h"
#include "core/flow/resume_code.h"
#include "core/flow/screens.h"
#include "core/flow/session_state.h"
#include "core/i18n/localizer.h"
#include "core/json/reader.h"
#include "core/offer/offer.h"
#include "core/rules/answers.h"
#include "core/rules/outcome.h"
#include "core/view/screen.h"

namespace signpost::core::flow {

struct Event {
  // kCode: with no value, opens the box for a resume code; with the typed code
  // as its value, reads it (resume_code.h).
  enum class Kind { kStart, kAnswer, kBack, kChange, kConfirm, kRestart, kSearch, kCode };
  Kind kind = Kind::kStart;
  std::string question;  // kAnswer, kChange
  json::Json value;      // kAnswer: as the front end sends it (see rules::check_answer); kSearch: the words

  // {"event": "answer", "question": "<id>", "value": "yes"}; nullopt with `error` set if malformed.
  static std::optional<Event> from_json(const json::Json& j, std::string* error);
};

// The event an action sends (start, back, change, confirm, restart); an
// answer needs its value from the front end's form.
Event event_of(const view::Action& action);

class Session {
 public:
  // With a directory, the result shows the services that suit the family.
  Session(const offer::Offer& offer, rules::Date today, const directory::Directory* directory = nullptr);

  // Applies an event; events that make no sense where the family is are ignored.
  void handle(const Event& event);
  // The screen where the family is, in `words` (the family's language and
  // reading mode: state().locale and state().easy_read say which they chose).
  view::Screen screen(const i18n::Localizer& words) const;

  Stage stage() const { return state_.stage; }
  const std::string& current_question() const { return state_.question; }
  // Every answer given, including any a change has since left off the path.
  const rules::Answers& answers() const { return state_.answers; }
  // The answers that count, and what they lead to.
  rules::Answers counted_answers() const;
  std::vector<rules::Outcome> outcomes() const;
  // The directory's services that suit the family, best first, after their
  // search (compared as the family's language compares).
  ServicesFound services() const;
  // Puts a whole set of answers in place and goes to where they lead (resume).
  void resume(const rules::Answers& answers);

  // The family's language (a BCP 47 tag) and reading mode; answers and place stay.
  void set_locale(std::string locale) { state_.locale = std::move(locale); }
  void set_easy_read(bool on) { state_.easy_read = on; }

  // Where the family is and what they said; a link carries it as to_fragment().
  const SessionState& state() const { return state_; }
  // Restores a state from untrusted input: unknown questions and bad answers are
  // dropped, and a place the answers cannot reach becomes the next question.
  void restore(const SessionState& state);

 private:
  view::Screen compose(const i18n::Localizer& words) const;  // the screen before each_picture_once
  void answer(const Event& event);
  void back();
  void advance();
  void keep_voice_ages();
  ServicesFound services_for(const std::vector<rules::Outcome>& outcomes, const std::string& locale) const;
  void search_for(const std::string& words);
  void read_code(const std::string& typed);

  const offer::Offer* offer_;
  rules::Date today_;
  const directory::Directory* directory_ = nullptr;
  SessionState state_;
  // A refused answer: shown with its error until the family answers again or leaves.
  std::optional<json::Json> rejected_value_;
  rules::CheckedAnswer rejected_;
  // A resume code that could not be read: shown with its error until the family leaves.
  std::string typed_code_;
  std::optional<DecodedCode> code_error_;
};

}  // namespace signpost::core::flow
