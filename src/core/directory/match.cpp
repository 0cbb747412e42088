#include "core/directory/match.h"

#include <algorithm>
#include <functional>
#include <tuple>

#include "core/directory/suits.h"

namespace signpost::core::directory {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

// A multi answer's values that say something: "none" and "unknown" say nothing to match on.
std::vector<std::string> wanted(const rules::Answers& answers, const char* question, const std::vector<std::string>& vocabulary) {
  std::vector<std::string> out;
  auto it = answers.find(question);
  if (it == answers.end()) return out;
  if (const auto* list = std::get_if<std::vector<std::string>>(&it->second))
    for (const auto& v : *list)
      if (contains(vocabulary, v)) out.push_back(v);
  return out;
}

bool overlaps(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return std::any_of(a.begin(), a.end(), [&](const std::string& v) { return contains(b, v); });
}

bool suits(const Service& s, const Family& f) {
  if (!contains(f.tiers, s.tier)) return false;
  if (f.age && ((s.min_age && *f.age < *s.min_age) || (s.max_age && *f.age > *s.max_age))) return false;
  if (!f.needs.empty() && !s.needs.empty() && !overlaps(f.needs, s.needs)) return false;
  if (!f.times.empty() && !s.times.empty() && !overlaps(f.times, s.times)) return false;
  return std::all_of(f.access.begin(), f.access.end(), [&](const std::string& a) { return contains(s.access, a); });
}

// The nearest of a service's places to home.
std::optional<int> minutes_to(const Service& s, const offer::Offer& offer, places::Point home) {
  std::optional<int> best;
  for (const auto& loc : s.locations) {
    std::optional<places::Point> at;
    if (loc.latitude && loc.longitude) at = places::Point{*loc.latitude, *loc.longitude};
    else if (const places::Point* centroid = offer.places.find(loc.postcode_district)) at = *centroid;
    if (!at) continue;
    const int m = places::travel_minutes(offer.places, home, *at);
    if (!best || m < *best) best = m;
  }
  return best;
}

}  // namespace

Family family_of(const offer::Offer& offer, const rules::Answers& answers, const std::vector<rules::Outcome>& outcomes,
                 rules::Date today) {
  Family f;
  if (auto it = answers.find(kBirthQuestion); it != answers.end())
    if (const auto* iso = std::get_if<std::string>(&it->second))
      if (auto birth = rules::parse_iso_date(*iso)) f.age = rules::age_in_years(*birth, today);
  f.needs = wanted(answers, kSupportNeedsQuestion, kSupportNeeds);
  f.access = wanted(answers, kAccessNeedsQuestion, kAccessNeeds);
  f.times = wanted(answers, kBreakTimesQuestion, kBreakTimes);
  if (auto it = answers.find(kPlaceQuestion); it != answers.end())
    if (const auto* place = std::get_if<std::string>(&it->second))
      if (const places::Point* at = offer.places.find(*place)) f.home = *at;
  if (!offer.tiers.empty()) f.tiers.push_back(offer.tiers.front());
  for (const auto& o : outcomes)
    if (o.route != nullptr && (o.status == rules::Status::kEligible || o.status == rules::Status::kMayBeEligible) &&
        !contains(f.tiers, o.route->tier))
      f.tiers.push_back(o.route->tier);
  return f;
}

std::vector<Match> match_services(const Directory& directory, const offer::Offer& offer, const Family& family) {
  // Near first, by time; then those whose place is not known (many come to the
  // family's home); then the far ones, by time. Within each, by tier, then name.
  struct Ranked {
    int group, minutes;
    long tier;
    Match match;
  };
  std::vector<Ranked> ranked;
  for (const auto& s : directory.services) {
    if (!suits(s, family)) continue;
    Match m{&s, std::nullopt, false};
    if (family.home) m.travel_minutes = minutes_to(s, offer, *family.home);
    m.near = m.travel_minutes && *m.travel_minutes <= offer.places.near_minutes;
    const long tier = std::find(offer.tiers.begin(), offer.tiers.end(), s.tier) - offer.tiers.begin();
    ranked.push_back({m.near ? 0 : !m.travel_minutes ? 1 : 2, m.travel_minutes.value_or(0), tier, m});
  }
  std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    if (a.group != b.group) return a.group < b.group;
    if (a.minutes != b.minutes) return a.minutes < b.minutes;
    if (a.tier != b.tier) return a.tier < b.tier;
    const Service &x = *a.match.service, &y = *b.match.service;
    return std::tie(x.name, x.id) < std::tie(y.name, y.id);
  });
  std::vector<Match> out;
  out.reserve(ranked.size());
  for (const auto& r : ranked) out.push_back(r.match);
  return out;
}

SearchIndex::SearchIndex(const Directory& directory, const std::string& locale, const i18n::LocaleServices& services)
    : directory_(directory), services_(services) {
  for (const auto& s : directory.services) {
    std::string text = s.name + "\n" + s.description;
    if (auto it = s.translations.find(locale); it != s.translations.end())
      text += "\n" + it->second.name + "\n" + it->second.description;
    folded_.push_back(services.fold(text));
  }
}

std::vector<Match> SearchIndex::search(const std::vector<Match>& matches, const std::string& query) const {
  std::vector<std::string> words;
  const std::string folded = services_.fold(query);
  for (std::size_t i = 0; i < folded.size();) {
    const std::size_t end = folded.find_first_of(" \t\n,.;:!?", i);
    std::string word = folded.substr(i, end == std::string::npos ? std::string::npos : end - i);
    if (!word.empty()) words.push_back(std::move(word));
    if (end == std::string::npos) break;
    i = end + 1;
  }
  if (words.empty()) return matches;
  std::vector<Match> out;
  const Service* first = directory_.services.data();
  const Service* last = first + directory_.services.size();
  for (const auto& m : matches) {
    // std::less orders any two pointers, even ones from another directory.
    if (std::less<const Service*>()(m.service, first) || !std::less<const Service*>()(m.service, last)) continue;
    const std::string& text = folded_[static_cast<std::size_t>(m.service - first)];
    if (std::all_of(words.begin(), words.end(), [&](const std::string& w) { return text.find(w) != std::string::npos; }))
      out.push_back(m);
  }
  return out;
}

}  // namespace signpost::core::directory
