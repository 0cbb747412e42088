#include "core/offer/offer_checks.h"

#include <algorithm>
#include <functional>
#include <set>

#include "core/i18n/voice.h"
#include "core/offer/satisfiable.h"
#include "core/text/echo.h"

namespace signpost::core::offer {
namespace {

using json::Diagnostics;

std::string quoted_list(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : ", ") + text::quoted(v);
  return out.empty() ? "(none)" : out;
}

template <typename T>
std::vector<std::string> ids_of(const std::vector<T>& items) {
  std::vector<std::string> ids;
  for (const auto& i : items) ids.push_back(i.id);
  return ids;
}

bool contains(const std::vector<std::string>& list, const std::string& v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

struct Checker {
  const Offer& offer;
  const std::string& dir;
  Diagnostics& out;

  void error(const std::string& file, const std::string& pointer, const std::string& message) {
    out.error(dir + file, pointer, message);
  }

  // `what` names the thing, `pointer_of(i)` where item i was written.
  void unique(const std::vector<std::string>& ids, const std::string& file, const std::function<std::string(std::size_t)>& pointer_of,
              const char* what) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < ids.size(); ++i)
      if (!seen.insert(ids[i]).second) error(file, pointer_of(i), std::string("duplicate ") + what + " id " + text::quoted(ids[i]));
  }

  void must_exist(const std::string& id, const std::vector<std::string>& known, const char* what, const std::string& file,
                  const std::string& pointer) {
    if (!contains(known, id)) error(file, pointer, std::string("unknown ") + what + " " + text::quoted(id) + "; expected one of " + quoted_list(known));
  }

  void check_questions() {
    unique(ids_of(offer.questions), "questions.json", [](std::size_t i) { return "/questions/" + std::to_string(i) + "/id"; }, "question");
    for (std::size_t i = 0; i < offer.questions.size(); ++i) {
      const Question& q = offer.questions[i];
      std::string at = "/questions/" + std::to_string(i);
      std::set<std::string> seen;
      for (std::size_t k = 0; k < q.options.size(); ++k)
        if (!seen.insert(q.options[k]).second) error("questions.json", at + "/options/" + std::to_string(k), "duplicate option " + text::quoted(q.options[k]));
      for (std::size_t k = 0; k < q.exclusive.size(); ++k)
        must_exist(q.exclusive[k], q.options, "option", "questions.json", at + "/exclusive/" + std::to_string(k));
      if (q.voice) check_voice_question(q, i, at);
      if (q.kind == QuestionKind::kPlace && (!q.signposting || q.districts.empty()))
        error("questions.json", at,
              q.signposting ? "a place question needs offers/" + offer.id + "/places.json with postcode districts"
                            : "a place question is for signposting: add \"for\": \"signposting\"");
    }
  }

  // Every offer asks first who is doing the check: a parent or carer, or the
  // young person, who may do it between the ages given.
  void check_voice_question(const Question& q, std::size_t i, const std::string& at) {
    if (i != 0) error("questions.json", at, "the voice question is asked first of all: move it to the top");
    if (q.kind != QuestionKind::kChoice || q.options != std::vector<std::string>{i18n::kParent, i18n::kYoungPerson})
      error("questions.json", at, std::string("the voice question is a choice of [\"") + i18n::kParent + "\", \"" + i18n::kYoungPerson + "\"]");
    if (!q.min_age || !q.max_age || *q.min_age > *q.max_age)
      error("questions.json", at + "/ages", "expected {\"min\": 16, \"max\": 25}: the ages at which one may check as the young person");
    std::size_t dates = 0;
    for (const auto& other : offer.questions) dates += other.kind == QuestionKind::kDate;
    if (dates != 1) error("questions.json", at, "the voice question's ages are checked against the date of birth: the offer needs one date question");
  }

  void check_voices() {
    std::size_t voices = 0;
    for (const auto& q : offer.questions) voices += q.voice;
    if (voices != 1)
      error("questions.json", "/questions",
            voices == 0 ? "no voice question: every offer asks first who is doing the check (docs/offer-packs.md)"
                        : "more than one voice question");
  }

