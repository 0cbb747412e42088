// The resume code: a family's answers as a short code a person can read aloud
// or copy by hand ("7K2M9-QXD4H-TNB3P"), with no server involved. It holds the
// answers and nothing else, and is read back on the web checker or a kiosk.
//
// Format (version 1), in Crockford's base32 (0-9 and A-Z without I, L, O, U;
// reading ignores case, hyphens and spaces, and takes I and L as 1, O as 0):
//   bits, most significant first, padded with zeros to whole characters:
//     3   the format's version (1)
//     10  the offer's fingerprint: FNV-1a of its id and its questions (ids,
//         kinds, options, places), so a code made before the questions changed
//         is refused, never read as other answers
//     then each question in the offer's order:
//       choice  the option's place + 1 (0: not answered), in as few bits as hold the options
//       multi   one bit per option (none set: not answered)
//       date    days since 1900-01-01 + 1, 16 bits (0: not answered)
//       place   the district's or area's place + 1 among the offer's districts
//               (sorted), then its areas, then "unknown"
//   then 2 check characters: the data characters' value mod 1021, which
//   catches any one character mistyped and any two neighbours swapped.
// docs/resume-code.md describes it for councils and developers.
#pragma once

#include <optional>
#include <string>

#include "core/offer/offer.h"
#include "core/rules/answers.h"
#include "core/rules/date.h"

namespace signpost::core::flow {

inline constexpr int kResumeCodeVersion = 1;

// The code for the answers of the offer's questions (answers to other ids are left out).
std::string resume_code(const offer::Offer& offer, const rules::Answers& answers);

// Why a code could not be read: each is a message key "resume.error.<name>".
enum class CodeError { kEmpty, kCharacter, kLength, kCheck, kVersion, kOffer, kAnswer };
const char* to_string(CodeError e);  // "empty", "character", "length", "check", "version", "offer", "answer"

struct DecodedCode {
  std::optional<rules::Answers> answers;
  CodeError error = CodeError::kEmpty;
  std::string detail;       // kCharacter: the character that is not in the alphabet
  std::size_t length = 0;   // kLength: how many characters a code of this offer has
};

// Reads a code typed by a person. Every answer it yields has passed the same
// checks as an answer typed in (rules::check_answer) on `today`.
DecodedCode read_resume_code(const offer::Offer& offer, const std::string& typed, rules::Date today);

}  // namespace signpost::core::flow
