#include "core/directory/oruk_import.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/directory/suits.h"
#include "core/places/postcode.h"
#include "core/text/echo.h"

namespace signpost::core::directory {
namespace {

using json::Json;

// Reads one record into a Service, noting each field it cannot read: a record
// with any such fault is skipped whole, never half-kept.
class RecordReader {
 public:
  explicit RecordReader(std::string pointer) : pointer_(std::move(pointer)) {}

  Service read(const Json& r) {
    svc_.id = text(r, "id");
    svc_.name = text(r, "name");
    svc_.description = text(r, "description");
    svc_.url = text(r, "url");
    svc_.email = text(r, "email");
    if (const Json* org = field(r, "organization")) svc_.organisation = text(*org, "name");
    // 3.0: ages on the service; 1.0: on each eligibility (the widest range).
    svc_.min_age = age(r, "minimum_age", pointer_);
    svc_.max_age = age(r, "maximum_age", pointer_);
    each(r, "eligibilitys", pointer_, [&](const Json& e, const std::string& at) {
      if (auto lo = age(e, "minimum_age", at); lo && (!svc_.min_age || *lo < *svc_.min_age)) svc_.min_age = lo;
      if (auto hi = age(e, "maximum_age", at); hi && (!svc_.max_age || *hi > *svc_.max_age)) svc_.max_age = hi;
      add_unique(svc_.terms, text(e, "eligibility"));
    });
    each(r, "schedules", pointer_, [&](const Json& s, const std::string& at) { schedule(s, at, false); });
    each(r, "regular_schedules", pointer_, [&](const Json& s, const std::string& at) { schedule(s, at, true); });
    each(r, "service_at_locations", pointer_, [&](const Json& sal, const std::string& at) {
      if (const Json* loc = field(sal, "location")) location(*loc, at + "/location");
    });
    each(r, "attributes", pointer_, [&](const Json& a, const std::string&) {
      if (const Json* term = field(a, "taxonomy_term")) {
        std::string name = text(*term, "name");
        add_unique(svc_.terms, name.empty() ? text(*term, "code") : name);
      }
    });
    each(r, "service_taxonomys", pointer_, [&](const Json& t, const std::string&) {
      if (const Json* tax = field(t, "taxonomy")) add_unique(svc_.terms, text(*tax, "name"));
    });
    each(r, "languages", pointer_, [&](const Json& l, const std::string&) {
      std::string name = text(l, "name");
      if (name.empty()) name = text(l, "language");
      if (name.empty()) name = text(l, "code");
      add_unique(svc_.languages, name);
    });
    each(r, "cost_options", pointer_, [&](const Json& c, const std::string& at) { cost(c, at); });
    phones(r);
    each(r, "contacts", pointer_, [&](const Json& c, const std::string&) { phones(c); });
    classify(svc_);
    return std::move(svc_);
  }

  // The first field that could not be read: its pointer and why.
  std::optional<std::pair<std::string, std::string>> fault;

 private:
  static const Json* field(const Json& j, const char* key) {
    if (!j.is_object()) return nullptr;
    auto it = j.find(key);
    return it == j.end() || it->is_null() ? nullptr : &*it;
  }

  static std::string text(const Json& j, const char* key) {
    const Json* f = field(j, key);
    if (f == nullptr) return "";
    if (f->is_string()) return f->get<std::string>();
    if (f->is_number_integer()) return std::to_string(f->get<long long>());
    return "";
  }

  void fail(const std::string& at, std::string why) {
    if (!fault) fault.emplace(at, std::move(why));
  }

  // An age: a whole number from 0 to kMaxAge.
  std::optional<int> age(const Json& j, const char* key, const std::string& at) {
    const Json* f = field(j, key);
    if (f == nullptr) return std::nullopt;
    const double v = f->is_number() ? f->get<double>() : NAN;
    if (std::isfinite(v) && v == std::floor(v) && v >= 0 && v <= kMaxAge) return static_cast<int>(v);
    fail(json::child_pointer(at, key), "expected an age from 0 to " + std::to_string(kMaxAge) + ", got " + json::describe(*f));
    return std::nullopt;
  }

