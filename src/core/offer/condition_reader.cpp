#include "core/offer/condition_reader.h"

#include "core/rules/date.h"
#include "core/text/echo.h"
#include "core/url/link.h"

namespace signpost::core::offer {
namespace {

using json::JsonReader;

std::optional<Criterion> read_criterion(const JsonReader& r) {
  r.only_keys({"id", "question", "in", "includes_any", "age", "min", "max", "unknown_if", "pending", "waiting_for", "claim", "check", "source",
               "page", "note"});
  Criterion c;
  c.pointer = r.pointer();
  bool ok = true;
  if (auto id = r.member("id").string()) c.id = *id; else ok = false;
  if (auto q = r.member("question").string()) c.question = *q; else ok = false;

  int tests = 0;
  if (r.has("in")) {
    ++tests;
    c.test = Criterion::Test::kIn;
    if (auto v = r.member("in").strings()) c.values = *v; else ok = false;
  }
  if (r.has("includes_any")) {
    ++tests;
    c.test = Criterion::Test::kIncludesAny;
    if (auto v = r.member("includes_any").strings()) c.values = *v; else ok = false;
  }
  // An age in whole years (offer.h's kMostYears); any other count within kMostCount.
  auto bounds = [&](const JsonReader& holder, std::int64_t least, std::int64_t most) {
    for (auto [key, into] : {std::pair{"min", &c.min}, {"max", &c.max}})
      if (holder.has(key)) {
        if (auto v = holder.member(key).integer_in(least, most)) *into = *v;
        else ok = false;
      }
    if (!holder.has("min") && !holder.has("max")) {
      holder.error("expected \"min\", \"max\" or both");
      ok = false;
    }
    if (c.min && c.max && *c.min > *c.max) {
      holder.error("\"min\" is greater than \"max\": no answer can meet this");
      ok = false;
    }
  };
  if (r.has("age")) {
    ++tests;
    c.test = Criterion::Test::kAge;
    auto age = r.member("age");
    if (age.expect_object()) {
      age.only_keys({"min", "max"});
      bounds(age, 0, kMostYears);
    } else {
      ok = false;
    }
  }
  if (r.has("min") || r.has("max")) {
    ++tests;
    c.test = Criterion::Test::kRange;
    bounds(r, -kMostCount, kMostCount);
  }
  if (tests != 1) {
    r.error(tests == 0 ? "expected one test: \"in\", \"includes_any\", \"age\" or \"min\"/\"max\""
                       : "expected only one test of \"in\", \"includes_any\", \"age\" and \"min\"/\"max\"");
    ok = false;
  }
  if (r.has("unknown_if")) {
    if (auto v = r.member("unknown_if").strings()) c.unknown_if = *v; else ok = false;
  }
  if (r.has("pending")) {
    if (auto v = r.member("pending").strings()) c.pending = *v; else ok = false;
    if (!r.has("waiting_for")) {
      r.error("a criterion with \"pending\" answers needs \"waiting_for\": the message saying what the family waits for");
      ok = false;
    }
  }
  if (r.has("claim")) {
    auto claim = r.member("claim");
    if (claim.expect_object()) {
      claim.only_keys({"if", "contact"});
      if (auto v = claim.member("if").strings()) c.claim_if = *v; else ok = false;
      if (auto v = claim.member("contact").string()) c.claim_contact = *v; else ok = false;
    } else {
      ok = false;
    }
  }
  if (r.has("waiting_for")) {
    if (auto v = r.member("waiting_for").string()) c.waiting_for = *v; else ok = false;
  }
  if (r.has("check")) {
    if (auto v = r.member("check").string()) c.check = *v; else ok = false;
  }
  c.provenance = read_provenance(r);
  if (!ok) return std::nullopt;
  return c;
}

}  // namespace

Provenance read_provenance(const JsonReader& r) {
  Provenance p;
  if (r.has("source") && r.member("source").value().is_object()) {
    auto source = r.member("source");
    source.only_keys({"url", "read_on"});
    p.published = true;
    if (auto url = source.member("url").string()) {
      if (std::string why = url::web_problem(*url); !why.empty())
        source.member("url").error(why + " (the page it was read from), got " + text::quoted(*url));
      else p.url = *url;
    }
    if (auto on = source.member("read_on").string()) {
      if (!rules::parse_iso_date(*on)) source.member("read_on").error("expected the date it was read as YYYY-MM-DD, got " + text::quoted(*on));
      else p.read_on = *on;
    }
    if (r.has("page")) p.page = r.member("page").string().value_or("");
    if (r.has("note")) p.note = r.member("note").string().value_or("");
    return p;
  }
  auto source = r.member("source").one_of({"published", "assumed"});
  if (!source) return p;
  p.published = *source == "published";
  if (p.published) {
    if (auto page = r.member("page").string()) p.page = *page;
  } else {
    if (auto note = r.member("note").string()) p.note = *note;
  }
  return p;
}

std::vector<Fact> read_facts(const JsonReader& r) {
  std::vector<Fact> facts;
  if (!r.expect_object()) return facts;
  for (const auto& [name, _] : r.value().items()) {
    auto f = r.member(name);
    if (!f.expect_object()) continue;
    f.only_keys({"value", "source", "page", "note"});
    Fact fact;
    fact.name = name;
    const auto& v = f.member("value").value();
    if (v.is_number()) fact.value = f.member("value").number_in(-kMostCount, kMostCount).value_or(0);
    else if (v.is_string()) fact.value = v.get<std::string>();
    else if (!v.is_null()) f.member("value").expected("a number, a string or null");
    fact.provenance = read_provenance(f);
    facts.push_back(std::move(fact));
  }
  return facts;
}

std::optional<Condition> read_condition(const JsonReader& r, std::vector<Criterion>& criteria, int depth) {
  if (depth > kMaxConditionDepth) {
    r.error("conditions are nested too deeply (more than " + std::to_string(kMaxConditionDepth) + " levels)");
    return std::nullopt;
  }
  if (!r.expect_object()) return std::nullopt;
  Condition c;
  for (const char* combinator : {"all", "any"}) {
    if (!r.has(combinator)) continue;
    r.only_keys({combinator});
    c.kind = std::string_view(combinator) == "all" ? Condition::Kind::kAll : Condition::Kind::kAny;
    auto list = r.member(combinator);
    if (!list.expect_array()) return std::nullopt;
    if (list.value().empty()) {
      list.error("expected at least one condition, got an empty array");
      return std::nullopt;
    }
    bool ok = true;
    for (std::size_t i = 0; i < list.value().size(); ++i) {
      auto child = read_condition(list.element(i), criteria, depth + 1);
      if (child) c.children.push_back(std::move(*child));
      else ok = false;
    }
    if (!ok) return std::nullopt;
    return c;
  }
  if (r.has("not")) {
    r.only_keys({"not"});
    c.kind = Condition::Kind::kNot;
    auto child = read_condition(r.member("not"), criteria, depth + 1);
    if (!child) return std::nullopt;
    c.children.push_back(std::move(*child));
    return c;
  }
  if (r.has("ref")) {
    r.only_keys({"ref"});
    c.kind = Condition::Kind::kRef;
    auto name = r.member("ref").string();
    if (!name) return std::nullopt;
    c.ref = *name;
    return c;
  }
  if (r.has("question")) {
    auto criterion = read_criterion(r);
    if (!criterion) return std::nullopt;
    c.kind = Condition::Kind::kCriterion;
    c.criterion = criteria.size();
    criteria.push_back(std::move(*criterion));
    return c;
  }
  r.error("expected a condition: an object with \"all\", \"any\", \"not\", \"ref\" or \"question\"");
  return std::nullopt;
}

}  // namespace signpost::core::offer
