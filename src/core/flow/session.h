// Session: one family's way through the check. Events in (start, answer, back,
// change, confirm, restart), Screen out. One question per screen; skip logic
// from path.h; GOV.UK-style validation; check your answers with change links
// that come back to it; the result; restart wipes every answer. Answers are held
// in memory only and never logged.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/directory/match.h"
#include "core/flow/path.h"
#include "core/flow/screens.h"
#include "core/i18n/localizer.h"
#include "core/json/reader.h"
#include "core/offer/offer.h"
#include "core/rules/answers.h"
#include "core/rules/outcome.h"
#include "core/view/screen.h"

namespace signpost::core::flow {

struct Event {
  enum class Kind { kStart, kAnswer, kBack, kChange, kConfirm, kRestart, kSearch };
  Kind kind = Kind::kStart;
  std::string question;  // kAnswer, kChange
  json::Json value;      // kAnswer: as the front end sends it (see rules::check_answer); kSearch: the words

  // {"event": "answer", "question": "<id>", "value": "yes"}; nullopt with `error` set if malformed.
  static std::optional<Event> from_json(const json::Json& j, std::string* error);
};

// The event an action element sends (start, back, change, confirm, restart);
// an "answer" action needs its value from the front end's form.
Event event_of(const view::Element& action);

enum class Stage { kStart, kQuestion, kCheckAnswers, kResult };
const char* to_string(Stage s);

class Session {
 public:
  // With a directory, the result shows the services that suit the family.
  Session(const offer::Offer& offer, const i18n::Localizer& words, rules::Date today,
          const directory::Directory* directory = nullptr);

  // Applies an event; events that make no sense where the family is are ignored.
  void handle(const Event& event);
  view::Screen screen() const;

  Stage stage() const { return stage_; }
  const std::string& current_question() const { return current_; }
  // Every answer given, including any a change has since left off the path.
  const rules::Answers& answers() const { return answers_; }
  // The answers that count, and what they lead to.
  rules::Answers counted_answers() const;
  std::vector<rules::Outcome> outcomes() const;
  // The directory's services that suit the family, best first, after the search.
  ServicesFound services() const;
  // Puts a whole set of answers in place and goes to where they lead (resume).
  void resume(const rules::Answers& answers);

  // Where the family is, as a small JSON object: {"s": stage, "q": question,
  // "r": returning to check your answers, "a": answers, "f": a search}. The web checker keeps
  // it only in the URL fragment, which browsers never send to a server.
  json::Json state() const;
  // Restores a state from untrusted input: unknown questions and bad answers are
  // dropped, and a place the answers cannot reach becomes the next question.
  void restore(const json::Json& state);

 private:
  void answer(const Event& event);
  void back();
  void advance();
  ServicesFound services_for(const std::vector<rules::Outcome>& outcomes) const;
  void search_for(const std::string& words);

  const offer::Offer& offer_;
  const i18n::Localizer& words_;
  rules::Date today_;
  Stage stage_ = Stage::kStart;
  std::string current_;
  bool returning_ = false;  // came from check your answers: go back there when done
  rules::Answers answers_;
  const directory::Directory* directory_ = nullptr;
  std::string query_;  // the family's search of the services
  // A refused answer: shown with its error until the family answers again or leaves.
  std::optional<json::Json> rejected_value_;
  rules::CheckedAnswer rejected_;
};

}  // namespace signpost::core::flow