  void check_criterion(const Criterion& c) {
    const Question* q = offer.question(c.question);
    if (q == nullptr) {
      must_exist(c.question, ids_of(offer.questions), "question", "rules.json", c.pointer + "/question");
      return;
    }
    if (q->signposting || q->voice) {
      error("rules.json", c.pointer + "/question",
            text::quoted(q->id) + (q->voice ? " picks the words' voice only" : " is asked for signposting only") + "; no rule may use it");
      return;
    }
    const char* fits = nullptr;
    switch (c.test) {
      case Criterion::Test::kIn: fits = q->kind == QuestionKind::kChoice ? nullptr : "\"in\" tests a choice question"; break;
      case Criterion::Test::kIncludesAny: fits = q->kind == QuestionKind::kMulti ? nullptr : "\"includes_any\" tests a multi question"; break;
      case Criterion::Test::kAge: fits = q->kind == QuestionKind::kDate ? nullptr : "\"age\" tests a date question"; break;
      case Criterion::Test::kRange: fits = "\"min\"/\"max\" test a number question, and this offer has none"; break;
    }
    if (fits != nullptr) {
      error("rules.json", c.pointer, std::string(fits) + "; " + text::quoted(q->id) + " is not one");
      return;
    }
    const char* list = c.test == Criterion::Test::kIn ? "/in/" : "/includes_any/";
    for (std::size_t k = 0; k < c.values.size(); ++k)
      must_exist(c.values[k], q->options, "option", "rules.json", c.pointer + list + std::to_string(k));
    for (std::size_t k = 0; k < c.unknown_if.size(); ++k)
      must_exist(c.unknown_if[k], q->options, "option", "rules.json", c.pointer + "/unknown_if/" + std::to_string(k));
    for (std::size_t k = 0; k < c.pending.size(); ++k)
      must_exist(c.pending[k], q->options, "option", "rules.json", c.pointer + "/pending/" + std::to_string(k));
    for (std::size_t k = 0; k < c.claim_if.size(); ++k)
      must_exist(c.claim_if[k], q->options, "option", "rules.json", c.pointer + "/claim/if/" + std::to_string(k));
    if (!c.claim_contact.empty()) must_exist(c.claim_contact, ids_of(offer.contacts), "contact", "rules.json", c.pointer + "/claim/contact");
  }

  void check_refs(const Condition& c, const std::string& pointer_hint) {
    if (c.kind == Condition::Kind::kRef && !offer.conditions.count(c.ref)) {
      std::vector<std::string> names;
      for (const auto& [n, _] : offer.conditions) names.push_back(n);
      error("rules.json", pointer_hint, "unknown condition " + text::quoted(c.ref) + " in a ref; expected one of " + quoted_list(names));
    }
    for (const auto& child : c.children) check_refs(child, pointer_hint);
  }

  // Depth-first search for a cycle of refs starting at `name`.
  bool cycle_from(const std::string& name, std::vector<std::string>& stack) {
    if (contains(stack, name)) return true;
    auto it = offer.conditions.find(name);
    if (it == offer.conditions.end()) return false;
    stack.push_back(name);
    std::function<bool(const Condition&)> walk = [&](const Condition& c) {
      if (c.kind == Condition::Kind::kRef && cycle_from(c.ref, stack)) return true;
      for (const auto& child : c.children)
        if (walk(child)) return true;
      return false;
    };
    bool found = walk(it->second);
    if (!found) stack.pop_back();
    return found;
  }

  bool check_conditions() {
    bool ok = true;
    for (const auto& [name, c] : offer.conditions) {
      std::vector<std::string> stack;
      if (cycle_from(name, stack)) {
        std::string chain;
        for (const auto& s : stack) chain += s + " -> ";
        error("rules.json", "/conditions/" + name, "refs go round in a circle: " + text::echo(chain + stack.front(), 400));
        ok = false;
      }
      check_refs(c, "/conditions/" + name);
    }
    return ok;
  }

  void check_routes() {
    auto route_ids = ids_of(offer.routes);
    auto contact_ids = ids_of(offer.contacts);
    unique(route_ids, "rules.json", [](std::size_t i) { return "/routes/" + std::to_string(i) + "/id"; }, "route");
    for (std::size_t i = 0; i < offer.routes.size(); ++i) {
      const Route& r = offer.routes[i];
      std::string at = "/routes/" + std::to_string(i);
      must_exist(r.tier, offer.tiers, "tier", "rules.json", at + "/tier");
      check_refs(r.when, at + "/when");
      if (r.access == Access::kAssessment && r.assessed_by.empty())
        error("rules.json", at + "/assessed_by", "expected at least one contact: an assessment route must say who assesses");
      for (std::size_t k = 0; k < r.assessed_by.size(); ++k)
        must_exist(r.assessed_by[k], contact_ids, "contact", "rules.json", at + "/assessed_by/" + std::to_string(k));
      for (std::size_t k = 0; k < r.otherwise.size(); ++k) {
        must_exist(r.otherwise[k], route_ids, "route", "rules.json", at + "/otherwise/" + std::to_string(k));
        if (r.otherwise[k] == r.id) error("rules.json", at + "/otherwise/" + std::to_string(k), "a route cannot be its own alternative");
      }
    }
  }

