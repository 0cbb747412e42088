// Answers: what a family said, question id -> value. A choice or date answer is a
// string ("yes", "2017-03-14"); a multi answer is a list. The flat JSON form
// {"lives_in_area": "yes", "support_needs": ["overnight"]} is the answer contract
// shared by every front end and test. Answers live in memory only.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/json/reader.h"
#include "core/offer/offer.h"
#include "core/rules/date.h"

namespace signpost::core::rules {

using AnswerValue = std::variant<std::string, std::vector<std::string>>;
using Answers = std::map<std::string, AnswerValue>;

// Why an answer was refused; the flow turns each into a GOV.UK-style message.
enum class AnswerProblem {
  kNone,
  kRequired,      // nothing given
  kNotAnOption,   // a value that is not one of the options
  kExclusive,     // "none" picked with something else
  kDateMissing,   // a part of a date is empty (see Checked::part)
  kDateInvalid,   // not a real date
  kDateFuture,    // after today
  kNotPostcode,   // place: typed text that is not a postcode or postcode district
  kUnknownPlace,  // place: a district the offer has no centroid for (see Checked::part)
  kOutsideVoiceAges,  // the young person's voice with a date of birth outside its ages (flow/voice.h)
};

struct CheckedAnswer {
  std::optional<AnswerValue> value;  // set when the answer is good
  AnswerProblem problem = AnswerProblem::kNone;
  // kDateMissing: the parts missing, joined by '_' ("day", "month_year");
  // kDateInvalid: the one part that cannot be right ("day"), or "" for the
  // whole date; kUnknownPlace: the district.
  std::string part;
};

// Checks one raw answer for a question. A date may be "YYYY-MM-DD" or
// {"day": "14", "month": "3", "year": "2017"} as typed into three boxes. A place
// may be a district, an area id, or {"postcode": "LE11 3AB", "area": "charnwood"}
// from the form, where typed text wins; a whole postcode is cut to its district.
CheckedAnswer check_answer(const offer::Question& question, const json::Json& raw, Date today);

// Reads an answers file. Unknown question ids and bad values are reported with
// the file and JSON pointer; nullopt if any.
std::optional<Answers> read_answers(const json::Json& doc, const offer::Offer& offer, Date today,
                                    const std::string& file, json::Diagnostics& out);

json::Json to_json(const AnswerValue& value);
json::Json to_json(const Answers& answers);

bool is_unknown(const AnswerValue& value);

}  // namespace signpost::core::rules