  // A coordinate: a finite number, or a string that is one (as some feeds send).
  std::optional<double> coordinate(const Json& j, const char* key, double most, const std::string& at) {
    const Json* f = field(j, key);
    if (f == nullptr) return std::nullopt;
    double v = NAN;
    if (f->is_number()) {
      v = f->get<double>();
    } else if (f->is_string()) {
      const std::string& t = f->get_ref<const std::string&>();
      char* end = nullptr;
      v = std::strtod(t.c_str(), &end);
      if (t.empty() || end != t.c_str() + t.size()) v = NAN;
    }
    if (std::isfinite(v) && std::fabs(v) <= most) return v;
    fail(json::child_pointer(at, key), "expected a number from " + std::to_string(static_cast<int>(-most)) + " to " +
                                           std::to_string(static_cast<int>(most)) + ", got " + json::describe(*f));
    return std::nullopt;
  }

  // Each element of an array field that is an object, with its pointer.
  template <typename F>
  static void each(const Json& j, const char* key, const std::string& at, F f) {
    const Json* list = field(j, key);
    if (list == nullptr || !list->is_array()) return;
    for (std::size_t i = 0; i < list->size(); ++i)
      if ((*list)[i].is_object()) f((*list)[i], json::child_pointer(json::child_pointer(at, key), i));
  }

  static void add_unique(std::vector<std::string>& list, const std::string& v) {
    if (!v.empty() && std::find(list.begin(), list.end(), v) == list.end()) list.push_back(v);
  }

  void day(const std::string& given, const std::string& at) {
    if (auto code = day_code(given)) add_unique(svc_.days, *code);
    else fail(at, "expected a day such as MO or Monday, got " + text::quoted(given));
  }

  void schedule(const Json& s, const std::string& at, bool v1) {
    if (v1) {
      if (field(s, "weekday")) day(text(s, "weekday"), at + "/weekday");
    } else {
      const std::string byday = text(s, "byday");
      for (std::size_t start = 0; start < byday.size();) {
        auto end = std::min(byday.find(',', start), byday.size());
        day(byday.substr(start, end - start), at + "/byday");
        start = end + 1;
      }
    }
    for (auto [key, kept] : {std::pair{"opens_at", &svc_.opens_at}, {"closes_at", &svc_.closes_at}}) {
      if (!kept->empty() || !field(s, key)) continue;
      const std::string given = text(s, key);
      if (auto t = time_of_day(given)) *kept = *t;
      else fail(json::child_pointer(at, key), "expected a time as HH:MM or HH:MM:SS, got " + text::quoted(given));
    }
  }

  void location(const Json& location, const std::string& at) {
    // Access notes sit on the location: "Wheelchair accessible", "Changing Places toilet".
    for (const char* list : {"accessibilities", "accessibility_for_disabilities"})
      each(location, list, at, [&](const Json& a, const std::string&) {
        add_unique(svc_.terms, text(a, "description"));
        add_unique(svc_.terms, text(a, "accessibility"));
      });
    Location loc;
    loc.latitude = coordinate(location, "latitude", 90, at);
    loc.longitude = coordinate(location, "longitude", 180, at);
    for (const char* list : {"addresses", "physical_addresses", "postal_addresses"})
      each(location, list, at, [&](const Json& a, const std::string&) {
        if (loc.postcode_district.empty()) loc.postcode_district = places::postcode_district(text(a, "postal_code"));
      });
    if (loc.postcode_district.empty()) loc.postcode_district = places::postcode_district(text(location, "postal_code"));
    if (loc.latitude || loc.longitude || !loc.postcode_district.empty()) svc_.locations.push_back(loc);
  }

  // As the feed words it: "£35 per 1 hour session (Under 18s and Over 60s)".
  void cost(const Json& c, const std::string& at) {
    if (!svc_.cost.empty()) return;
    if (const Json* amount = field(c, "amount")) {
      if (amount->is_number() && std::isfinite(amount->get<double>()) && amount->get<double>() >= 0 && amount->get<double>() < 1e9)
        svc_.cost = "£" + amount->dump();
      else fail(at + "/amount", "expected an amount of money, got " + json::describe(*amount));
    }
    std::string described = text(c, "amount_description"), option = text(c, "option");
    if (!described.empty()) svc_.cost += (svc_.cost.empty() ? "" : " ") + described;
    if (!option.empty()) svc_.cost += svc_.cost.empty() ? option : " (" + option + ")";
  }

  void phones(const Json& holder) {
    each(holder, "phones", "", [&](const Json& p, const std::string&) {
      if (svc_.phone.empty()) svc_.phone = text(p, "number");
    });
  }

