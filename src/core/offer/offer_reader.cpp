#include "core/offer/offer_reader.h"

#include <set>

#include "core/json/reader.h"
#include "core/offer/condition_reader.h"
#include "core/offer/offer_checks.h"
#include "core/places/postcode.h"
#include "core/rules/date.h"
#include "core/text/echo.h"
#include "core/url/link.h"

namespace signpost::core::offer {
namespace {

using json::JsonReader;

struct File {
  std::string path;
  std::optional<json::Json> doc;
};

File read_file(const content::ContentSource& content, const std::string& path, json::Diagnostics& out) {
  File f{path, std::nullopt};
  auto text = content.read(path);
  if (!text) {
    out.error(path, "", "missing: every offer needs this file");
    return f;
  }
  f.doc = json::parse(*text, path, out);
  return f;
}

std::vector<std::string> read_ids(const JsonReader& list) {
  std::vector<std::string> ids;
  if (!list.expect_array()) return ids;
  for (std::size_t i = 0; i < list.value().size(); ++i) {
    auto item = list.element(i);
    if (!item.expect_object()) continue;
    if (auto id = item.member("id").string()) ids.push_back(*id);
  }
  return ids;
}

std::optional<std::string> optional_string(const JsonReader& r, const char* key) {
  auto m = r.member(key, false);
  if (m.value().is_null()) return std::nullopt;
  return m.string();
}

// A contact's phone, email or web address, refused with its pointer unless
// it can only be that kind of link (url/link.h).
template <typename Problem>
std::optional<std::string> link_field(const JsonReader& r, const char* key, Problem problem) {
  auto value = optional_string(r, key);
  if (!value) return std::nullopt;
  if (std::string why = problem(*value); !why.empty()) {
    r.member(key).error(why + ", got " + text::quoted(*value));
    return std::nullopt;
  }
  return value;
}

void read_pack(const JsonReader& r, Offer& offer) {
  if (!r.expect_object()) return;
  r.only_keys({"id", "catalog", "default_locale", "currency", "version", "published_on", "review_by", "http_links", "tiers", "contacts",
               "advice", "providers", "facts"});
  if (auto id = r.member("id").string()) {
    if (*id != offer.id) r.member("id").error("expected " + text::quoted(offer.id) + " (the folder's name), got " + text::quoted(*id));
  }
  if (auto c = r.member("catalog").string()) offer.catalog = *c;
  if (r.has("default_locale"))
    if (auto l = r.member("default_locale").string()) offer.default_locale = *l;
  if (r.has("currency"))
    if (auto c = r.member("currency").string()) offer.currency = *c;
  if (auto v = r.member("version").string()) offer.version.version = *v;
  for (auto [key, field] : {std::pair{"published_on", &offer.version.published_on}, {"review_by", &offer.version.review_by}}) {
    auto date = r.member(key).string();
    if (date && rules::parse_iso_date(*date)) *field = *date;
    else if (date) r.member(key).error("expected a date as YYYY-MM-DD, got " + text::quoted(*date));
  }
  if (r.has("http_links")) offer.http_links = r.member("http_links").boolean().value_or(false);
  offer.tiers = read_ids(r.member("tiers"));
  if (r.has("advice"))
    if (auto advice = r.member("advice").strings()) offer.advice = *advice;

  auto contacts = r.member("contacts");
  if (contacts.expect_array()) {
    for (std::size_t i = 0; i < contacts.value().size(); ++i) {
      auto c = contacts.element(i);
      if (!c.expect_object()) continue;
      c.only_keys({"id", "phone", "email", "url", "source", "page", "note"});
      Contact contact;
      if (auto id = c.member("id").string()) contact.id = *id;
      contact.phone = link_field(c, "phone", [](std::string_view v) { return url::phone_problem(v); });
      contact.email = link_field(c, "email", [](std::string_view v) { return url::email_problem(v); });
      contact.url = link_field(c, "url", [&](std::string_view v) { return url::web_problem(v, offer.http_links); });
      contact.provenance = read_provenance(c);
      offer.contacts.push_back(std::move(contact));
    }
  }
  if (r.has("providers")) {
    auto providers = r.member("providers");
    if (providers.expect_array()) {
      for (std::size_t i = 0; i < providers.value().size(); ++i) {
        auto p = providers.element(i);
        if (!p.expect_object()) continue;
        p.only_keys({"id", "name", "routes", "source", "page", "note"});
        Provider provider;
        if (auto id = p.member("id").string()) provider.id = *id;
        if (auto name = p.member("name").string()) provider.name = *name;
        if (auto routes = p.member("routes").strings()) provider.routes = *routes;
        provider.provenance = read_provenance(p);
        offer.providers.push_back(std::move(provider));
      }
    }
  }
  if (r.has("facts")) offer.facts = read_facts(r.member("facts"));
}

// statement.json: {"carers_views": [{"text", "source", "page"}], "review": [...]}.
void read_statement(const JsonReader& r, Offer& offer) {
  if (!r.expect_object()) return;
  r.only_keys({"carers_views", "review"});
  auto read = [&](const char* field, std::vector<Sourced>& into) {
    if (!r.has(field)) return;
    auto list = r.member(field);
    if (!list.expect_array()) return;
    for (std::size_t i = 0; i < list.value().size(); ++i) {
      auto item = list.element(i);
      if (!item.expect_object()) continue;
      item.only_keys({"text", "source", "page", "note"});
      into.push_back({item.member("text").string().value_or(""), read_provenance(item)});
    }
  };
  read("carers_views", offer.statement.carers_views);
  read("review", offer.statement.review);
}

void read_questions(const JsonReader& r, Offer& offer) {
  if (!r.expect_object()) return;
  r.only_keys({"questions"});
  auto list = r.member("questions");
  if (!list.expect_array()) return;
  for (std::size_t i = 0; i < list.value().size(); ++i) {
    auto q = list.element(i);
    if (!q.expect_object()) continue;
    q.only_keys({"id", "kind", "options", "exclusive", "for", "ages"});
    Question question;
    if (auto id = q.member("id").string()) question.id = *id;
    auto kind = q.member("kind").one_of({"choice", "multi", "date", "place"});
    if (!kind) continue;
    question.kind = *kind == "choice"  ? QuestionKind::kChoice
                    : *kind == "multi" ? QuestionKind::kMulti
                    : *kind == "place" ? QuestionKind::kPlace
                                       : QuestionKind::kDate;
    if (q.has("for")) {
      auto purpose = q.member("for").one_of({"signposting", "voice"});
      question.signposting = purpose == "signposting";
      question.voice = purpose == "voice";
    }
    if (q.has("ages")) {
      auto ages = q.member("ages");
      if (!question.voice) {
        ages.error("only the voice question (\"for\": \"voice\") has ages");
      } else if (ages.expect_object()) {
        ages.only_keys({"min", "max"});
        question.min_age = ages.member("min").integer_in(0, 150);
        question.max_age = ages.member("max").integer_in(0, 150);
      }
    }
    if (question.kind == QuestionKind::kPlace) {
      if (q.has("options")) q.member("options").error("a place question's options are the areas in places.json");
    } else if (question.kind != QuestionKind::kDate) {
      if (auto options = q.member("options").strings()) {
        question.options = *options;
        if (options->empty()) q.member("options").error("expected at least one option, got an empty array");
      }
    } else if (q.has("options")) {
      q.member("options").error("a date question has no options");
    }
    if (q.has("exclusive")) {
      if (question.kind != QuestionKind::kMulti) q.member("exclusive").error("only a multi question has exclusive options");
      else if (auto ex = q.member("exclusive").strings()) question.exclusive = *ex;
    }
    offer.questions.push_back(std::move(question));
  }
}

places::Point read_point(const JsonReader& r) {
  places::Point p;
  if (!r.expect_array() || r.value().size() != 2) {
    if (r.value().is_array()) r.expected("[latitude, longitude]");
    return p;
  }
  auto lat = r.element(0).number_in(-90, 90, "a latitude"), lon = r.element(1).number_in(-180, 180, "a longitude");
  if (lat && lon) p = {*lat, *lon};
  return p;
}

void read_places(const JsonReader& r, Offer& offer) {
  if (!r.expect_object()) return;
  r.only_keys({"source", "travel", "districts", "areas"});
  places::Places& places = offer.places;
  if (auto s = r.member("source").string()) places.source = *s;
  if (r.has("travel")) {
    auto t = r.member("travel");
    if (t.expect_object()) {
      t.only_keys({"km_per_hour", "detour", "near_minutes"});
      // Ranges a journey by road can have (places.h): a walk to a motorway, a
      // road that doubles the straight line, up to a day's travel.
      if (auto v = t.member("km_per_hour").number_in(3, 130)) places.km_per_hour = *v;
      if (auto v = t.member("detour").number_in(1, 3)) places.detour = *v;
      if (auto v = t.member("near_minutes").integer_in(1, 24 * 60)) places.near_minutes = static_cast<int>(*v);
    }
  }
  auto districts = r.member("districts");
  if (districts.expect_object())
    for (const auto& [code, at] : districts.value().items()) {
      auto d = districts.member(code);
      if (places::postcode_district(code) != code) d.error(text::quoted(code) + " is not a postcode district such as \"LE11\"");
      else places.districts[code] = read_point(d);
    }
  if (r.has("areas")) {
    auto areas = r.member("areas");
    if (areas.expect_array())
      for (std::size_t i = 0; i < areas.value().size(); ++i) {
        auto a = areas.element(i);
        if (!a.expect_object()) continue;
        a.only_keys({"id", "name", "at"});
        places::Area area;
        if (auto id = a.member("id").string()) area.id = *id;
        if (auto name = a.member("name").string()) area.name = *name;
        area.at = read_point(a.member("at"));
        places.areas.push_back(std::move(area));
      }
  }
}

void read_route(const JsonReader& r, Offer& offer) {
  if (!r.expect_object()) return;
  r.only_keys({"id", "tier", "access", "when", "assessed_by", "otherwise", "next_steps", "facts", "source", "page", "note"});
  Route route;
  if (auto id = r.member("id").string()) route.id = *id;
  if (auto tier = r.member("tier").string()) route.tier = *tier;
  if (auto access = r.member("access").one_of({"open", "self-assessment", "assessment"})) {
    route.access = *access == "open" ? Access::kOpen : *access == "self-assessment" ? Access::kSelfAssessment : Access::kAssessment;
  }
  if (r.has("when")) {
    if (auto when = read_condition(r.member("when"), offer.criteria)) route.when = std::move(*when);
  }
  if (route.access == Access::kAssessment || r.has("assessed_by")) {
    if (auto by = r.member("assessed_by").strings()) route.assessed_by = *by;
  }
  if (r.has("otherwise"))
    if (auto v = r.member("otherwise").strings()) route.otherwise = *v;
  if (r.has("next_steps"))
    if (auto v = r.member("next_steps").strings()) route.next_steps = *v;
  if (r.has("facts")) route.facts = read_facts(r.member("facts"));
  route.provenance = read_provenance(r);
  offer.routes.push_back(std::move(route));
}

void read_rules(const JsonReader& r, Offer& offer) {
  if (!r.expect_object()) return;
  r.only_keys({"conditions", "routes"});
  if (r.has("conditions")) {
    auto named = r.member("conditions");
    if (named.expect_object()) {
      for (const auto& [name, _] : named.value().items()) {
        if (auto c = read_condition(named.member(name), offer.criteria)) offer.conditions[name] = std::move(*c);
      }
    }
  }
  auto routes = r.member("routes");
  if (!routes.expect_array()) return;
  if (routes.value().empty()) routes.error("expected at least one route, got an empty array");
  for (std::size_t i = 0; i < routes.value().size(); ++i) read_route(routes.element(i), offer);
}

std::vector<Step> read_steps(const JsonReader& list) {
  std::vector<Step> steps;
  if (!list.expect_array()) return steps;
  for (std::size_t i = 0; i < list.value().size(); ++i) {
    auto s = list.element(i);
    if (!s.expect_object()) continue;
    s.only_keys({"id", "contact"});
    Step step;
    if (auto id = s.member("id").string()) step.id = *id;
    if (s.has("contact"))
      if (auto c = s.member("contact").string()) step.contact = *c;
    steps.push_back(std::move(step));
  }
  return steps;
}

void read_pathway(const JsonReader& r, Offer& offer) {
  if (!r.expect_object()) return;
  r.only_keys({"steps", "complaints"});
  offer.steps = read_steps(r.member("steps"));
  offer.complaints = read_steps(r.member("complaints"));
}

}  // namespace

bool is_valid_offer_id(const std::string& id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

std::vector<std::string> offer_ids(const content::ContentSource& content) {
  std::vector<std::string> ids;
  for (const auto& name : content.list("offers"))
    if (is_valid_offer_id(name) && content.read("offers/" + name + "/pack.json")) ids.push_back(name);
  return ids;
}

LoadedOffer load_offer(const content::ContentSource& content, const std::string& id, Checks checks) {
  LoadedOffer result;
  auto& out = result.diagnostics;
  if (!is_valid_offer_id(id)) {
    out.error("offers/" + id, "", "not an offer id: use lower-case letters, digits and hyphens");
    return result;
  }
  Offer offer;
  offer.id = id;
  const std::string dir = "offers/" + id + "/";
  using Reader = void (*)(const JsonReader&, Offer&);
  const std::pair<const char*, Reader> files[] = {
      {"pack.json", read_pack}, {"questions.json", read_questions}, {"rules.json", read_rules}, {"pathway.json", read_pathway}};
  for (const auto& [name, reader] : files) {
    File f = read_file(content, dir + name, out);
    if (f.doc) reader(JsonReader(*f.doc, f.path, "", out), offer);
  }
  // The council's own part of its statement: only its statement needs it (lint requires it).
  if (content.read(dir + "statement.json")) {
    File f = read_file(content, dir + "statement.json", out);
    if (f.doc) read_statement(JsonReader(*f.doc, f.path, "", out), offer);
  }
  // Places are needed only by an offer that asks where the family lives.
  if (content.read(dir + "places.json")) {
    File f = read_file(content, dir + "places.json", out);
    if (f.doc) read_places(JsonReader(*f.doc, f.path, "", out), offer);
  }
  for (auto& q : offer.questions) {
    if (q.kind != QuestionKind::kPlace) continue;
    for (const auto& area : offer.places.areas) q.options.push_back(area.id);
    q.options.push_back(kUnknownAnswer);
    for (const auto& [code, at] : offer.places.districts) q.districts.insert(code);
  }
  if (!out.empty()) return result;
  check_offer(offer, dir, out, checks);
  if (out.empty()) result.offer = std::move(offer);
  return result;
}

}  // namespace signpost::core::offer
