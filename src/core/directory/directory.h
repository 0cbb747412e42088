// Directory: the services a family can be pointed to, as an offer's
// offers/<council>/directory.json holds them, whatever feed they came from.
// Facts only: a service says what the feed or the council published about it,
// and an invented demonstration entry says so ("demo": true).
// Depends on json/reader.h only.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/content/content_source.h"
#include "core/json/reader.h"
#include "core/offer/offer.h"

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

json::Json to_json(const Service& s);
json::Json to_json(const Directory& d);
// Reads directory.json, reporting every fault with its pointer. A service's tier
// must be one of `tiers` (the offer's).
std::optional<Directory> read_directory(const json::Json& doc, const std::string& file, const std::vector<std::string>& tiers,
                                        json::Diagnostics& out);

// offers/<id>/directory.json, when the offer has one: nullopt without a file,
// or, reported in `out`, when the file is broken.
std::optional<Directory> load_directory(const content::ContentSource& content, const offer::Offer& offer, json::Diagnostics& out);

}  // namespace signpost::core::directory
