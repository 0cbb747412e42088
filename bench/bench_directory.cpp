// make bench, signposting: matching and ranking a generated 10,000-service
// directory for one family, per query; searching it; building the search
// index; and importing a 10,000-service Open Referral UK feed. Built natively
// and as WebAssembly (run under node), each against the same baseline as the
// core bench, measured in the same run. The goal: a query in 2 ms or less natively.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "baseline.h"
#include "core/content/content_source.h"
#include "core/directory/match.h"
#include "core/directory/oruk_import.h"
#include "core/directory/suits.h"
#include "core/offer/offer_reader.h"

namespace {

using namespace signpost::core;
using signpost::bench::Figure;
using signpost::bench::measure;
using signpost::bench::print;

// A fixed sequence, so every run and every build sees the same directory.
struct Random {
  unsigned long long state = 20261123;
  unsigned next(unsigned n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<unsigned>((state >> 33) % n);
  }
  template <typename T>
  std::vector<T> some(const std::vector<T>& from) {
    std::vector<T> out;
    for (const auto& v : from)
      if (next(3) == 0) out.push_back(v);
    return out;
  }
};

const char* const kWords[] = {"swim", "club", "sensory", "youth", "play", "sport", "music", "art", "drama", "holiday", "café", "Saturday"};

// `n` services spread over the offer's districts, in every tier.
directory::Directory generate(const offer::Offer& offer, int n) {
  Random r;
  std::vector<std::pair<std::string, places::Point>> districts(offer.places.districts.begin(), offer.places.districts.end());
  directory::Directory d;
  for (int i = 0; i < n; ++i) {
    directory::Service s;
    s.id = "s" + std::to_string(i);
    s.name = std::string(kWords[r.next(12)]) + " " + kWords[r.next(12)] + " " + std::to_string(i);
    s.description = std::string("A ") + kWords[r.next(12)] + " group with " + kWords[r.next(12)] + " for disabled children.";
    s.tier = offer.tiers[r.next(static_cast<unsigned>(offer.tiers.size()))];
    s.min_age = static_cast<int>(r.next(10));
    s.max_age = *s.min_age + 5 + static_cast<int>(r.next(15));
    s.needs = r.some(directory::kSupportNeeds);
    s.access = r.some(directory::kAccessNeeds);
    s.times = r.some(directory::kBreakTimes);
    const auto& [code, at] = districts[r.next(static_cast<unsigned>(districts.size()))];
    s.locations.push_back({code, at.lat + (r.next(100) - 50) / 5000.0, at.lon + (r.next(100) - 50) / 5000.0});
    d.services.push_back(std::move(s));
  }
  return d;
}

// The same services as an Open Referral UK 3.0 feed.
std::string feed_of(const directory::Directory& d) {
  json::Json content = json::Json::array();
  for (const auto& s : d.services) {
    const auto& loc = s.locations.front();
    content.push_back({{"id", s.id},
                       {"name", s.name},
                       {"description", s.description},
                       {"minimum_age", *s.min_age},
                       {"maximum_age", *s.max_age},
                       {"schedules", json::Json::array({{{"byday", "SA,SU"}, {"opens_at", "10:00"}, {"closes_at", "12:00"}}})},
                       {"service_at_locations", json::Json::array({{{"location",
                                                                     {{"latitude", *loc.latitude},
                                                                      {"longitude", *loc.longitude},
                                                                      {"addresses", json::Json::array({{{"postal_code", loc.postcode_district + " 1AA"}}})}}}}})},
                       {"attributes", json::Json::array({{{"taxonomy_term", {{"name", "Wheelchair accessible"}}}}})}});
  }
  return json::Json{{"total_items", d.services.size()}, {"total_pages", 1}, {"page_number", 1}, {"content", content}}.dump();
}

}  // namespace

int main() {
  const content::EmbeddedContent content;
  auto loaded = offer::load_offer(content, "leicestershire");
  if (!loaded.offer) {
    std::fprintf(stderr, "bench: the built-in content did not load\n%s", loaded.diagnostics.to_string().c_str());
    return 1;
  }
  const offer::Offer& leics = *loaded.offer;
  const rules::Date today{2026, 11, 23};
  const auto answers = signpost::bench::mo_answers(leics, today);
  const auto outcomes = rules::decide_all(leics, answers, today);
  constexpr int kServices = 10000, kRuns = 11;
  const auto directory = generate(leics, kServices);
  const auto family = directory::family_of(leics, answers, outcomes, today);

  std::printf("signpost directory bench (%d generated services over Leicestershire; Mo's answers; median of %d runs)\n", kServices, kRuns);
  Figure base = signpost::bench::baseline(kRuns, leics, today);
  print("baseline: parse the answers", base, base);
  std::size_t matched = 0;
  Figure query = measure(kRuns, 20, [&] { matched = directory::match_services(directory, leics, family).size(); });
  print("match and rank, per query", query, base);
  const auto matches = directory::match_services(directory, leics, family);
  const auto& services = i18n::platform_locale_services();
  Figure index_time = measure(3, 1, [&] { directory::SearchIndex index(directory, "en-GB", services); });
  print("search: fold every service (index)", index_time, base);
  directory::SearchIndex index(directory, "en-GB", services);
  std::size_t found = 0;
  print("search: two words, per query", measure(kRuns, 20, [&] { found = index.search(matches, "CAFE swim").size(); }), base);
  const std::string feed = feed_of(directory);
  std::size_t imported = 0;
  print("import: a 10,000-service ORUK feed", measure(3, 1, [&] {
          json::Diagnostics out;
          auto doc = json::parse(feed, "feed", out);
          if (!doc) std::abort();
          imported = directory::import_oruk(*doc, "feed", "universal").services.size();
        }), base);
  std::printf("  %zu of %d services suit the family; %zu of them found by the search; %zu imported (%zu bytes of feed)\n", matched,
              kServices, found, imported, feed.size());
  std::printf("  a query in %.2f ms; the goal for the native build is 2 ms or less: %s\n", query.median_us / 1000,
              query.median_us <= 2000 ? "within it" : "over it");
  return 0;
}
