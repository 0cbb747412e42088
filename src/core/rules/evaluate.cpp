#include "core/rules/evaluate.h"

#include <algorithm>
#include <charconv>

namespace signpost::core::rules {
namespace {

using offer::Condition;
using offer::Criterion;

// References are checked for cycles when an offer is read; this bound only keeps
// an unchecked offer from recursing forever.
constexpr int kMaxDepth = 64;

bool contains(const std::vector<std::string>& list, const std::string& v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

Tri eval(const offer::Offer& offer, const Condition& c, const Answers& a, Date today, int depth, Pending pending = Pending::kUnknown) {
  if (depth > kMaxDepth) return Tri::kUnknown;
  switch (c.kind) {
    case Condition::Kind::kAlways: return Tri::kMet;
    case Condition::Kind::kCriterion:
      return c.criterion < offer.criteria.size() ? evaluate_criterion(offer.criteria[c.criterion], a, today, pending) : Tri::kUnknown;
    case Condition::Kind::kNot: {
      if (c.children.empty()) return Tri::kUnknown;
      Tri t = eval(offer, c.children.front(), a, today, depth + 1, pending);
      return t == Tri::kMet ? Tri::kNotMet : t == Tri::kNotMet ? Tri::kMet : Tri::kUnknown;
    }
    case Condition::Kind::kRef: {
      auto it = offer.conditions.find(c.ref);
      return it == offer.conditions.end() ? Tri::kUnknown : eval(offer, it->second, a, today, depth + 1, pending);
    }
    case Condition::Kind::kAll: {
      Tri result = Tri::kMet;
      for (const auto& child : c.children) result = std::min(result, eval(offer, child, a, today, depth + 1, pending));
      return result;
    }
    case Condition::Kind::kAny: {
      Tri result = Tri::kNotMet;
      for (const auto& child : c.children) result = std::max(result, eval(offer, child, a, today, depth + 1, pending));
      return result;
    }
  }
  return Tri::kUnknown;
}

// A child decides its parent's result when it pushes the parent to that result:
// for "all", the unmet (or, while unknown, the unknown) children; for "any", the met ones.
bool child_decides(Condition::Kind parent, Tri parent_result, Tri child_result) {
  if (parent_result == Tri::kUnknown) return child_result == Tri::kUnknown;
  if (parent == Condition::Kind::kAll) return parent_result == Tri::kMet || child_result == Tri::kNotMet;
  return parent_result == Tri::kNotMet || child_result == Tri::kMet;
}

void collect(const offer::Offer& offer, const Condition& c, const Answers& a, Date today, bool decisive, int depth,
             std::vector<Reason>& out) {
  if (depth > kMaxDepth) return;
  switch (c.kind) {
    case Condition::Kind::kAlways: return;
    case Condition::Kind::kCriterion: {
      if (c.criterion >= offer.criteria.size()) return;
      const Criterion& crit = offer.criteria[c.criterion];
      auto seen = std::find_if(out.begin(), out.end(), [&](const Reason& r) { return r.criterion == crit.id; });
      if (seen != out.end()) {
        seen->decisive = seen->decisive || decisive;
        return;
      }
      Reason r{crit.id, evaluate_criterion(crit, a, today), std::nullopt, decisive};
      if (auto it = a.find(crit.question); it != a.end()) r.answer = it->second;
      out.push_back(std::move(r));
      return;
    }
    case Condition::Kind::kNot:
      if (!c.children.empty()) collect(offer, c.children.front(), a, today, decisive, depth + 1, out);
      return;
    case Condition::Kind::kRef: {
      auto it = offer.conditions.find(c.ref);
      if (it != offer.conditions.end()) collect(offer, it->second, a, today, decisive, depth + 1, out);
      return;
    }
    case Condition::Kind::kAll:
    case Condition::Kind::kAny: {
      Tri result = eval(offer, c, a, today, depth);
      for (const auto& child : c.children) {
        bool d = decisive && child_decides(c.kind, result, eval(offer, child, a, today, depth + 1));
        collect(offer, child, a, today, d, depth + 1, out);
      }
      return;
    }
  }
}

}  // namespace

const char* to_string(Tri t) {
  switch (t) {
    case Tri::kMet: return "met";
    case Tri::kNotMet: return "not-met";
    case Tri::kUnknown: return "unknown";
  }
  return "unknown";
}

Tri evaluate_criterion(const Criterion& c, const Answers& answers, Date today, Pending pending) {
  auto it = answers.find(c.question);
  if (it == answers.end() || is_unknown(it->second)) return Tri::kUnknown;
  const AnswerValue& v = it->second;
  if (const auto* s = std::get_if<std::string>(&v); s != nullptr && contains(c.pending, *s))
    return pending == Pending::kNotMet ? Tri::kNotMet : Tri::kUnknown;
  if (const auto* s = std::get_if<std::string>(&v); s != nullptr && contains(c.unknown_if, *s)) return Tri::kUnknown;

  auto within = [&](long long n) {
    return (!c.min || n >= *c.min) && (!c.max || n <= *c.max) ? Tri::kMet : Tri::kNotMet;
  };
  switch (c.test) {
    case Criterion::Test::kIn: {
      const auto* s = std::get_if<std::string>(&v);
      return s != nullptr && contains(c.values, *s) ? Tri::kMet : Tri::kNotMet;
    }
    case Criterion::Test::kIncludesAny: {
      const auto* list = std::get_if<std::vector<std::string>>(&v);
      if (list == nullptr) return Tri::kUnknown;
      for (const auto& item : *list) {
        if (contains(c.values, item)) return Tri::kMet;
      }
      for (const auto& item : *list) {
        if (item == offer::kUnknownAnswer || contains(c.unknown_if, item)) return Tri::kUnknown;
      }
      return Tri::kNotMet;
    }
    case Criterion::Test::kAge: {
      const auto* s = std::get_if<std::string>(&v);
      auto birth = s ? parse_iso_date(*s) : std::nullopt;
      if (!birth) return Tri::kUnknown;
      return within(age_in_years(*birth, today));
    }
    case Criterion::Test::kRange: {
      const auto* s = std::get_if<std::string>(&v);
      if (s == nullptr) return Tri::kUnknown;
      long long n = 0;
      auto [end, ec] = std::from_chars(s->data(), s->data() + s->size(), n);
      return ec == std::errc() && end == s->data() + s->size() ? within(n) : Tri::kUnknown;
    }
  }
  return Tri::kUnknown;
}

Tri evaluate(const offer::Offer& offer, const Condition& c, const Answers& answers, Date today, Pending pending) {
  return eval(offer, c, answers, today, 0, pending);
}

std::vector<Reason> explain(const offer::Offer& offer, const Condition& c, const Answers& answers, Date today) {
  std::vector<Reason> out;
  collect(offer, c, answers, today, true, 0, out);
  return out;
}

}  // namespace signpost::core::rules
