#include "core/flow/criterion_words.h"

#include <algorithm>
#include <set>

#include "core/text/utf8.h"

namespace signpost::core::flow {
namespace {

// The select keys of every criterion sentence. ICU's select keys are
// identifiers, so "not met" is not_met here; elsewhere (JSON, CSS) it is
// rules::to_string's "not-met".
const char* select_key(rules::Tri t) {
  switch (t) {
    case rules::Tri::kMet: return "met";
    case rules::Tri::kNotMet: return "not_met";
    case rules::Tri::kUnknown: return "unknown";
  }
  return "unknown";
}

std::set<long long> numbers_of(const offer::Criterion& c) {
  std::set<long long> out;
  if (c.test != offer::Criterion::Test::kAge && c.test != offer::Criterion::Test::kRange) return out;
  if (c.min) out.insert(*c.min);
  if (c.max) {
    out.insert(*c.max);
    out.insert(*c.max + 1);
  }
  return out;
}

// The value of a decimal digit in the scripts the catalogs are written in
// (ASCII, Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, Gurmukhi,
// Gujarati), given its code point; -1 for anything else.
int digit_value(char32_t c) {
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  for (char32_t zero : {U'\u0660', U'\u06F0', U'\u0966', U'\u09E6', U'\u0A66', U'\u0AE6'})
    if (c >= zero && c <= zero + 9) return static_cast<int>(c - zero);
  return -1;
}

}  // namespace

i18n::Args criterion_args(const offer::Criterion& criterion, rules::Tri result) {
  i18n::Args args{{"result", std::string(select_key(result))}};
  if (criterion.test != offer::Criterion::Test::kAge && criterion.test != offer::Criterion::Test::kRange) return args;
  if (criterion.min) args["min"] = static_cast<double>(*criterion.min);
  if (criterion.max) {
    args["max"] = static_cast<double>(*criterion.max);
    args["until"] = static_cast<double>(*criterion.max + 1);
  }
  return args;
}

std::vector<long long> numbers_written_out(const std::string& pattern, const offer::Criterion& criterion) {
  const std::set<long long> numbers = numbers_of(criterion);
  std::vector<long long> found;
  if (numbers.empty()) return found;
  long long run = -1;  // the number being read, or -1 between numbers
  auto end_run = [&] {
    if (run >= 0 && numbers.count(run) && std::find(found.begin(), found.end(), run) == found.end()) found.push_back(run);
    run = -1;
  };
  for (std::size_t i = 0; i < pattern.size();) {
    const text::Char c = text::next_char(pattern, i);
    i += c.length;
    const int d = digit_value(c.code);
    if (d < 0) {
      end_run();
    } else {
      run = run < 0 ? d : std::min(run * 10 + d, 1000000LL);
    }
  }
  end_run();
  return found;
}

}  // namespace signpost::core::flow
