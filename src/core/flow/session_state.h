// SessionState: where a family is in the check and what they have said, as one
// value: their place (stage, question, returning to check your answers), their
// answers, their search of the services, their language and reading mode. It
// is all that a link, a QR code or a saved check carries, and the only place
// that knows how it is written into a URL fragment ("#" + percent-encoded
// JSON), which browsers never send to a server.
// Depends on the core's answers, the Screen's kinds, JSON and percent-encoding.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/json/reader.h"
#include "core/rules/answers.h"
#include "core/view/screen.h"

namespace signpost::core::flow {

// Where a family is: the kind of screen they see there (start, a question,
// check your answers, the result), one enum for both.
using Stage = view::ScreenKind;

struct SessionState {
  Stage stage = Stage::kStart;
  std::string question;    // the question on screen (kQuestion)
  bool returning = false;  // came from check your answers: go back there when done
  rules::Answers answers;  // every answer given, as given: a Session checks them against its offer
  std::string search;      // the family's search of the services (kResult)
  std::string locale;      // the family's language; empty until chosen
  bool easy_read = false;

  bool operator==(const SessionState&) const = default;

  // "#" + the percent-encoded JSON of the state.
  std::string to_fragment() const;
  // Reads a fragment, with or without its "#", from untrusted input: nullopt
  // when it is not a state at all (the page's own "#main"); a field of the
  // wrong shape is left at its default, an answer of the wrong shape dropped.
  // Whether the answers fit an offer is the Session's to check (restore).
  // A fragment longer than kMostFragmentBytes is refused unread.
  static std::optional<SessionState> from_fragment(std::string_view fragment);
  // Every answer of the longest check, percent-encoded, is under 2 KB.
  static constexpr std::size_t kMostFragmentBytes = 16 * 1024;

  json::Json to_json() const;
  static SessionState from_json(const json::Json& j);
};

}  // namespace signpost::core::flow