  void check_reachability() {
    // Questions used by any route, and the conditions they refer to.
    std::set<std::string> used;
    std::vector<std::string> refs;
    for (std::size_t i = 0; i < offer.routes.size(); ++i) {
      const Route& r = offer.routes[i];
      if (can_be_met(offer, r.when) == Satisfiable::kNo)
        error("rules.json", "/routes/" + std::to_string(i) + "/when", "unreachable: no answers can meet this route's conditions");
      for (std::size_t c : criteria_in(offer, r.when, &refs)) used.insert(offer.criteria[c].question);
    }
    const std::set<std::string> visited(refs.begin(), refs.end());
    for (std::size_t i = 0; i < offer.questions.size(); ++i)
      if (!used.count(offer.questions[i].id) && !offer.questions[i].signposting && !offer.questions[i].voice)
        error("questions.json", "/questions/" + std::to_string(i), "unreachable: no route's rules use " + text::quoted(offer.questions[i].id) + ", so it would never be asked");
    for (const auto& [name, _] : offer.conditions)
      if (!visited.count(name)) error("rules.json", "/conditions/" + name, "unused: no route refers to this condition");
  }

  // A fact a family acts on names the page it was read from: every phone
  // number, email and address of a contact, and every value of a fact (a time
  // limit, how often a panel meets) that is not marked assumed.
  void check_sources() {
    const char* source_form = "{\"url\": \"https://...\", \"read_on\": \"YYYY-MM-DD\"}";
    for (std::size_t i = 0; i < offer.contacts.size(); ++i) {
      const Contact& c = offer.contacts[i];
      if ((c.phone || c.email || c.url) && !c.provenance.has_url())
        error("pack.json", "/contacts/" + std::to_string(i) + "/source",
              "contact " + text::quoted(c.id) + " gives a phone number, email or address without the page it was read from; expected \"source\": " +
                  source_form);
    }
    auto facts = [&](const std::vector<Fact>& list, const std::string& file, const std::string& at) {
      for (const auto& f : list)
        if (f.value && f.provenance.published && !f.provenance.has_url() && f.provenance.page.empty())
          error(file, at + "/" + f.name + "/source", "fact " + text::quoted(f.name) + " has a value without a source; expected \"source\": " + source_form);
    };
    facts(offer.facts, "pack.json", "/facts");
    for (std::size_t i = 0; i < offer.routes.size(); ++i) facts(offer.routes[i].facts, "rules.json", "/routes/" + std::to_string(i) + "/facts");
  }

  void check_version() {
    if (offer.version.version.empty() || offer.version.published_on.empty() || offer.version.review_by.empty())
      error("pack.json", "", "expected \"version\", \"published_on\" (the date of the council's text it follows) and \"review_by\"");
  }

  void check_pack() {
    unique(offer.tiers, "pack.json", [](std::size_t i) { return "/tiers/" + std::to_string(i) + "/id"; }, "tier");
    unique(ids_of(offer.contacts), "pack.json", [](std::size_t i) { return "/contacts/" + std::to_string(i) + "/id"; }, "contact");
    unique(ids_of(offer.providers), "pack.json", [](std::size_t i) { return "/providers/" + std::to_string(i) + "/id"; }, "provider");
    unique(ids_of(offer.criteria), "rules.json", [&](std::size_t i) { return offer.criteria[i].pointer + "/id"; }, "criterion");
    auto route_ids = ids_of(offer.routes);
    for (std::size_t i = 0; i < offer.providers.size(); ++i)
      for (std::size_t k = 0; k < offer.providers[i].routes.size(); ++k)
        must_exist(offer.providers[i].routes[k], route_ids, "route", "pack.json", "/providers/" + std::to_string(i) + "/routes/" + std::to_string(k));
    auto contact_ids = ids_of(offer.contacts);
    for (std::size_t i = 0; i < offer.advice.size(); ++i)
      must_exist(offer.advice[i], contact_ids, "contact", "pack.json", "/advice/" + std::to_string(i));
    for (const auto& [list, list_name] : {std::pair{&offer.steps, "steps"}, std::pair{&offer.complaints, "complaints"}}) {
      const std::string name = list_name;  // a structured binding cannot be captured (C++20 in clang 14)
      unique(ids_of(*list), "pathway.json", [&](std::size_t i) { return "/" + name + "/" + std::to_string(i) + "/id"; }, "step");
      for (std::size_t i = 0; i < list->size(); ++i)
        if (!(*list)[i].contact.empty())
          must_exist((*list)[i].contact, contact_ids, "contact", "pathway.json", "/" + name + "/" + std::to_string(i) + "/contact");
    }
  }
};

}  // namespace

void check_offer(const Offer& offer, const std::string& dir, Diagnostics& out, Checks checks) {
  Checker c{offer, dir, out};
  const bool authoring = checks == Checks::kAll;
  if (authoring) {
    c.check_version();
    c.check_sources();
  }
  c.check_pack();
  c.check_questions();
  c.check_voices();
  for (const auto& criterion : offer.criteria) c.check_criterion(criterion);
  bool acyclic = c.check_conditions();
  c.check_routes();
  // Reachability evaluates conditions: only safe once ids and refs are sound.
  if (authoring && acyclic && out.empty()) c.check_reachability();
}

}  // namespace signpost::core::offer
