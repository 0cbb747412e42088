#include "core/directory/directory.h"

#include <algorithm>
#include <cmath>

#include "core/directory/suits.h"
#include "core/text/echo.h"
#include "core/url/link.h"

namespace signpost::core::directory {
namespace {

using json::Json;
using json::JsonReader;

std::string optional_string(const JsonReader& r, const char* key) {
  if (!r.has(key)) return "";
  return r.member(key).string().value_or("");
}

std::vector<std::string> optional_strings(const JsonReader& r, const char* key) {
  if (!r.has(key)) return {};
  return r.member(key).strings().value_or(std::vector<std::string>{});
}

bool two_digits(std::string_view t, std::size_t at, int most) {
  if (at + 2 > t.size() || t[at] < '0' || t[at] > '9' || t[at + 1] < '0' || t[at + 1] > '9') return false;
  return (t[at] - '0') * 10 + (t[at + 1] - '0') <= most;
}

constexpr std::string_view kDays[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
constexpr std::string_view kDayNames[] = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"};

}  // namespace

std::optional<std::string> time_of_day(std::string_view t) {
  if (!two_digits(t, 0, 23) || t.size() < 5 || t[2] != ':' || !two_digits(t, 3, 59)) return std::nullopt;
  std::string_view rest = t.substr(5);
  if (!rest.empty() && rest[0] == ':') {
    if (!two_digits(rest, 1, 60)) return std::nullopt;
    rest = rest.substr(3);
    if (!rest.empty() && rest[0] == '.') rest = rest.substr(std::min(rest.size(), rest.find_first_not_of("0123456789", 1)));
  }
  // A zone: Z, or +HH:MM / -HH:MM.
  const bool zone = rest.empty() || rest == "Z" || ((rest[0] == '+' || rest[0] == '-') && rest.size() == 6 && two_digits(rest, 1, 23) && rest[3] == ':' && two_digits(rest, 4, 59));
  if (!zone) return std::nullopt;
  return std::string(t.substr(0, 5));
}

std::optional<std::string> day_code(std::string_view text) {
  std::string up;
  for (char c : text)
    if (c != ' ') up += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  // An RRULE BYDAY may say which one in the month: "1MO", "-1FR".
  std::size_t skip = 0;
  if (skip < up.size() && (up[skip] == '+' || up[skip] == '-')) ++skip;
  while (skip < up.size() && up[skip] >= '0' && up[skip] <= '9') ++skip;
  const std::string_view day = std::string_view(up).substr(skip);
  // Or the day's name, whole or cut: "SATURDAY", "SAT", "SA".
  for (std::size_t i = 0; i < 7; ++i)
    if (day.size() >= 2 && kDayNames[i].substr(0, day.size()) == day) return std::string(kDays[i]);
  return std::nullopt;
}

ServiceRules ServiceRules::of(const offer::Offer& offer) { return {offer.tiers, offer.http_links, &offer.places}; }

void check_service(const Service& s, const ServiceRules& rules, const std::string& file, const std::string& pointer, json::Diagnostics& out) {
  auto at = [&](const std::string& field, const std::string& message) { out.error(file, pointer + "/" + field, message); };
  if (!rules.tiers.empty() && std::find(rules.tiers.begin(), rules.tiers.end(), s.tier) == rules.tiers.end())
    at("tier", "expected one of the offer's tiers, got " + text::quoted(s.tier));
  for (auto [field, age] : {std::pair{"min_age", s.min_age}, {"max_age", s.max_age}})
    if (age && (*age < 0 || *age > kMaxAge)) at(field, "expected an age from 0 to " + std::to_string(kMaxAge) + ", got " + std::to_string(*age));
  if (s.min_age && s.max_age && *s.min_age > *s.max_age) at("min_age", "the minimum age is above the maximum age");
  for (auto [field, value] : {std::pair{"opens_at", &s.opens_at}, {"closes_at", &s.closes_at}})
    if (!value->empty() && time_of_day(*value) != *value) at(field, "expected a time as HH:MM, got " + text::quoted(*value));
  for (std::size_t i = 0; i < s.days.size(); ++i)
    if (day_code(s.days[i]) != s.days[i]) at("days/" + std::to_string(i), "expected a day as MO, TU, WE, TH, FR, SA or SU, got " + text::quoted(s.days[i]));
  if (std::string why = s.phone.empty() ? "" : url::phone_problem(s.phone); !why.empty()) at("phone", why + ", got " + text::quoted(s.phone));
  if (std::string why = s.email.empty() ? "" : url::email_problem(s.email); !why.empty()) at("email", why + ", got " + text::quoted(s.email));
  if (std::string why = s.url.empty() ? "" : url::web_problem(s.url, rules.http_links); !why.empty()) at("url", why + ", got " + text::quoted(s.url));
  for (std::size_t k = 0; k < s.locations.size(); ++k) {
    const Location& l = s.locations[k];
    const std::string loc = "locations/" + std::to_string(k);
    if (l.latitude && !(std::isfinite(*l.latitude) && std::fabs(*l.latitude) <= 90)) at(loc + "/latitude", "expected a latitude from -90 to 90");
    if (l.longitude && !(std::isfinite(*l.longitude) && std::fabs(*l.longitude) <= 180)) at(loc + "/longitude", "expected a longitude from -180 to 180");
    if (l.latitude.has_value() != l.longitude.has_value()) at(loc, "expected both latitude and longitude, or neither");
    if (rules.places != nullptr && !(l.latitude && l.longitude) && rules.places->find(l.postcode_district) == nullptr)
      at(loc, "no point for postcode district " + text::quoted(l.postcode_district) +
                  " in places.json, so no travel time: add the district there, or give latitude and longitude");
  }
}

Json to_json(const Service& s) {
  Json j = {{"id", s.id}, {"name", s.name}, {"tier", s.tier}};
  json::put_if_set(j, "description", s.description);
  json::put_if_set(j, "organisation", s.organisation);
  if (s.min_age) j["min_age"] = *s.min_age;
  if (s.max_age) j["max_age"] = *s.max_age;
  json::put_if_set(j, "terms", s.terms);
  json::put_if_set(j, "days", s.days);
  json::put_if_set(j, "opens_at", s.opens_at);
  json::put_if_set(j, "closes_at", s.closes_at);
  json::put_if_set(j, "languages", s.languages);
  for (const auto& v : kVocabularies) json::put_if_set(j, v.key, s.*v.field);
  if (!s.translations.empty()) {
    Json t = Json::object();
    for (const auto& [locale, w] : s.translations) {
      Json words = Json::object();
      json::put_if_set(words, "name", w.name);
      json::put_if_set(words, "description", w.description);
      t[locale] = words;
    }
    j["translations"] = t;
  }
  if (!s.locations.empty()) {
    j["locations"] = Json::array();
    for (const auto& l : s.locations) {
      Json loc = Json::object();
      json::put_if_set(loc, "postcode_district", l.postcode_district);
      if (l.latitude) loc["latitude"] = *l.latitude;
      if (l.longitude) loc["longitude"] = *l.longitude;
      j["locations"].push_back(loc);
    }
  }
  json::put_if_set(j, "phone", s.phone);
  json::put_if_set(j, "email", s.email);
  json::put_if_set(j, "url", s.url);
  json::put_if_set(j, "cost", s.cost);
  if (s.demo) j["demo"] = true;
  json::put_if_set(j, "source", s.source);
  return j;
}

Json to_json(const Directory& d) {
  Json services = Json::array();
  for (const auto& s : d.services) services.push_back(to_json(s));
  return Json{{"services", services}};
}

std::optional<Directory> read_directory(const Json& doc, const std::string& file, const ServiceRules& rules, json::Diagnostics& out) {
  JsonReader r(doc, file, "", out);
  if (!r.expect_object()) return std::nullopt;
  r.only_keys({"services"});
  auto list = r.member("services");
  if (!list.expect_array()) return std::nullopt;
  std::size_t before = out.size();
  Directory d;
  std::map<std::string, std::string> ids;  // id -> the pointer of the service that has it
  for (std::size_t i = 0; i < list.value().size(); ++i) {
    auto s = list.element(i);
    if (!s.expect_object()) continue;
    const std::size_t at_start = out.size();
    s.only_keys({"id", "name", "tier", "description", "organisation", "min_age", "max_age", "terms", "days", "opens_at", "closes_at",
                 "languages", "needs", "access", "times", "translations", "locations", "phone", "email", "url", "cost", "demo",
                 "source"});
    Service svc;
    svc.id = s.member("id").string().value_or("");
    svc.name = s.member("name").string().value_or("");
    svc.tier = rules.tiers.empty() ? s.member("tier").string().value_or("") : s.member("tier").one_of(rules.tiers).value_or("");
    svc.description = optional_string(s, "description");
    svc.organisation = optional_string(s, "organisation");
    for (auto [key, age] : {std::pair{"min_age", &svc.min_age}, {"max_age", &svc.max_age}})
      if (s.has(key))
        if (auto v = s.member(key).integer_in(0, kMaxAge, "an age")) *age = static_cast<int>(*v);
    svc.terms = optional_strings(s, "terms");
    svc.days = optional_strings(s, "days");
    svc.opens_at = optional_string(s, "opens_at");
    svc.closes_at = optional_string(s, "closes_at");
    svc.languages = optional_strings(s, "languages");
    for (const auto& v : kVocabularies) {
      if (!s.has(v.key)) continue;
      auto list = s.member(v.key);
      if (!list.expect_array()) continue;
      for (std::size_t k = 0; k < list.value().size(); ++k)
        if (auto value = list.element(k).one_of(*v.values)) (svc.*v.field).push_back(*value);
    }
    if (s.has("translations")) {
      auto t = s.member("translations");
      if (t.expect_object())
        for (const auto& [locale, words] : t.value().items()) {
          auto w = t.member(locale);
          if (!w.expect_object()) continue;
          w.only_keys({"name", "description"});
          svc.translations[locale] = Words{optional_string(w, "name"), optional_string(w, "description")};
        }
    }
    if (s.has("locations")) {
      auto locs = s.member("locations");
      if (locs.expect_array()) {
        for (std::size_t k = 0; k < locs.value().size(); ++k) {
          auto l = locs.element(k);
          if (!l.expect_object()) continue;
          l.only_keys({"postcode_district", "latitude", "longitude"});
          Location loc;
          loc.postcode_district = optional_string(l, "postcode_district");
          if (l.has("latitude")) loc.latitude = l.member("latitude").number_in(-90, 90, "a latitude");
          if (l.has("longitude")) loc.longitude = l.member("longitude").number_in(-180, 180, "a longitude");
          svc.locations.push_back(loc);
        }
      }
    }
    svc.phone = optional_string(s, "phone");
    svc.email = optional_string(s, "email");
    svc.url = optional_string(s, "url");
    svc.cost = optional_string(s, "cost");
    if (s.has("demo")) svc.demo = s.member("demo").boolean().value_or(false);
    svc.source = optional_string(s, "source");
    // Tiers were read above; the rest of the rules once the fields read cleanly.
    if (out.size() == at_start) check_service(svc, ServiceRules{{}, rules.http_links, rules.places}, file, s.pointer(), out);
    if (auto [first, added] = ids.emplace(svc.id, s.pointer()); !added)
      s.member("id").error("the id " + text::quoted(svc.id) + " is given twice; first at " + first->second);
    d.services.push_back(std::move(svc));
  }
  if (out.size() != before) return std::nullopt;
  return d;
}

std::optional<Directory> load_directory(const content::ContentSource& content, const offer::Offer& offer, json::Diagnostics& out) {
  const std::string file = "offers/" + offer.id + "/directory.json";
  auto text = content.read(file);
  if (!text) return std::nullopt;
  auto doc = json::parse(*text, file, out);
  if (!doc) return std::nullopt;
  return read_directory(*doc, file, ServiceRules::of(offer), out);
}

}  // namespace signpost::core::directory
