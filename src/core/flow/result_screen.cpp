// The result screen, in the order a parent needs it: what to do now (at most
// three real actions), then what they can get, money and support before the
// offer every family has; the request for an assessment ready to send; the
// services near them; then, folded, what happens after they ask, how to
// disagree, where to get advice and what their answers rule out. The
// universal offer is always among them: no family leaves with nothing.
#include <algorithm>
#include <set>

#include "core/flow/criterion_words.h"
#include "core/flow/resume_code.h"
#include "core/flow/screens.h"

namespace signpost::core::flow {
namespace {

using view::Element;

view::ContactItem contact_item(const offer::Offer& offer, const i18n::Localizer& words, const std::string& id) {
  view::ContactItem item{.id = id, .name = words.text("contact." + id + ".name"), .how = words.text("contact." + id + ".how")};
  if (const offer::Contact* c = offer.contact(id)) {
    item.phone = c->phone.value_or("");
    item.email = c->email.value_or("");
    item.url = c->url.value_or("");
    item.source_url = c->provenance.url;
    item.read_on = c->provenance.read_on;
  }
  return view::linkable(item, offer.http_links);
}

}  // namespace

view::OutcomeCard outcome_card(const offer::Offer& offer, const i18n::Localizer& words, const rules::Outcome& o) {
  const offer::Route& r = *o.route;
  const i18n::Args facts = i18n::fact_args(r.facts);
  view::OutcomeCard c;
  c.route = r.id;
  c.status = rules::to_string(o.status);
  c.status_text = words.text(std::string("status.") + c.status);
  c.title = words.text("route." + r.id + ".title", facts);
  c.summary = words.text("route." + r.id + ".summary", facts);
  c.summary_ideas = ideas_of(words, "route." + r.id + ".summary", facts);
  c.tier = r.tier;
  c.tier_name = words.text("tier." + r.tier + ".name");
  for (const auto& reason : o.reasons) {
    const offer::Criterion* criterion = offer.criterion(reason.criterion);
    const i18n::Args args = criterion != nullptr ? criterion_args(*criterion, reason.result) : criterion_args({}, reason.result);
    c.reasons.push_back({reason.criterion, rules::to_string(reason.result), words.text("criterion." + reason.criterion, args),
                         reason.decisive});
  }
  for (const auto& key : o.checks) c.checks.push_back(words.text(key, facts));
  for (const auto& key : o.waits) c.waits.push_back(words.text(key, facts));
  if (o.status == rules::Status::kAssessment)
    for (const auto& id : r.assessed_by) c.assessed_by.push_back(contact_item(offer, words, id));
  if (o.status != rules::Status::kNotEligible)
    for (const auto& key : r.next_steps) c.next_steps.push_back(words.text(key, facts));
  if (o.status == rules::Status::kNotEligible || o.status == rules::Status::kNotYet)
    for (const auto& id : r.otherwise) c.otherwise.push_back(words.text("route." + id + ".title"));
  for (const auto& p : offer.providers)
    if (std::find(p.routes.begin(), p.routes.end(), r.id) != p.routes.end()) c.providers.push_back(p.name);
  if (!c.providers.empty()) c.providers_label = words.text("outcome.providers", {{"count", double(c.providers.size())}});
  return c;
}

view::OutcomeCard offer_card(const offer::Offer& offer, const i18n::Localizer& words, const offer::Route& r) {
  const i18n::Args facts = i18n::fact_args(r.facts);
  view::OutcomeCard c;
  c.route = r.id;
  c.status = "offer";
  c.title = words.text("route." + r.id + ".title", facts);
  c.summary = words.text("route." + r.id + ".summary", facts);
  c.summary_ideas = ideas_of(words, "route." + r.id + ".summary", facts);
  c.who = words.text("route." + r.id + ".who", facts);
  c.who_ideas = ideas_of(words, "route." + r.id + ".who", facts);
  c.tier = r.tier;
  c.tier_name = words.text("tier." + r.tier + ".name");
  c.status_text = c.tier_name;
  for (const auto& id : r.assessed_by) c.assessed_by.push_back(contact_item(offer, words, id));
  for (const auto& key : r.next_steps) c.next_steps.push_back(words.text(key, facts));
  return c;
}

std::vector<view::ContactItem> reachable(const offer::Offer& offer, const i18n::Localizer& words, const std::string& id) {
  const offer::Contact* c = offer.contact(id);
  if (c == nullptr || !(c->phone || c->email || c->url)) return {};
  return {contact_item(offer, words, id)};
}

Element steps(const offer::Offer& offer, const i18n::Localizer& words, const std::vector<offer::Step>& list, const std::string& prefix) {
  view::Steps e;
  for (const auto& s : list)
    e.steps.push_back({words.text(prefix + s.id + ".title"), words.text(prefix + s.id + ".body"), ideas_of(words, prefix + s.id + ".body"),
                       s.contact.empty() ? std::vector<view::ContactItem>{} : reachable(offer, words, s.contact)});
  return e;
}

namespace {

bool is_open(const rules::Outcome& o) { return o.route->access == offer::Access::kOpen; }

// The groups of the result, in the order a family needs them: what they can
// get (money and support first), what waits for a letter, what they may get,
// what to ask an assessment for; then what every family can use.
struct Group {
  const char* key;
  bool (*holds)(const rules::Outcome&);
  bool folded = false;  // under a disclosure, rather than a heading
};
constexpr Group kGroups[] = {
    {"eligible", [](const rules::Outcome& o) { return o.status == rules::Status::kEligible && !is_open(o); }},
    {"not-yet", [](const rules::Outcome& o) { return o.status == rules::Status::kNotYet; }},
    {"may-be-eligible", [](const rules::Outcome& o) { return o.status == rules::Status::kMayBeEligible && !is_open(o); }},
    {"assessment", [](const rules::Outcome& o) { return o.status == rules::Status::kAssessment; }},
    {"open",
     [](const rules::Outcome& o) {
       return is_open(o) && (o.status == rules::Status::kEligible || o.status == rules::Status::kMayBeEligible);
     },
     true},
};

bool any_of(const std::vector<rules::Outcome>& outcomes, rules::Status status) {
  return std::any_of(outcomes.begin(), outcomes.end(), [&](const rules::Outcome& o) { return o.status == status; });
}

// "What to do now": at most three things, in the order to do them.
view::Todo todo(const offer::Offer& offer, const i18n::Localizer& words, const std::vector<rules::Outcome>& outcomes) {
  view::Todo t;
  const offer::Contact* ask = ask_contact(offer);
  const std::vector<view::ContactItem> ask_items = ask ? reachable(offer, words, ask->id) : std::vector<view::ContactItem>{};
  for (const auto& o : outcomes) {
    if (o.status != rules::Status::kEligible || is_open(o) || o.route->next_steps.empty()) continue;
    const auto facts = i18n::fact_args(o.route->facts);
    t.items.push_back({words.text("todo.apply.title", {{"route", words.text("route." + o.route->id + ".title", facts)}}),
                       words.text(o.route->next_steps.front(), facts), ideas_of(words, o.route->next_steps.front(), facts), ask_items, "", ""});
    break;
  }
  // Claim first what the family never applied for (DLA, say), where that is all that stands in the way.
  std::vector<std::string> claims;
  for (const auto& o : outcomes)
    if (o.route->access != offer::Access::kAssessment)
      for (const auto& id : o.claims)
        if (std::find(claims.begin(), claims.end(), id) == claims.end()) claims.push_back(id);
  for (const auto& id : claims) {
    auto reach = reachable(offer, words, id);
    if (reach.empty()) continue;
    t.items.push_back({words.text("todo.claim.title", {{"contact", reach.front().name}}), reach.front().how, ideas_of(words, "contact." + id + ".how"),
                       reach, "", ""});
  }
  std::vector<std::string> waits;
  for (const auto& o : outcomes)
    for (const auto& key : o.waits)
      if (std::find(waits.begin(), waits.end(), key) == waits.end()) waits.push_back(key);
  if (!waits.empty()) {
    view::TodoItem wait{words.text("todo.wait.title"), "", {}, {}, "", ""};
    for (const auto& key : waits) {
      wait.body += (wait.body.empty() ? "" : " ") + words.text(key);
      for (auto& idea : ideas_of(words, key)) wait.body_ideas.push_back(std::move(idea));
    }
    t.items.push_back(std::move(wait));
  }
  if (any_of(outcomes, rules::Status::kAssessment))
    t.items.push_back({words.text("todo.ask.title"), words.text("todo.ask.body"), ideas_of(words, "todo.ask.body"), ask_items, "#request",
                       words.text("todo.ask.link")});
  if (t.items.empty())
    for (const auto& o : outcomes)
      if (is_open(o) && o.status == rules::Status::kEligible && !o.route->next_steps.empty()) {
        t.items.push_back({words.text("todo.look.title"), words.text(o.route->next_steps.front()), ideas_of(words, o.route->next_steps.front()), {},
                           "", ""});
        break;
      }
  if (t.items.size() > 3) t.items.resize(3);
  // A contact is given once, with the first thing it is for.
  std::set<std::string> given;
  for (auto& item : t.items)
    item.contacts.erase(std::remove_if(item.contacts.begin(), item.contacts.end(), [&](const auto& c) { return !given.insert(c.id).second; }),
                        item.contacts.end());
  return t;
}

view::Letter letter(const i18n::Localizer& words, const offer::Contact* to) {
  view::Letter l;
  l.locale = words.locale();
  l.dir = words.direction();
  l.title = words.text("letter.title");
  l.to = words.text("letter.to", {{"contact", to ? words.text("contact." + to->id + ".name") : std::string()},
                                  {"council", words.text("offer.council")}});
  l.paragraphs = {words.text("letter.opening")};
  l.answers_label = words.text("letter.answers");
  for (const char* f : {"child", "birth", "parent", "address", "reach"}) l.fields.push_back(words.text(std::string("letter.field.") + f));
  l.closing = {words.text("letter.closing"), words.text("letter.field.signed"), words.text("letter.field.date")};
  return l;
}

view::Request request(const offer::Offer& offer, const i18n::Localizer& words, const rules::Answers& counted) {
  view::Request r;
  const offer::Contact* to = ask_contact(offer);
  const i18n::Localizer english = words.in_english();
  if (to != nullptr) r.to = contact_item(offer, words, to->id);
  r.lead = words.text("request.lead");
  r.include_label = words.text("request.include");
  for (const auto& q : offer.questions) {
    auto it = counted.find(q.id);
    if (it == counted.end()) continue;
    r.rows.push_back({q.id, words.text("question." + q.id + ".short"), answer_text(offer, words, q, it->second),
                      english.text("question." + q.id + ".short"), answer_text(offer, english, q, it->second)});
  }
  r.email_button = words.text("request.email");
  r.email_subject = english.text("letter.title");
  if (r.to.email.empty()) r.email_missing = words.text("request.email_missing", {{"contact", r.to.name}});
  r.letter_button = words.text("request.letter");
  r.phone_heading = words.text("request.phone.heading");
  r.phone_script = words.text("request.phone.script");
  r.letters.push_back(letter(words, to));
  if (words.locale() != english.locale()) r.letters.push_back(letter(english, to));
  return r;
}

void fold(std::vector<Element>& out, std::string summary, std::vector<Element> inside) {
  out.push_back(view::Fold{std::move(summary)});
  for (auto& e : inside) out.push_back(std::move(e));
  out.push_back(view::FoldEnd{});
}

}  // namespace

view::Pathway pathway_picture(const offer::Offer& offer, const i18n::Localizer& words) {
  view::Pathway p{words.text("result.pathway.heading"), {}};
  for (const auto& s : offer.steps) {
    const std::string when = "pathway." + s.id + ".when";
    p.steps.push_back({words.text("pathway." + s.id + ".title"), words.has(when) ? words.text(when) : std::string()});
  }
  return p;
}

const offer::Contact* ask_contact(const offer::Offer& offer) {
  for (const auto& s : offer.steps)
    if (!s.contact.empty()) return offer.contact(s.contact);
  return nullptr;
}

namespace {

i18n::Args based_on_args(const offer::Offer& offer, const i18n::Localizer& words) {
  auto published = rules::parse_iso_date(offer.version.published_on);
  if (!published) return {};
  return {{"council", words.text("offer.council")}, {"date", *published}};
}

}  // namespace

std::string based_on(const offer::Offer& offer, const i18n::Localizer& words) {
  const auto args = based_on_args(offer, words);
  return args.empty() ? std::string() : words.text("result.based_on", args);
}

view::Screen result_screen(const offer::Offer& offer, const i18n::Localizer& words, const std::vector<rules::Outcome>& outcomes,
                           const rules::Answers& counted, const ServicesFound* services) {
  view::Screen s = blank_screen(view::ScreenKind::kResult, words.text("result.heading"), words);
  auto& out = s.elements;
  out.push_back(action(view::ActionEvent::kBack, words.text("nav.back"), false));
  out.push_back(heading(1, words.text("result.heading")));
  out.push_back(view::Paragraph{based_on(offer, words), ideas_of(words, "result.based_on", based_on_args(offer, words))});

  view::Todo now = todo(offer, words, outcomes);
  if (!now.items.empty()) {
    out.push_back(heading(2, words.text("result.todo.heading")));
    out.push_back(std::move(now));
  }
  for (const Group& g : kGroups) {
    std::vector<Element> cards;
    for (const auto& o : outcomes)
      if (g.holds(o)) cards.push_back(view::Outcome{outcome_card(offer, words, o)});
    if (cards.empty()) continue;
    const std::string title = words.text(std::string("result.group.") + g.key);
    if (g.folded) {
      fold(out, title, std::move(cards));
      continue;
    }
    out.push_back(heading(2, title));
    for (auto& c : cards) out.push_back(std::move(c));
  }
  if (any_of(outcomes, rules::Status::kAssessment) || any_of(outcomes, rules::Status::kNotYet))
    fold(out, words.text("request.heading"), {request(offer, words, counted)});
  if (services != nullptr)
    for (auto& e : services_section(offer, words, *services)) out.push_back(std::move(e));
  if (!offer.steps.empty())
    fold(out, words.text("result.pathway.heading"), {pathway_picture(offer, words), steps(offer, words, offer.steps, "pathway.")});
  if (!offer.complaints.empty()) fold(out, words.text("result.complaints.heading"), {steps(offer, words, offer.complaints, "complaint.")});
  if (!offer.advice.empty()) {
    view::Contacts advice;
    for (const auto& id : offer.advice)
      for (auto& c : reachable(offer, words, id)) advice.items.push_back(std::move(c));
    if (!advice.items.empty()) fold(out, words.text("result.advice.heading"), {std::move(advice)});
  }
  std::vector<Element> unavailable;
  for (const auto& o : outcomes)
    if (o.status == rules::Status::kNotEligible) unavailable.push_back(view::Outcome{outcome_card(offer, words, o)});
  if (!unavailable.empty()) {
    const double count = static_cast<double>(unavailable.size());
    fold(out, words.text("result.group.not-eligible", {{"count", count}}), std::move(unavailable));
  }
  out.push_back(view::ResumeCode{words.text("resume.code.label"), resume_code(offer, counted), words.text("resume.code.hint")});
  out.push_back(action(view::ActionEvent::kRestart, words.text("result.restart"), false));
  return s;
}

}  // namespace signpost::core::flow
