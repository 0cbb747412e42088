// Places: where an offer's families live, as postcode-district centroids and
// named areas (offers/<id>/places.json), and the travel time the product
// estimates from them. An estimate from straight-line distance, not a route:
// families are told so. Depends on the standard library only.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace signpost::core::places {

// A point on the map (WGS84 degrees).
struct Point {
  double lat = 0, lon = 0;
};

// Where the offer's families live: postcode-district centroids and named areas,
// for estimating travel time to services (offers/<id>/places.json).
struct Area {
  std::string id;
  std::string name;  // a proper noun, the same in every language
  Point at;
};
struct Places {
  std::map<std::string, Point> districts;  // "LE11" -> centroid
  std::vector<Area> areas;
  double km_per_hour = 30;  // door-to-door speed the estimate assumes
  double detour = 1.3;      // road distance over straight-line distance
  int near_minutes = 30;    // what families said they can manage
  std::string source;       // where the centroids come from, and how exact they are
  const Point* find(const std::string& district_or_area) const;
};

// Postcode districts to give families as examples: for each of the first
// `count` areas, the district nearest it (so each offer gives its own, never a
// district of another council's); the first districts when there are no areas.
std::vector<std::string> example_districts(const Places& places, std::size_t count = 2);

// Great-circle distance in kilometres.
double km_between(Point a, Point b);
// Estimated door-to-door minutes: straight-line distance times the detour
// factor at the assumed speed, rounded up to a whole minute.
int travel_minutes(const Places& places, Point from, Point to);

}  // namespace signpost::core::places
