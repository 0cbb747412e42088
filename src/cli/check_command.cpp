// signpost check: the outcome of every route for one family's answers, with
// reasons, as text for people or JSON for programs; or, with --format record,
// the aggregate record this check adds to the counts of demand.
#include <algorithm>
#include <ostream>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/counts/check_record.h"
#include "core/flow/path.h"
#include "core/flow/screens.h"
#include "core/i18n/localizer.h"
#include "core/text/echo.h"

namespace signpost::cli {
namespace {

using core::json::Json;

// A contact as programs read it: how to reach it, and the page that says so.
Json contact_json(const core::offer::Contact& c, const std::string& name) {
  Json j = {{"contact", c.id}, {"name", name}, {"phone", c.phone ? Json(*c.phone) : Json()}, {"email", c.email ? Json(*c.email) : Json()},
            {"url", c.url ? Json(*c.url) : Json()}};
  if (c.provenance.has_url()) j["source"] = {{"url", c.provenance.url}, {"read_on", c.provenance.read_on}};
  return j;
}

Json outcome_json(const core::rules::Outcome& o, const core::view::OutcomeCard& card, const Json& ask) {
  Json reasons = Json::array();
  for (std::size_t i = 0; i < o.reasons.size(); ++i) {
    const auto& r = o.reasons[i];
    reasons.push_back({{"criterion", r.criterion},
                       {"result", core::rules::to_string(r.result)},
                       {"answer", r.answer ? core::rules::to_json(*r.answer) : Json()},
                       {"decisive", r.decisive},
                       {"text", card.reasons[i].text}});
  }
  Json assessed_by = Json::array();
  for (const auto& c : card.assessed_by) assessed_by.push_back({{"contact", c.id}, {"name", c.name}, {"how", c.how}});
  Json j = {{"route", o.route->id},    {"status", core::rules::to_string(o.status)}, {"title", card.title},
            {"tier", card.tier},       {"reasons", reasons},                         {"checks", card.checks},
            {"waits", card.waits},     {"assessed_by", assessed_by},                 {"next_steps", card.next_steps},
            {"otherwise", card.otherwise}};
  // Where the family asks: on every outcome that needs an assessment or waits for a letter.
  if (o.status == core::rules::Status::kAssessment || o.status == core::rules::Status::kNotYet) j["ask"] = ask;
  return j;
}

Json service_json(const core::directory::Match& m) {
  const auto& s = *m.service;
  Json contact = Json::object();
  core::json::put_if_set(contact, "phone", s.phone);
  core::json::put_if_set(contact, "email", s.email);
  core::json::put_if_set(contact, "url", s.url);
  return {{"id", s.id},
          {"name", s.name},
          {"tier", s.tier},
          {"travel_minutes", m.travel_minutes ? Json(*m.travel_minutes) : Json()},
          {"near", m.near},
          {"contact", contact},
          {"demo", s.demo}};
}

const char* mark(const std::string& result) {
  if (result == "met") return "yes ";
  if (result == "not-met") return "no  ";
  return "??  ";
}

void print_services(std::ostream& out, const core::offer::Offer& offer, const core::i18n::Localizer& words,
                    const core::flow::ServicesFound& found) {
  out << words.text("result.services.heading") << "\n";
  if (found.matches.empty()) out << "  " << words.text(found.matched ? "result.services.no_results" : "result.services.none", {{"query", found.query}}) << "\n";
  for (const auto& m : found.matches) {
    const auto card = core::flow::service_card(offer, words, m);
    out << "  * " << card.name << "  [" << m.service->id << ", " << m.service->tier << "]" << (m.service->demo ? "  (demo)" : "") << "\n";
    out << "      " << card.travel << (card.near.empty() ? "" : " (" + card.near + ")") << "\n";
    if (!card.when.empty()) out << "      " << words.text("label.when") << ": " << card.when << "\n";
    for (const auto& [label, value] : {std::pair{"label.phone", card.contact.phone}, {"label.email", card.contact.email}, {"label.website", card.contact.url}})
      if (!value.empty()) out << "      " << words.text(label) << ": " << value << "\n";
  }
  out << "\n";
}

void print_text(std::ostream& out, const core::offer::Offer& offer, const core::i18n::Localizer& words,
                const std::vector<core::view::OutcomeCard>& cards) {
  out << words.text("offer.name") << "\n" << core::flow::based_on(offer, words) << "\n\n";
  for (const char* status : {"eligible", "not-yet", "may-be-eligible", "assessment", "not-eligible"}) {
    bool any = std::any_of(cards.begin(), cards.end(), [&](const auto& c) { return c.status == status; });
    if (!any) continue;
    out << words.text(std::string("result.group.") + status) << "\n";
    for (const auto& c : cards) {
      if (c.status != status) continue;
      out << "  * " << c.title << "  [" << c.route << ": " << c.status << "]\n";
      for (const auto& r : c.reasons)
        if (r.decisive) out << "      " << mark(r.result) << r.text << "\n";
      for (const auto& text : c.checks) out << "      " << words.text("label.check") << ": " << text << "\n";
      for (const auto& text : c.waits) out << "      " << text << "\n";
      for (const auto& who : c.assessed_by) out << "      " << words.text("label.assessed_by") << ": " << who.name << "\n";
      for (const auto& text : c.next_steps) out << "      " << words.text("label.next") << ": " << text << "\n";
      if (!c.otherwise.empty()) out << "      " << words.text("label.otherwise") << ": " << words.list(c.otherwise) << "\n";
    }
    out << "\n";
  }
}

}  // namespace

int check_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  auto o = Options::parse(args, {"offer", "answers", "today", "locale", "format", "root", "search"}, err, {"easy-read"});
  if (!o) return kBadInput;
  std::string format = o->get_or("format", "text");
  if (format != "text" && format != "json" && format != "record") {
    err << "signpost: --format: expected text, json or record, got " << core::text::quoted(format) << "\n";
    return kBadInput;
  }
  auto l = load_for_answers(*o, err);
  if (!l) return kBadInput;
  core::i18n::Localizer words(l->catalogs, l->offer, l->locale);
  // Only the answers a family would have been asked count (skip logic).
  auto counted = core::flow::answers_on_path(l->answers, core::flow::walk_path(l->offer, l->answers, l->today));
  auto outcomes = core::rules::decide_all(l->offer, counted, l->today);
  std::optional<core::flow::ServicesFound> found;
  if (l->directory) {
    found = core::flow::find_services(l->offer, *l->directory, counted, outcomes, l->today, o->get_or("search", ""), l->locale);
  }
  if (format == "record") {
    // What this check would add to the counts of demand (core/counts/check_record.h).
    const auto* directory = l->directory ? &*l->directory : nullptr;
    out << core::counts::record_of(l->offer, directory, counted, outcomes, l->today, l->locale, o->flag("easy-read")).to_json().dump() << "\n";
    return kOk;
  }
  std::vector<core::view::OutcomeCard> cards;
  for (const auto& oc : outcomes) cards.push_back(core::flow::outcome_card(l->offer, words, oc));

  if (format == "json") {
    const auto* asked = core::flow::ask_contact(l->offer);
    const Json ask = asked ? contact_json(*asked, words.text("contact." + asked->id + ".name")) : Json();
    const auto& v = l->offer.version;
    Json j = {{"offer", l->offer.id},
              {"pack", {{"version", v.version}, {"published_on", v.published_on}, {"review_by", v.review_by}}},
              {"based_on", core::flow::based_on(l->offer, words)},
              {"today", core::rules::to_iso(l->today)},
              {"locale", l->locale},
              {"outcomes", Json::array()}};
    for (std::size_t i = 0; i < outcomes.size(); ++i) j["outcomes"].push_back(outcome_json(outcomes[i], cards[i], ask));
    if (found) {
      j["services"] = Json::array();
      for (const auto& m : found->matches) j["services"].push_back(service_json(m));
    }
    out << j.dump(2) << "\n";
  } else {
    print_text(out, l->offer, words, cards);
    if (found) print_services(out, l->offer, words, *found);
  }
  return kOk;
}

}  // namespace signpost::cli
