#include "core/directory/oruk_import.h"

#include <algorithm>
#include <cstdlib>

#include "core/directory/suits.h"
#include "core/places/postcode.h"

namespace signpost::core::directory {
namespace {

using json::Json;

const Json* field(const Json& j, const char* key) {
  if (!j.is_object()) return nullptr;
  auto it = j.find(key);
  return it == j.end() || it->is_null() ? nullptr : &*it;
}

std::string text(const Json& j, const char* key) {
  const Json* f = field(j, key);
  if (f == nullptr) return "";
  if (f->is_string()) return f->get<std::string>();
  if (f->is_number_integer()) return std::to_string(f->get<long long>());
  return "";
}

std::optional<int> whole(const Json& j, const char* key) {
  const Json* f = field(j, key);
  if (f != nullptr && f->is_number()) return static_cast<int>(f->get<double>());
  return std::nullopt;
}

std::optional<double> real(const Json& j, const char* key) {
  const Json* f = field(j, key);
  if (f != nullptr && f->is_number()) return f->get<double>();
  if (f != nullptr && f->is_string()) {
    const std::string& t = f->get_ref<const std::string&>();
    char* end = nullptr;
    double v = std::strtod(t.c_str(), &end);
    if (!t.empty() && end == t.c_str() + t.size()) return v;
  }
  return std::nullopt;
}

// Each element of an array field that is an object.
template <typename F>
void each(const Json& j, const char* key, F f) {
  const Json* list = field(j, key);
  if (list == nullptr || !list->is_array()) return;
  for (const auto& item : *list)
    if (item.is_object()) f(item);
}

void add_unique(std::vector<std::string>& list, const std::string& v) {
  if (!v.empty() && std::find(list.begin(), list.end(), v) == list.end()) list.push_back(v);
}

std::string hhmm(const std::string& time) { return time.size() >= 5 ? time.substr(0, 5) : time; }

// "Monday" or "MO" -> "MO".
std::string day_code(std::string day) {
  for (auto& c : day) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return day.size() >= 2 ? day.substr(0, 2) : "";
}

void read_schedule(const Json& s, Service& svc, bool v1) {
  if (v1) {
    add_unique(svc.days, day_code(text(s, "weekday")));
  } else {
    std::string byday = text(s, "byday");
    std::size_t start = 0;
    while (start < byday.size()) {
      auto end = byday.find(',', start);
      add_unique(svc.days, day_code(byday.substr(start, end == std::string::npos ? std::string::npos : end - start)));
      if (end == std::string::npos) break;
      start = end + 1;
    }
  }
  if (svc.opens_at.empty()) svc.opens_at = hhmm(text(s, "opens_at"));
  if (svc.closes_at.empty()) svc.closes_at = hhmm(text(s, "closes_at"));
}

void read_location(const Json& location, Service& svc) {
  // Access notes sit on the location: "Wheelchair accessible", "Changing Places toilet".
  for (const char* list : {"accessibilities", "accessibility_for_disabilities"})
    each(location, list, [&](const Json& a) {
      add_unique(svc.terms, text(a, "description"));
      add_unique(svc.terms, text(a, "accessibility"));
    });
  Location loc;
  loc.latitude = real(location, "latitude");
  loc.longitude = real(location, "longitude");
  for (const char* list : {"addresses", "physical_addresses", "postal_addresses"})
    each(location, list, [&](const Json& a) {
      if (loc.postcode_district.empty()) loc.postcode_district = places::postcode_district(text(a, "postal_code"));
    });
  if (loc.postcode_district.empty()) loc.postcode_district = places::postcode_district(text(location, "postal_code"));
  if (loc.latitude || loc.longitude || !loc.postcode_district.empty()) svc.locations.push_back(loc);
}

void read_phones(const Json& holder, Service& svc) {
  each(holder, "phones", [&](const Json& p) {
    if (svc.phone.empty()) svc.phone = text(p, "number");
  });
}

Service read_service(const Json& r, const std::string& source, const std::string& tier) {
  Service svc;
  svc.id = text(r, "id");
  svc.name = text(r, "name");
  svc.description = text(r, "description");
  svc.url = text(r, "url");
  svc.email = text(r, "email");
  svc.tier = tier;
  svc.source = source;
  if (const Json* org = field(r, "organization")) svc.organisation = text(*org, "name");
  // 3.0: ages on the service; 1.0: on each eligibility.
  svc.min_age = whole(r, "minimum_age");
  svc.max_age = whole(r, "maximum_age");
  each(r, "eligibilitys", [&](const Json& e) {
    if (auto lo = whole(e, "minimum_age"); lo && (!svc.min_age || *lo < *svc.min_age)) svc.min_age = lo;
    if (auto hi = whole(e, "maximum_age"); hi && (!svc.max_age || *hi > *svc.max_age)) svc.max_age = hi;
    add_unique(svc.terms, text(e, "eligibility"));
  });
  each(r, "schedules", [&](const Json& s) { read_schedule(s, svc, false); });
  each(r, "regular_schedules", [&](const Json& s) { read_schedule(s, svc, true); });
  each(r, "service_at_locations", [&](const Json& sal) {
    if (const Json* loc = field(sal, "location")) read_location(*loc, svc);
  });
  each(r, "attributes", [&](const Json& a) {
    if (const Json* term = field(a, "taxonomy_term")) {
      std::string name = text(*term, "name");
      add_unique(svc.terms, name.empty() ? text(*term, "code") : name);
    }
  });
  each(r, "service_taxonomys", [&](const Json& t) {
    if (const Json* tax = field(t, "taxonomy")) add_unique(svc.terms, text(*tax, "name"));
  });
  each(r, "languages", [&](const Json& l) {
    std::string name = text(l, "name");
    if (name.empty()) name = text(l, "language");
    if (name.empty()) name = text(l, "code");
    add_unique(svc.languages, name);
  });
  each(r, "cost_options", [&](const Json& c) {
    if (!svc.cost.empty()) return;
    // As the feed words it: "£35 per 1 hour session (Under 18s and Over 60s)".
    const Json* amount = field(c, "amount");
    if (amount != nullptr && amount->is_number()) svc.cost = "£" + amount->dump();
    std::string described = text(c, "amount_description"), option = text(c, "option");
    if (!described.empty()) svc.cost += (svc.cost.empty() ? "" : " ") + described;
    if (!option.empty()) svc.cost += svc.cost.empty() ? option : " (" + option + ")";
  });
  read_phones(r, svc);
  each(r, "contacts", [&](const Json& c) { read_phones(c, svc); });
  classify(svc);
  return svc;
}

}  // namespace

FeedPage page_of(const Json& feed) {
  FeedPage page;
  if (feed.is_array()) {
    for (std::size_t i = 0; i < feed.size(); ++i) page.records.emplace_back("/" + std::to_string(i), &feed[i]);
  } else if (const Json* content = field(feed, "content"); content != nullptr && content->is_array()) {
    for (std::size_t i = 0; i < content->size(); ++i) page.records.emplace_back("/content/" + std::to_string(i), &(*content)[i]);
    // 3.0 names these total_pages and page_number (from 1); 1.0 totalPages and number.
    for (const char* key : {"total_pages", "totalPages"})
      if (const Json* t = field(feed, key); t && t->is_number_integer()) page.total_pages = t->get<long long>();
    for (const char* key : {"page_number", "number"})
      if (const Json* n = field(feed, key); n && n->is_number_integer()) page.page_number = n->get<long long>();
  } else if (feed.is_object()) {
    page.records.emplace_back("", &feed);
  }
  return page;
}

ImportResult import_oruk(const Json& feed, const std::string& source, const std::string& tier) {
  ImportResult result;
  for (const auto& [pointer, record] : page_of(feed).records) {
    Service svc = record->is_object() ? read_service(*record, source, tier) : Service{};
    if (svc.id.empty() || svc.name.empty()) {
      result.problems.error(source, pointer, "skipped: expected a service with an \"id\" and a \"name\", got " + json::describe(*record));
      continue;
    }
    if (svc.min_age && svc.max_age && *svc.min_age > *svc.max_age) {
      result.problems.error(source, pointer + "/minimum_age", "skipped: minimum_age is greater than maximum_age");
      continue;
    }
    result.services.push_back(std::move(svc));
  }
  return result;
}

}  // namespace signpost::core::directory
