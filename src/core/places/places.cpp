#include "core/places/places.h"

#include <algorithm>
#include <cmath>

namespace signpost::core::places {

const Point* Places::find(const std::string& district_or_area) const {
  if (auto it = districts.find(district_or_area); it != districts.end()) return &it->second;
  auto area = std::find_if(areas.begin(), areas.end(), [&](const Area& a) { return a.id == district_or_area; });
  return area == areas.end() ? nullptr : &area->at;
}

double km_between(Point a, Point b) {
  constexpr double kEarthKm = 6371.0, kRadians = 3.14159265358979323846 / 180.0;
  const double dlat = (b.lat - a.lat) * kRadians, dlon = (b.lon - a.lon) * kRadians;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(a.lat * kRadians) * std::cos(b.lat * kRadians) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(h)));
}

int travel_minutes(const Places& places, Point from, Point to) {
  const double minutes = km_between(from, to) * places.detour / places.km_per_hour * 60.0;
  return std::max(1, static_cast<int>(std::ceil(minutes - 1e-9)));
}

std::vector<std::string> example_districts(const Places& places, std::size_t count) {
  std::vector<std::string> out;
  auto add = [&](const std::string& district) {
    if (out.size() < count && std::find(out.begin(), out.end(), district) == out.end()) out.push_back(district);
  };
  for (const auto& area : places.areas) {
    const std::string* nearest = nullptr;
    double best = 0;
    for (const auto& [district, at] : places.districts) {
      const double km = km_between(area.at, at);
      if (nearest == nullptr || km < best) nearest = &district, best = km;
    }
    if (nearest != nullptr) add(*nearest);
  }
  for (const auto& [district, at] : places.districts) add(district);
  return out;
}

}  // namespace signpost::core::places
