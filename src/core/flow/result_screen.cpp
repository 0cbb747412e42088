// The result screen: every route grouped by status (what you can get, what you
// may get, what to ask an assessment for, what not and what instead), each with
// its reasons; then what happens after you ask, and how to complain or appeal.
// The universal offer is always among them: no family leaves with nothing.
#include <algorithm>

#include "core/flow/criterion_words.h"
#include "core/flow/screens.h"

namespace signpost::core::flow {
namespace {

using view::Element;

view::ContactItem contact_item(const offer::Offer& offer, const i18n::Localizer& words, const std::string& id) {
  view::ContactItem item{id, words.text("contact." + id + ".name"), words.text("contact." + id + ".how"), "", "", ""};
  if (const offer::Contact* c = offer.contact(id)) {
    item.phone = c->phone.value_or("");
    item.email = c->email.value_or("");
    item.url = c->url.value_or("");
  }
  return item;
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
  if (o.status == rules::Status::kAssessment)
    for (const auto& id : r.assessed_by) c.assessed_by.push_back(contact_item(offer, words, id));
  if (o.status != rules::Status::kNotEligible)
    for (const auto& key : r.next_steps) c.next_steps.push_back(words.text(key, facts));
  if (o.status == rules::Status::kNotEligible)
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

namespace {

Element steps(const i18n::Localizer& words, const std::vector<offer::Step>& list, const std::string& prefix) {
  view::Steps e;
  for (const auto& s : list)
    e.steps.push_back({words.text(prefix + s.id + ".title"), words.text(prefix + s.id + ".body"), ideas_of(words, prefix + s.id + ".body")});
  return e;
}

}  // namespace

view::Screen result_screen(const offer::Offer& offer, const i18n::Localizer& words, const std::vector<rules::Outcome>& outcomes,
                           const ServicesFound* services) {
  view::Screen s = blank_screen(view::ScreenKind::kResult, words.text("result.heading"), words);
  s.elements.push_back(action(view::ActionEvent::kBack, words.text("nav.back"), false));
  s.elements.push_back(heading(1, words.text("result.heading")));
  s.elements.push_back(paragraph(words, "result.lead"));

  const rules::Status order[] = {rules::Status::kEligible, rules::Status::kMayBeEligible, rules::Status::kAssessment,
                                 rules::Status::kNotEligible};
  for (rules::Status status : order) {
    bool any = std::any_of(outcomes.begin(), outcomes.end(), [&](const rules::Outcome& o) { return o.status == status; });
    if (!any) continue;
    s.elements.push_back(heading(2, words.text(std::string("result.group.") + rules::to_string(status))));
    for (const auto& o : outcomes)
      if (o.status == status) s.elements.push_back(view::Outcome{outcome_card(offer, words, o)});
  }
  if (services != nullptr)
    for (auto& e : services_section(offer, words, *services)) s.elements.push_back(std::move(e));
  if (!offer.steps.empty()) {
    s.elements.push_back(heading(2, words.text("result.pathway.heading")));
    s.elements.push_back(steps(words, offer.steps, "pathway."));
  }
  if (!offer.complaints.empty()) {
    s.elements.push_back(heading(2, words.text("result.complaints.heading")));
    s.elements.push_back(steps(words, offer.complaints, "complaint."));
  }
  s.elements.push_back(action(view::ActionEvent::kRestart, words.text("result.restart"), false));
  return s;
}

}  // namespace signpost::core::flow