  std::string pointer_;
  Service svc_;
};

bool within(const std::string& pointer, const std::string& record) {
  return pointer.rfind(record, 0) == 0 && (pointer.size() == record.size() || pointer[record.size()] == '/');
}

}  // namespace

FeedPage page_of(const Json& feed) {
  FeedPage page;
  const auto field = [&](const char* key) -> const Json* {
    auto it = feed.find(key);
    return it == feed.end() ? nullptr : &*it;
  };
  if (feed.is_array()) {
    for (std::size_t i = 0; i < feed.size(); ++i) page.records.emplace_back("/" + std::to_string(i), &feed[i]);
  } else if (const Json* content = feed.is_object() ? field("content") : nullptr; content != nullptr && content->is_array()) {
    for (std::size_t i = 0; i < content->size(); ++i) page.records.emplace_back("/content/" + std::to_string(i), &(*content)[i]);
    // 3.0 names these total_pages and page_number (from 1); 1.0 totalPages and number.
    const auto count = [&](std::initializer_list<const char*> keys, long long least, std::optional<long long>& into) {
      for (const char* key : keys) {
        const Json* t = field(key);
        if (t == nullptr || t->is_null()) continue;
        if (t->is_number_integer() && t->get<long long>() >= least && t->get<long long>() <= kMostPages) into = t->get<long long>();
        else page.paging_problem = "/" + std::string(key) + ": expected a whole number from " + std::to_string(least) + " to " +
                                   std::to_string(kMostPages) + ", got " + json::describe(*t);
      }
    };
    count({"total_pages", "totalPages"}, 1, page.total_pages);
    count({"page_number", "number"}, 0, page.page_number);
  } else if (feed.is_object()) {
    page.records.emplace_back("", &feed);
  }
  return page;
}

FeedImport::FeedImport(std::string source, std::string tier, ServiceRules rules)
    : source_(std::move(source)), tier_(std::move(tier)), rules_(std::move(rules)) {}

std::optional<std::size_t> FeedImport::add(const Json& feed, const std::string& where, const std::vector<std::string>& duplicate_keys) {
  std::size_t fresh_ids = 0;
  const FeedPage page = page_of(feed);
  // A key given twice outside every record (the page's own "content" or
  // "total_pages") leaves the page unreadable: it is refused whole.
  for (const auto& twice : duplicate_keys) {
    const bool in_a_record = std::any_of(page.records.begin(), page.records.end(), [&](const auto& r) { return !r.first.empty() && within(twice, r.first); });
    if (!in_a_record) {
      result_.problems.error(where, twice, "this key is given twice in one object; the page cannot be read");
      return std::nullopt;
    }
  }
  for (const auto& entry : page.records) {
    const std::string& pointer = entry.first;
    const Json* record = entry.second;
    const auto skip = [&](const std::string& id, const std::string& field, const std::string& why) {
      result_.problems.error(where, field.empty() ? pointer : field, "skipped" + (id.empty() ? std::string() : " service " + text::quoted(id)) + ": " + why);
    };
    if (!record->is_object()) {
      skip("", "", "expected a service, got " + json::describe(*record));
      continue;
    }
    RecordReader reader(pointer);
    Service svc = reader.read(*record);
    if (!svc.id.empty() && seen_.insert(svc.id).second) ++fresh_ids;
    svc.tier = tier_;
    svc.source = source_;
    if (svc.id.empty() || svc.name.empty()) {
      skip(svc.id, "", "expected a service with an \"id\" and a \"name\"");
      continue;
    }
    if (auto twice = std::find_if(duplicate_keys.begin(), duplicate_keys.end(), [&](const std::string& d) { return within(d, pointer); });
        twice != duplicate_keys.end()) {
      skip(svc.id, *twice, "this key is given twice in one object");
      continue;
    }
    if (reader.fault) {
      skip(svc.id, reader.fault->first, reader.fault->second);
      continue;
    }
    // What the directory will hold, checked as reading directory.json checks it.
    json::Diagnostics checked;
    check_service(svc, rules_, where, "", checked);
    if (!checked.empty()) {
      const auto& first = checked.items().front();
      skip(svc.id, "", first.pointer.substr(1) + ": " + first.message);
      continue;
    }
    if (auto [first, fresh] = ids_.emplace(svc.id, where + " " + pointer); !fresh) {
      skip(svc.id, json::child_pointer(pointer, "id"), "this id was read already, at " + first->second);
      continue;
    }
    result_.services.push_back(std::move(svc));
  }
  return fresh_ids;
}

ImportResult import_oruk(const Json& feed, const std::string& source, const std::string& tier, const ServiceRules& rules) {
  FeedImport import(source, tier, rules);
  import.add(feed, source);
  return import.take();
}

}  // namespace signpost::core::directory
