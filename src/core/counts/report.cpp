#include "core/counts/report.h"

#include <algorithm>
#include <functional>
#include <set>

#include "core/directory/suits.h"

namespace signpost::core::counts {

namespace {

// The statuses in the order a family meets them on its result, with the words officers read.
const std::pair<const char*, const char*> kStatuses[] = {{"eligible", "Eligible"},
                                                         {"may-be-eligible", "May be eligible"},
                                                         {"not-yet", "Not yet (waiting for a decision)"},
                                                         {"assessment", "Can ask for an assessment"},
                                                         {"not-eligible", "Not eligible"}};

// Days when the counts cover up to two months; months beyond.
std::function<std::string(const std::string&)> period_of(const Tally& tally) {
  if (tally.days.empty()) return [](const std::string& day) { return day; };
  const auto first = rules::parse_iso_date(tally.days.begin()->first), last = rules::parse_iso_date(tally.days.rbegin()->first);
  const bool by_month = first && last && rules::days_since_epoch(*last) - rules::days_since_epoch(*first) > 62;
  return [by_month](const std::string& day) { return by_month ? day.substr(0, 7) : day; };
}

// A figure with one row for each category, one column for each series, each cell from `cell`.
Figure figure(std::string id, std::string title, std::string lead, std::string category_label,
              std::vector<std::pair<std::string, std::string>> categories,  // key, words
              std::vector<std::pair<std::string, std::string>> series, const std::function<Cell(const std::string&, const std::string&)>& cell,
              bool stacked) {
  Figure f{std::move(id), std::move(title), std::move(lead), std::move(category_label), {}, {}, {}, {}, stacked};
  for (const auto& s : series) f.series.push_back(s.second);
  for (const auto& [key, words] : categories) {
    f.categories.push_back(words);
    f.keys.push_back(key);
    std::vector<Cell> row;
    for (const auto& s : series) row.push_back(cell(key, s.first));
    f.cells.push_back(std::move(row));
  }
  return f;
}

Cell find_cell(const Cells& cells, const std::string& key) {
  auto it = cells.find(key);
  return it == cells.end() ? Cell{} : it->second;
}

// Every key of one kind of cell, over every day, most checks first.
std::vector<std::string> keys_by_size(const Tally& tally, const std::function<const Cells&(const DayCounts&)>& cells_of) {
  Cells total;
  for (const auto& [date, day] : tally.days)
    for (const auto& [key, cell] : cells_of(day)) total[key] += cell;
  std::vector<std::string> keys;
  for (const auto& [key, cell] : total) keys.push_back(key);
  std::stable_sort(keys.begin(), keys.end(), [&](const std::string& a, const std::string& b) { return total[a].high > total[b].high; });
  return keys;
}

Cell sum_over_days(const Tally& tally, const std::function<Cell(const DayCounts&)>& of) {
  Cell total;
  for (const auto& [date, day] : tally.days) total += of(day);
  return total;
}

std::string area_words(const offer::Offer& offer, const std::string& key) {
  if (key == kNoArea) return "Not given";
  for (const auto& area : offer.places.areas)
    if (area.id == key) return area.name;
  return key;
}

std::string language_words(const i18n::Localizer& english, const std::string& locale) {
  for (const auto& language : english.languages())
    if (language.locale == locale) return language.name + " (" + locale + ")";
  return locale;
}

std::string need_words(const i18n::Localizer& english, const std::string& need) {
  const std::string key = std::string("question.") + directory::kSupportNeedsQuestion + ".option." + need;
  return english.has(key) ? english.text(key) : need;
}

std::vector<std::pair<std::string, std::string>> status_series() {
  std::vector<std::pair<std::string, std::string>> s;
  for (const auto& [key, words] : kStatuses) s.emplace_back(key, words);
  return s;
}

ReportSection over_time(const offer::Offer& offer, const i18n::Localizer& english, const Tally& tally) {
  const auto period = period_of(tally);
  std::vector<std::pair<std::string, std::string>> periods;
  for (const auto& [date, day] : tally.days)
    if (periods.empty() || periods.back().first != period(date)) periods.emplace_back(period(date), period(date));
  auto in_period = [&](const std::string& p, const std::function<Cell(const DayCounts&)>& of) {
    Cell total;
    for (const auto& [date, day] : tally.days)
      if (period(date) == p) total += of(day);
    return total;
  };
  const std::string when = periods.size() > 1 && periods.front().first.size() == 7 ? "Month" : "Day";
  ReportSection s{"outcomes", "Checks and outcomes by route", {}, {}};
  s.paragraphs.push_back("A check is counted once, when a family reaches its result. Each route's outcome is what the check told the family "
                         "from their answers; it is not a decision of the council's.");
  s.figures.push_back(figure("checks", "Checks finished", "How many checks reached their result.", when, periods,
                             {{"checks", "Checks"}}, [&](const std::string& p, const std::string&) {
                               return in_period(p, [](const DayCounts& d) { return d.checks; });
                             }, false));
  std::vector<std::pair<std::string, std::string>> routes;
  for (const auto& route : offer.routes) routes.emplace_back(route.id, english.text("route." + route.id + ".title"));
  auto route_status = [&](const DayCounts& d, const std::string& route, const std::string& status) {
    auto it = d.outcomes.find(route);
    return it == d.outcomes.end() ? Cell{} : find_cell(it->second, status);
  };
  s.figures.push_back(figure("routes", "Outcomes by route", "For each route, how many checks ended in each outcome.", "Route", routes,
                             status_series(), [&](const std::string& route, const std::string& status) {
                               return sum_over_days(tally, [&](const DayCounts& d) { return route_status(d, route, status); });
                             }, true));
  for (const auto& route_title : routes) {
    const std::string& route = route_title.first;  // a name of its own: lambdas below capture it
    s.figures.push_back(figure("route-" + route, route_title.second + ": outcomes over time", "", when, periods, status_series(),
                               [&](const std::string& p, const std::string& status) {
                                 return in_period(p, [&](const DayCounts& d) { return route_status(d, route, status); });
                               }, true));
  }
  return s;
}

ReportSection by_district(const offer::Offer& offer, const Tally& tally) {
  ReportSection s{"districts", "Demand by district", {}, {}};
  s.paragraphs.push_back("Where families live, as the postcode district or area they gave (never a full postcode).");
  std::vector<std::pair<std::string, std::string>> areas;
  for (const auto& key : keys_by_size(tally, [](const DayCounts& d) -> const Cells& { return d.areas; }))
    areas.emplace_back(key, area_words(offer, key));
  s.figures.push_back(figure("areas", "Checks by district", "", "District or area", areas, {{"checks", "Checks"}},
                             [&](const std::string& area, const std::string&) {
                               return sum_over_days(tally, [&](const DayCounts& d) { return find_cell(d.areas, area); });
                             }, false));
  return s;
}

ReportSection by_language(const i18n::Localizer& english, const Tally& tally) {
  ReportSection s{"languages", "Languages, easy read and who checked", {}, {}};
  auto one_column = [&](std::string id, std::string title, std::string label, const std::function<const Cells&(const DayCounts&)>& cells_of,
                        const std::function<std::string(const std::string&)>& words) {
    std::vector<std::pair<std::string, std::string>> keys;
    for (const auto& key : keys_by_size(tally, cells_of)) keys.emplace_back(key, words(key));
    s.figures.push_back(figure(std::move(id), std::move(title), "", std::move(label), keys, {{"checks", "Checks"}},
                               [&](const std::string& key, const std::string&) {
                                 return sum_over_days(tally, [&](const DayCounts& d) { return find_cell(cells_of(d), key); });
                               }, false));
  };
  one_column("languages", "Checks by language", "Language", [](const DayCounts& d) -> const Cells& { return d.languages; },
             [&](const std::string& l) { return language_words(english, l); });
  one_column("easy-read", "Easy read", "Easy read", [](const DayCounts& d) -> const Cells& { return d.easy_read; },
             [](const std::string& k) { return std::string(k == "on" ? "Used easy read" : "Did not use easy read"); });
  one_column("voices", "Who did the check", "Who", [](const DayCounts& d) -> const Cells& { return d.voices; },
             [](const std::string& k) {
               return std::string(k == "parent" ? "A parent or carer" : k == "young-person" ? "The young person" : "Not said");
             });
  return s;
}

ReportSection gaps(const offer::Offer& offer, const i18n::Localizer& english, const Tally& tally) {
  ReportSection s{"gaps", "Gaps: support not found near home", {}, {}};
  s.paragraphs.push_back("A gap is a kind of support a family asked for where no service in the directory that suits their child runs within about " +
                         std::to_string(offer.places.near_minutes) +
                         " minutes of their district. Travel time is estimated from straight-line distance, not a route. A family that gave "
                         "no district is never counted here.");
  std::set<std::string> need_keys;
  std::vector<std::pair<std::string, std::string>> areas;
  Cells by_area;
  for (const auto& [date, day] : tally.days)
    for (const auto& [need, cells] : day.gaps) {
      need_keys.insert(need);
      for (const auto& [area, cell] : cells) by_area[area] += cell;
    }
  if (need_keys.empty()) {
    s.paragraphs.push_back("No family that gave a district found a gap.");
    return s;
  }
  std::vector<std::string> area_keys;
  for (const auto& [area, cell] : by_area) area_keys.push_back(area);
  std::stable_sort(area_keys.begin(), area_keys.end(), [&](const auto& a, const auto& b) { return by_area[a].high > by_area[b].high; });
  for (const auto& a : area_keys) areas.emplace_back(a, area_words(offer, a));
  std::vector<std::pair<std::string, std::string>> needs;
  for (const auto& need : directory::kSupportNeeds)
    if (need_keys.count(need)) needs.emplace_back(need, need_words(english, need));
  s.figures.push_back(figure("gaps", "Checks that found no service near home, by district and kind of support",
                             "A family asking for two kinds of support can be counted under both.", "District or area", areas, needs,
                             [&](const std::string& area, const std::string& need) {
                               return sum_over_days(tally, [&](const DayCounts& d) {
                                 auto it = d.gaps.find(need);
                                 return it == d.gaps.end() ? Cell{} : find_cell(it->second, area);
                               });
                             }, false));
  return s;
}

}  // namespace

Report build_report(const offer::Offer& offer, const i18n::Localizer& english, const Tally& tally, const ReportSources& sources) {
  Report r;
  r.council = english.text("offer.council");
  r.title = "Short breaks: demand from families' checks, " + r.council;
  const Cell total = tally.checks();
  std::string span = tally.days.empty() ? "" : tally.days.begin()->first + " to " + tally.days.rbegin()->first;
  r.summary.push_back(to_words(total) + " checks finished" + (span.empty() ? "" : ", from " + span) + ".");
  r.summary.push_back("Made from " + std::to_string(sources.kiosk_files) + " kiosk export" + (sources.kiosk_files == 1 ? "" : "s") + " and " +
                      std::to_string(sources.web_records) + " record" + (sources.web_records == 1 ? "" : "s") +
                      " that families chose to send from the web checker.");
  r.summary.push_back("Every count under 5 is shown as \"fewer than 5\", so that no family can be picked out. Where such counts are added "
                      "together, the report gives the range the total lies in (\"11 to 14\").");
  r.summary.push_back("No family's answers were kept: a check adds one to each count and is gone. There are no dates of birth, full "
                      "postcodes or names here.");
  r.sections.push_back(over_time(offer, english, tally));
  r.sections.push_back(by_district(offer, tally));
  r.sections.push_back(by_language(english, tally));
  r.sections.push_back(gaps(offer, english, tally));
  return r;
}

}  // namespace signpost::core::counts
