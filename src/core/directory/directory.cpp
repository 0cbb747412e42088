#include "core/directory/directory.h"

#include "core/directory/suits.h"

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

}  // namespace

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

std::optional<Directory> read_directory(const Json& doc, const std::string& file, const std::vector<std::string>& tiers,
                                        json::Diagnostics& out) {
  JsonReader r(doc, file, "", out);
  if (!r.expect_object()) return std::nullopt;
  r.only_keys({"services"});
  auto list = r.member("services");
  if (!list.expect_array()) return std::nullopt;
  std::size_t before = out.size();
  Directory d;
  for (std::size_t i = 0; i < list.value().size(); ++i) {
    auto s = list.element(i);
    if (!s.expect_object()) continue;
    s.only_keys({"id", "name", "tier", "description", "organisation", "min_age", "max_age", "terms", "days", "opens_at", "closes_at",
                 "languages", "needs", "access", "times", "translations", "locations", "phone", "email", "url", "cost", "demo",
                 "source"});
    Service svc;
    svc.id = s.member("id").string().value_or("");
    svc.name = s.member("name").string().value_or("");
    svc.tier = s.member("tier").one_of(tiers).value_or("");
    svc.description = optional_string(s, "description");
    svc.organisation = optional_string(s, "organisation");
    if (s.has("min_age")) svc.min_age = static_cast<int>(s.member("min_age").integer().value_or(0));
    if (s.has("max_age")) svc.max_age = static_cast<int>(s.member("max_age").integer().value_or(0));
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
          if (l.has("latitude")) loc.latitude = l.member("latitude").number();
          if (l.has("longitude")) loc.longitude = l.member("longitude").number();
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
  return read_directory(*doc, file, offer.tiers, out);
}

}  // namespace signpost::core::directory
