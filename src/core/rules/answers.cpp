#include "core/rules/answers.h"

#include <algorithm>
#include <cctype>

#include "core/places/postcode.h"
#include "core/text/echo.h"

namespace signpost::core::rules {
namespace {

using offer::Question;
using offer::QuestionKind;

std::string trim(std::string s) {
  auto not_space = [](unsigned char c) { return !std::isspace(c); };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
  s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
  return s;
}

// A date part typed into a box: digits only, at most `width` of them.
std::optional<int> date_part(const std::string& text, std::size_t width) {
  if (text.empty() || text.size() > width) return std::nullopt;
  int v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

CheckedAnswer check_date(const json::Json& raw, Date today) {
  CheckedAnswer out;
  Date date;
  if (raw.is_string()) {
    std::string text = trim(raw.get<std::string>());
    if (text.empty()) return {std::nullopt, AnswerProblem::kRequired, ""};
    auto parsed = parse_iso_date(text);
    if (!parsed) return {std::nullopt, AnswerProblem::kDateInvalid, ""};
    date = *parsed;
  } else if (raw.is_object()) {
    std::string parts[3];
    const char* names[3] = {"day", "month", "year"};
    for (int i = 0; i < 3; ++i) {
      auto it = raw.find(names[i]);
      if (it != raw.end() && it->is_string()) parts[i] = trim(it->get<std::string>());
      else if (it != raw.end() && it->is_number_integer()) parts[i] = std::to_string(it->get<long long>());
    }
    if (parts[0].empty() && parts[1].empty() && parts[2].empty()) return {std::nullopt, AnswerProblem::kRequired, ""};
    // As GOV.UK's date input asks: name every part that is missing, else the
    // one part that cannot be right (two or more wrong: the whole date).
    std::string missing;
    for (int i = 0; i < 3; ++i)
      if (parts[i].empty()) missing += (missing.empty() ? "" : "_") + std::string(names[i]);
    if (!missing.empty()) return {std::nullopt, AnswerProblem::kDateMissing, missing};
    auto d = date_part(parts[0], 2), m = date_part(parts[1], 2), y = date_part(parts[2], 4);
    const bool day_wrong = !d || *d < 1 || *d > 31, month_wrong = !m || *m < 1 || *m > 12, year_wrong = !y || parts[2].size() != 4;
    const int wrong = int(day_wrong) + int(month_wrong) + int(year_wrong);
    if (wrong > 1) return {std::nullopt, AnswerProblem::kDateInvalid, ""};
    if (wrong == 1) return {std::nullopt, AnswerProblem::kDateInvalid, day_wrong ? "day" : month_wrong ? "month" : "year"};
    if (!is_real_date(*y, *m, *d)) return {std::nullopt, AnswerProblem::kDateInvalid, "day"};  // 31 February: the day is past the month's end
    date = Date{*y, *m, *d};
  } else if (raw.is_null()) {
    return {std::nullopt, AnswerProblem::kRequired, ""};
  } else {
    return {std::nullopt, AnswerProblem::kDateInvalid, ""};
  }
  if (date > today) return {std::nullopt, AnswerProblem::kDateFuture, ""};
  out.value = to_iso(date);
  return out;
}

CheckedAnswer check_place(const Question& q, const json::Json& raw) {
  std::string typed, picked;
  if (raw.is_string()) {
    typed = trim(raw.get<std::string>());
    if (q.has_option(typed)) std::swap(typed, picked);
  } else if (raw.is_object()) {
    auto text = [&](const char* key) {
      auto it = raw.find(key);
      return it != raw.end() && it->is_string() ? trim(it->get<std::string>()) : std::string();
    };
    typed = text("postcode");
    picked = text("area");
  } else if (!raw.is_null()) {
    return {std::nullopt, AnswerProblem::kNotAnOption, ""};
  }
  if (!typed.empty()) {
    const std::string district = places::postcode_district(typed);
    if (district.empty()) return {std::nullopt, AnswerProblem::kNotPostcode, ""};
    if (!q.districts.count(district)) return {std::nullopt, AnswerProblem::kUnknownPlace, district};
    return {district, AnswerProblem::kNone, ""};
  }
  if (picked.empty()) return {std::nullopt, AnswerProblem::kRequired, ""};
  if (!q.has_option(picked)) return {std::nullopt, AnswerProblem::kNotAnOption, ""};
  return {picked, AnswerProblem::kNone, ""};
}

}  // namespace

bool is_unknown(const AnswerValue& value) {
  const auto* s = std::get_if<std::string>(&value);
  return s != nullptr && *s == offer::kUnknownAnswer;
}

CheckedAnswer check_answer(const Question& q, const json::Json& raw, Date today) {
  switch (q.kind) {
    case QuestionKind::kDate: return check_date(raw, today);
    case QuestionKind::kPlace: return check_place(q, raw);
    case QuestionKind::kChoice: {
      if (raw.is_null() || (raw.is_string() && raw.get<std::string>().empty()))
        return {std::nullopt, AnswerProblem::kRequired, ""};
      if (!raw.is_string() || !q.has_option(raw.get<std::string>())) return {std::nullopt, AnswerProblem::kNotAnOption, ""};
      return {raw.get<std::string>(), AnswerProblem::kNone, ""};
    }
    case QuestionKind::kMulti: {
      std::vector<std::string> picked;
      if (raw.is_string() && !raw.get<std::string>().empty()) picked.push_back(raw.get<std::string>());
      else if (raw.is_array()) {
        for (const auto& v : raw) {
          if (!v.is_string() || !q.has_option(v.get<std::string>())) return {std::nullopt, AnswerProblem::kNotAnOption, ""};
          if (std::find(picked.begin(), picked.end(), v.get<std::string>()) == picked.end()) picked.push_back(v.get<std::string>());
        }
      } else if (!raw.is_null() && !raw.is_string()) {
        return {std::nullopt, AnswerProblem::kNotAnOption, ""};
      }
      if (picked.empty()) return {std::nullopt, AnswerProblem::kRequired, ""};
      for (const auto& v : picked)
        if (!q.has_option(v)) return {std::nullopt, AnswerProblem::kNotAnOption, ""};
      if (picked.size() > 1)
        for (const auto& ex : q.exclusive)
          if (std::find(picked.begin(), picked.end(), ex) != picked.end()) return {std::nullopt, AnswerProblem::kExclusive, ""};
      // Keep the options' own order, so that equal answers compare equal.
      std::vector<std::string> ordered;
      for (const auto& o : q.options)
        if (std::find(picked.begin(), picked.end(), o) != picked.end()) ordered.push_back(o);
      return {ordered, AnswerProblem::kNone, ""};
    }
  }
  return {std::nullopt, AnswerProblem::kNotAnOption, ""};
}

std::optional<Answers> read_answers(const json::Json& doc, const offer::Offer& offer, Date today,
                                    const std::string& file, json::Diagnostics& out) {
  json::JsonReader r(doc, file, "", out);
  if (!r.expect_object()) return std::nullopt;
  std::size_t before = out.size();
  Answers answers;
  for (const auto& [id, raw] : doc.items()) {
    auto at = r.member(id);
    const Question* q = offer.question(id);
    if (q == nullptr) {
      std::string ids;
      for (const auto& known : offer.questions) ids += (ids.empty() ? "" : ", ") + known.id;
      at.error("unknown question " + text::quoted(id) + "; this offer asks " + ids);
      continue;
    }
    if (q->kind == QuestionKind::kDate && !raw.is_string()) {
      at.expected("a date as a string \"YYYY-MM-DD\"");
      continue;
    }
    auto checked = check_answer(*q, raw, today);
    if (checked.value) {
      answers[id] = *checked.value;
      continue;
    }
    std::string options;
    for (const auto& o : q->options) options += (options.empty() ? "" : ", ") + o;
    switch (checked.problem) {
      case AnswerProblem::kDateFuture: at.error("expected a date in the past (today is " + to_iso(today) + "), got " + json::describe(raw)); break;
      case AnswerProblem::kDateInvalid:
      case AnswerProblem::kDateMissing: at.expected("a real date as \"YYYY-MM-DD\""); break;
      case AnswerProblem::kExclusive: at.error(text::quoted(q->exclusive.front()) + " cannot be given with other values"); break;
      case AnswerProblem::kNotPostcode: at.expected("a postcode district such as \"LE11\", or one of " + options); break;
      case AnswerProblem::kUnknownPlace: at.error(text::quoted(checked.part) + " is not a postcode district this offer covers; give one it knows, or one of " + options); break;
      default:
        at.expected(q->kind == QuestionKind::kMulti ? "a list of " + options : "one of " + options);
    }
  }
  if (out.size() != before) return std::nullopt;
  return answers;
}

json::Json to_json(const AnswerValue& value) {
  if (const auto* s = std::get_if<std::string>(&value)) return *s;
  return std::get<std::vector<std::string>>(value);
}

json::Json to_json(const Answers& answers) {
  json::Json out = json::Json::object();
  for (const auto& [id, v] : answers) out[id] = to_json(v);
  return out;
}

}  // namespace signpost::core::rules
