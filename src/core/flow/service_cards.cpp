// The result screen's services: the directory's services that suit the
// family, nearest first, as cards with their travel time, times, ages, access
// and contact; a search box; and never a dead end when nothing matches.
#include <algorithm>

#include "core/directory/suits.h"
#include "core/flow/screens.h"

namespace signpost::core::flow {

using view::Element;

view::ServiceCard service_card(const offer::Offer& offer, const i18n::Localizer& words, const directory::Match& m) {
  const directory::Service& s = *m.service;
  view::ServiceCard c;
  c.id = s.id;
  c.name = s.name;
  c.description = s.description;
  if (auto it = s.translations.find(words.locale()); it != s.translations.end()) {
    if (!it->second.name.empty()) c.name = it->second.name;
    if (!it->second.description.empty()) c.description = it->second.description;
  } else if (words.locale() != i18n::kSourceLocale) {
    c.lang = i18n::kSourceLocale;  // as published, in English
  }
  c.tier_name = words.text("tier." + s.tier + ".name");
  c.travel = m.travel_minutes ? words.text("service.travel", {{"minutes", double(*m.travel_minutes)}}) : words.text("service.travel_unknown");
  if (m.near) c.near = words.text("service.near", {{"minutes", double(offer.places.near_minutes)}});
  std::vector<std::string> when;
  for (const auto& t : s.times) when.push_back(words.text(std::string("question.") + directory::kBreakTimesQuestion + ".option." + t));
  c.when = words.list(when);
  if (!s.opens_at.empty() && !s.closes_at.empty())
    c.when += (c.when.empty() ? "" : ", ") + words.text("service.hours", {{"opens", s.opens_at}, {"closes", s.closes_at}});
  if (s.min_age && s.max_age) c.ages = words.text("service.ages.range", {{"min", double(*s.min_age)}, {"max", double(*s.max_age)}});
  else if (s.min_age) c.ages = words.text("service.ages.from", {{"min", double(*s.min_age)}});
  else if (s.max_age) c.ages = words.text("service.ages.to", {{"max", double(*s.max_age)}});
  c.cost = s.cost;
  for (const auto& a : s.access) c.access.push_back(words.text(std::string("question.") + directory::kAccessNeedsQuestion + ".option." + a));
  // Who to contact: the organisation that runs it, or else the service itself.
  c.contact = view::linkable({.id = s.id, .name = s.organisation.empty() ? c.name : s.organisation, .phone = s.phone, .email = s.email, .url = s.url},
                             offer.http_links);
  if (s.demo) c.demo = words.text("service.demo");
  return c;
}

ServicesFound find_services(const offer::Offer& offer, const directory::Directory& directory, const rules::Answers& counted,
                            const std::vector<rules::Outcome>& outcomes, rules::Date today, const std::string& query,
                            const std::string& locale) {
  ServicesFound found;
  found.matches = directory::match_services(directory, offer, directory::family_of(offer, counted, outcomes, today));
  found.matched = found.matches.size();
  found.query = query;
  if (!query.empty())
    found.matches = directory::SearchIndex(directory, locale, i18n::platform_locale_services()).search(found.matches, query);
  return found;
}

std::vector<Element> services_section(const offer::Offer& offer, const i18n::Localizer& words, const ServicesFound& found) {
  std::vector<Element> out;
  out.push_back(heading(2, words.text("result.services.heading")));
  if (found.matched == 0) {
    out.push_back(paragraph(words, "result.services.none"));
    return out;
  }
  out.push_back(paragraph(words, "result.services.lead"));
  out.push_back(view::Search{
      "service-search",
      {words.text("result.services.search"), words.text("result.services.search_hint"), found.query},
      words.text("result.services.search_button")});
  if (found.matches.empty()) {
    out.push_back(paragraph(words.text("result.services.no_results", {{"query", found.query}})));
    return out;
  }
  const std::size_t shown = std::min(found.matches.size(), kServicesShown);
  for (std::size_t i = 0; i < shown; ++i) out.push_back(view::Service{service_card(offer, words, found.matches[i])});
  if (found.matches.size() > shown)
    out.push_back(paragraph(words.text("result.services.more", {{"count", double(found.matches.size() - shown)}})));
  return out;
}

}  // namespace signpost::core::flow
