#include "core/counts/tally.h"

#include <algorithm>
#include <cstdio>

namespace signpost::core::counts {

namespace {

constexpr Cell kOne{1, 1};

json::Json cell_json(const Cell& cell, bool suppress) {
  if (suppress && cell.high < kSuppressBelow) return kSuppressedWords;
  if (cell.exact()) return cell.low;
  return to_words(cell);
}

json::Json cells_json(const Cells& cells, bool suppress) {
  json::Json j = json::Json::object();
  for (const auto& [key, cell] : cells) j[key] = cell_json(cell, suppress);
  return j;
}

// Cells that add up to `total`: with one suppressed, the smallest other is hidden too.
json::Json partition_json(const Cells& cells, const Cell& total, bool suppress) {
  json::Json j = cells_json(cells, suppress);
  if (!suppress || total.high < kSuppressBelow) return j;
  const auto small = std::count_if(cells.begin(), cells.end(), [](const auto& c) { return c.second.high < kSuppressBelow; });
  if (small != 1) return j;
  const std::string* smallest = nullptr;
  for (const auto& [key, cell] : cells)
    if (cell.high >= kSuppressBelow && (smallest == nullptr || cell.low < cells.at(*smallest).low)) smallest = &key;
  if (smallest != nullptr) j[*smallest] = kHiddenWords;
  return j;
}

json::Json nested_json(const std::map<std::string, Cells>& nested, bool suppress, const Cell* total = nullptr) {
  json::Json j = json::Json::object();
  for (const auto& [key, cells] : nested) j[key] = total ? partition_json(cells, *total, suppress) : cells_json(cells, suppress);
  return j;
}

void add_cells(Cells& into, const Cells& from) {
  for (const auto& [key, cell] : from) into[key] += cell;
}

void add_nested(std::map<std::string, Cells>& into, const std::map<std::string, Cells>& from) {
  for (const auto& [key, cells] : from) add_cells(into[key], cells);
}

// A cell as to_json writes it: a whole number of checks from 1, kSuppressedWords,
// kHiddenWords (at most `most`, the day's checks) or "N to M".
std::optional<Cell> read_cell(const json::JsonReader& at, std::int64_t most = 1'000'000'000) {
  const json::Json& v = at.value();
  if (v.is_number_integer()) {
    if (auto n = at.integer_in(1, 1'000'000'000, "a count of checks")) return Cell{*n, *n};
    return std::nullopt;
  }
  if (v.is_string()) {
    const std::string s = v.get<std::string>();
    if (s == kSuppressedWords) return Cell{1, kSuppressBelow - 1};
    if (s == kHiddenWords) return Cell{kSuppressBelow, std::max(kSuppressBelow, most)};
    long long low = 0, high = 0;
    char rest = 0;
    if (std::sscanf(s.c_str(), "%lld to %lld%c", &low, &high, &rest) == 2 && low >= 0 && low <= high) return Cell{low, high};
  }
  at.expected("a count of checks: a whole number from 1, \"fewer than 5\", \"5 or more\", or \"N to M\"");
  return std::nullopt;
}

void read_cells(const json::JsonReader& at, Cells& into, std::int64_t most) {
  if (!at.expect_object()) return;
  for (const auto& item : at.value().items())
    if (auto cell = read_cell(at.member(item.key()), most)) into[item.key()] = *cell;
}

void read_nested(const json::JsonReader& at, std::map<std::string, Cells>& into, std::int64_t most) {
  if (!at.expect_object()) return;
  for (const auto& item : at.value().items()) read_cells(at.member(item.key()), into[item.key()], most);
}

}  // namespace

std::string to_words(const Cell& cell) {
  if (cell.high == 0) return "0";  // none at all: nothing to hide
  if (cell.high < kSuppressBelow) return kSuppressedWords;
  if (cell.exact()) return std::to_string(cell.low);
  return std::to_string(cell.low) + " to " + std::to_string(cell.high);
}

void Tally::add(const CheckRecord& r) {
  if (offer.empty()) offer = r.offer;
  DayCounts& day = days[r.day];
  day.checks += kOne;
  for (const auto& [route, status] : r.outcomes) day.outcomes[route][status] += kOne;
  day.areas[r.area] += kOne;
  day.languages[r.locale] += kOne;
  day.easy_read[r.easy_read ? "on" : "off"] += kOne;
  day.voices[r.voice.empty() ? "not-said" : r.voice] += kOne;
  for (const std::string& need : r.gaps) day.gaps[need][r.area] += kOne;
}

void Tally::add(const Tally& other) {
  if (offer.empty()) offer = other.offer;
  for (const auto& [date, from] : other.days) {
    DayCounts& day = days[date];
    day.checks += from.checks;
    add_nested(day.outcomes, from.outcomes);
    add_cells(day.areas, from.areas);
    add_cells(day.languages, from.languages);
    add_cells(day.easy_read, from.easy_read);
    add_cells(day.voices, from.voices);
    add_nested(day.gaps, from.gaps);
  }
}

Cell Tally::checks() const {
  Cell total;
  for (const auto& [date, day] : days) total += day.checks;
  return total;
}

json::Json Tally::to_json(bool suppress) const {
  json::Json j{{"format", kTallyFormat}, {"version", kTallyVersion}, {"offer", offer}};
  if (suppress) j["suppressed_below"] = kSuppressBelow;
  json::Json out_days = json::Json::object();
  for (const auto& [date, day] : days)
    out_days[date] = json::Json{{"checks", cell_json(day.checks, suppress)},
                                {"outcomes", nested_json(day.outcomes, suppress, &day.checks)},
                                {"areas", partition_json(day.areas, day.checks, suppress)},
                                {"languages", partition_json(day.languages, day.checks, suppress)},
                                {"easy_read", partition_json(day.easy_read, day.checks, suppress)},
                                {"voices", partition_json(day.voices, day.checks, suppress)},
                                {"gaps", nested_json(day.gaps, suppress)}};
  j["days"] = std::move(out_days);
  return j;
}

std::optional<Tally> read_tally(const json::JsonReader& at) {
  if (!at.expect_object()) return std::nullopt;
  const std::size_t before = at.diagnostics().size();
  at.only_keys({"format", "version", "offer", "suppressed_below", "days"});
  at.member("format").one_of({kTallyFormat});
  at.member("version").integer_in(kTallyVersion, kTallyVersion, "the version this product writes");
  if (at.has("suppressed_below")) at.member("suppressed_below").integer_in(kSuppressBelow, kSuppressBelow, "the threshold this product uses");
  Tally t;
  t.offer = at.member("offer").string().value_or("");
  const auto days = at.member("days");
  if (days.expect_object())
    for (const auto& item : days.value().items()) {
      const auto day_at = days.member(item.key());
      if (!rules::parse_iso_date(item.key())) {
        day_at.error("expected a day as YYYY-MM-DD for its key, got \"" + item.key() + "\"");
        continue;
      }
      if (!day_at.expect_object()) continue;
      day_at.only_keys({"checks", "outcomes", "areas", "languages", "easy_read", "voices", "gaps"});
      DayCounts& day = t.days[item.key()];
      if (auto checks = read_cell(day_at.member("checks"))) day.checks = *checks;
      const std::int64_t most = day.checks.high;  // no cell of a day is more than its checks
      if (day_at.has("outcomes")) read_nested(day_at.member("outcomes"), day.outcomes, most);
      if (day_at.has("areas")) read_cells(day_at.member("areas"), day.areas, most);
      if (day_at.has("languages")) read_cells(day_at.member("languages"), day.languages, most);
      if (day_at.has("easy_read")) read_cells(day_at.member("easy_read"), day.easy_read, most);
      if (day_at.has("voices")) read_cells(day_at.member("voices"), day.voices, most);
      if (day_at.has("gaps")) read_nested(day_at.member("gaps"), day.gaps, most);
    }
  if (at.diagnostics().size() != before) return std::nullopt;
  return t;
}

Tally suppressed(const Tally& tally) {
  // Written as an export and read back, so a report knows exactly what an export would say.
  json::Diagnostics problems;
  const json::Json exported = tally.to_json(true);
  auto read = read_tally(json::JsonReader(exported, "export", "", problems));
  return read ? std::move(*read) : Tally{tally.offer, {}};
}

}  // namespace signpost::core::counts
