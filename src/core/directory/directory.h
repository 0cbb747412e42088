// Directory: the services a family can be pointed to, as an offer's
// offers/<council>/directory.json holds them, whatever feed they came from.
// Facts only: a service says what the feed or the council published about it,
// and an invented demonstration entry says so ("demo": true).
// Depends on json/reader.h only.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/json/reader.h"

namespace signpost::core::directory {

struct Location {
  std::string postcode_district;  // "LE11"; empty when the feed gives none
  std::optional<double> latitude, longitude;
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
// Reads directory.json, reporting every fault with its pointer.
std::optional<Directory> read_directory(const json::Json& doc, const std::string& file, json::Diagnostics& out);

// "LE11 3AB" -> "LE11"; "" when it does not look like a UK postcode.
std::string postcode_district(const std::string& postcode);

}  // namespace signpost::core::directory
