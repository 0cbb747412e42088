// Directory: the services a family can be pointed to, as an offer's
// offers/<council>/directory.json holds them, whatever feed they came from.
// Facts only: a service says what the feed or the council published about it,
// and an invented demonstration entry says so ("demo": true).
// Depends on json/reader.h only.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/content_source.h"
#include "core/json/reader.h"
#include "core/offer/offer.h"
#include "core/places/places.h"

namespace signpost::core::directory {

struct Location {
  std::string postcode_district;  // "LE11"; empty when the feed gives none
  std::optional<double> latitude, longitude;
};

// A service's name and description in another language, where its provider gives them.
struct Words {
  std::string name, description;
};

struct Service {
  std::string id;
  std::string name;
  std::string description;
  std::string organisation;
  std::string tier;  // universal | targeted | specialist
  std::optional<int> min_age, max_age;
  std::vector<std::string> terms;      // the feed's taxonomy terms and attributes, as given
  std::vector<std::string> days;       // MO TU WE TH FR SA SU, from schedules
  std::string opens_at, closes_at;     // "HH:MM", when the schedules say
  std::vector<std::string> languages;  // as the feed names them
  // What the service suits, in the answers' own words (see suits.h): the
  // support it gives (support_needs options), its access (access_needs
  // options) and when it runs (break_times options). Empty: not known.
  std::vector<std::string> needs, access, times;
  std::map<std::string, Words> translations;  // locale -> words
  std::vector<Location> locations;
  std::string phone, email, url, cost;
  bool demo = false;
  std::string source;  // where it came from: a feed's file or URL, or a published page
};

struct Directory {
  std::vector<Service> services;
};

// What a service must be for a family to be shown it (docs/offer-packs.md, directory.json):
//   ages from 0 to kMaxAge, the minimum not above the maximum;
//   latitude from -90 to 90 and longitude from -180 to 180, both finite;
//   opens_at and closes_at as HH:MM, days as MO TU WE TH FR SA SU;
//   a phone, email and web address that can only be links (url/link.h);
//   one of the offer's tiers, and each location placed (coordinates, or a
//   postcode district the offer's places.json knows).
// The import checks every record with these, and reading directory.json
// checks them again, so what one writes the other reads.
inline constexpr int kMaxAge = 130;
struct ServiceRules {
  std::vector<std::string> tiers;          // empty: any tier
  bool http_links = false;                 // web addresses may begin http://
  const places::Places* places = nullptr;  // null: locations are not placed
  static ServiceRules of(const offer::Offer& offer);
};
void check_service(const Service& s, const ServiceRules& rules, const std::string& file, const std::string& pointer, json::Diagnostics& out);
// "HH:MM" from an HH:MM or HH:MM:SS time (with seconds, fractions or a zone
// dropped); nullopt when it is not a time of day.
std::optional<std::string> time_of_day(std::string_view text);
// "MO" from "MO", "1MO", "-1FR" (an RRULE BYDAY), "Mon" or "Monday"; nullopt otherwise.
std::optional<std::string> day_code(std::string_view text);

json::Json to_json(const Service& s);
json::Json to_json(const Directory& d);
// Reads directory.json, reporting every fault with its pointer.
std::optional<Directory> read_directory(const json::Json& doc, const std::string& file, const ServiceRules& rules, json::Diagnostics& out);

// offers/<id>/directory.json, when the offer has one: nullopt without a file,
// or, reported in `out`, when the file is broken.
std::optional<Directory> load_directory(const content::ContentSource& content, const offer::Offer& offer, json::Diagnostics& out);

}  // namespace signpost::core::directory
