// Counts of demand: what one check adds (never anything that tells who the
// family is), the totals, the suppression of small cells in an export and
// beside them, reading exports and the web's records back with errors that
// say where, and the report's figures.
#include "support.h"

#include "core/counts/check_record.h"
#include "core/counts/read_counts.h"
#include "core/counts/report.h"
#include "core/counts/tally.h"
#include "core/flow/path.h"
#include "core/offer/offer_content.h"

using namespace signpost;
using core::counts::Cell;
using core::counts::CheckRecord;
using core::counts::Tally;

namespace {

const core::offer::OfferContent& leicestershire() {
  static const auto content = [] {
    core::json::Diagnostics problems;
    auto loaded = core::offer::load_offer_content(test::builtin(), "leicestershire", problems);
    REQUIRE(loaded);
    return std::move(*loaded);
  }();
  return content;
}

CheckRecord record_for(const std::string& family, const std::string& locale = "en-GB", bool easy_read = false) {
  const auto& content = leicestershire();
  auto answers = test::case_answers(family, content.offer);
  auto counted = core::flow::answers_on_path(answers, core::flow::walk_path(content.offer, answers, test::kToday));
  auto outcomes = core::rules::decide_all(content.offer, counted, test::kToday);
  return core::counts::record_of(content.offer, &*content.directory, counted, outcomes, test::kToday, locale, easy_read);
}

Tally tally_of(int n, const CheckRecord& r) {
  Tally t;
  for (int i = 0; i < n; ++i) t.add(r);
  return t;
}

}  // namespace

TEST_CASE("a check's record holds its outcomes, district, language and gaps, and nothing that tells who the family is") {
  const CheckRecord mo = record_for("mo", "pl", true);
  CHECK(mo.offer == "leicestershire");
  CHECK(mo.day == "2026-11-23");
  CHECK(mo.locale == "pl");
  CHECK(mo.easy_read);
  CHECK(mo.voice == "parent");
  CHECK(mo.area == "LE11");
  CHECK(mo.outcomes.size() == leicestershire().offer.routes.size());
  CHECK(mo.outcomes.at("universal") == "eligible");
  // Mo asked for holiday activities; nothing that suits him runs near LE11.
  CHECK(mo.gaps == std::vector<std::string>{"holiday-activities"});
  const std::string text = mo.to_json().dump();
  for (const char* never : {"2017", "date_of_birth", "dla_care", "ehcp", "disability", "weekends", "holiday-activities\":"})
    CHECK_MESSAGE(text.find(never) == std::string::npos, never);
  // Read back, it is the same record.
  core::json::Diagnostics problems;
  const auto j = mo.to_json();
  auto back = core::counts::read_record(core::json::JsonReader(j, "record", "", problems));
  REQUIRE(back);
  CHECK(back->to_json() == j);
}

TEST_CASE("a record with no place names no area and no gap") {
  const auto& content = leicestershire();
  auto answers = test::case_answers("mo", content.offer);
  answers.erase("postcode_district");
  auto outcomes = core::rules::decide_all(content.offer, answers, test::kToday);
  auto r = core::counts::record_of(content.offer, &*content.directory, answers, outcomes, test::kToday, "en-GB", false);
  CHECK(r.area == "not-given");
  CHECK(r.gaps.empty());
}

TEST_CASE("an export suppresses every cell under 5, and hides one more where a small one could be worked out") {
  Tally t = tally_of(7, record_for("mo"));
  t.add(tally_of(3, record_for("jack", "ur")));
  REQUIRE(t.checks() == Cell{10, 10});
  const auto exact = t.to_json(false)["days"]["2026-11-23"];
  CHECK(exact["languages"] == core::json::Json{{"en-GB", 7}, {"ur", 3}});
  const auto shown = t.to_json(true)["days"]["2026-11-23"];
  CHECK(shown["checks"] == 10);
  // Urdu's 3 is suppressed; English's 7 would give it away (10 - 7), so it is hidden too.
  CHECK(shown["languages"] == core::json::Json{{"en-GB", "5 or more"}, {"ur", "fewer than 5"}});
  CHECK(shown["easy_read"] == core::json::Json{{"off", 10}});
  // Two small cells cannot be told apart by subtraction: nothing more is hidden.
  Tally three = tally_of(7, record_for("mo"));
  three.add(tally_of(2, record_for("jack", "ur")));
  three.add(tally_of(2, record_for("jack", "pl")));
  CHECK(three.to_json(true)["days"]["2026-11-23"]["languages"] ==
        core::json::Json{{"en-GB", 7}, {"pl", "fewer than 5"}, {"ur", "fewer than 5"}});
  // A day of fewer than 5 checks shows nothing but "fewer than 5".
  const auto small_day = tally_of(4, record_for("mo")).to_json(true).dump();
  CHECK(small_day.find("\"checks\":\"fewer than 5\"") != std::string::npos);
  CHECK(small_day.find(":4") == std::string::npos);
}

TEST_CASE("exports added up keep what is known of suppressed cells as ranges") {
  core::json::Diagnostics problems;
  const auto export_a = tally_of(7, record_for("mo")).to_json(true);
  auto a = core::counts::read_tally(core::json::JsonReader(export_a, "a.json", "", problems));
  Tally small = tally_of(3, record_for("mo"));
  const auto export_b = small.to_json(true);
  auto b = core::counts::read_tally(core::json::JsonReader(export_b, "b.json", "", problems));
  REQUIRE(a);
  REQUIRE(b);
  Tally sum = *a;
  sum.add(*b);
  CHECK(sum.checks() == Cell{8, 11});
  CHECK(core::counts::to_words(sum.checks()) == "8 to 11");
  CHECK(core::counts::to_words(Cell{1, 4}) == "fewer than 5");
  CHECK(core::counts::to_words(Cell{12, 12}) == "12");
  CHECK(core::counts::to_words(Cell{}) == "0");  // none at all is not hidden
  // Suppressing again changes nothing a report would show.
  CHECK(core::counts::suppressed(*a).to_json(true) == export_a);
}

TEST_CASE("counts that are not counts are refused, saying where") {
  auto problems_in = [](const std::string& text, const std::string& file = "counts.json") {
    core::json::Diagnostics problems;
    auto read = core::counts::read_counts(text, file, problems);
    CHECK(!read);
    return problems.to_string();
  };
  CHECK(problems_in(R"({"format": "signpost-counts", "version": 1, "offer": "leicestershire", "days": {"2026-11-23": {"checks": -3}}})")
            .find("counts.json: /days/2026-11-23/checks: expected a count of checks") != std::string::npos);
  CHECK(problems_in(R"({"format": "signpost-counts", "version": 1, "offer": "x", "days": {"Monday": {"checks": 5}}})")
            .find("/days/Monday: expected a day as YYYY-MM-DD") != std::string::npos);
  CHECK(problems_in(R"({"format": "signpost-check", "version": 1, "offer": "leicestershire", "day": "2026-11-23", "locale": "en-GB",
      "easy_read": false, "area": "LE11 3AB", "outcomes": {}, "gaps": []})")
            .find("/area: expected a postcode district") != std::string::npos);
  CHECK(problems_in("[1, 2]").find("/0: expected an object") != std::string::npos);
  CHECK(problems_in("\"hello\"").find("expected a kiosk's counts") != std::string::npos);
  // One record a line: a bad line is named by its number.
  const std::string good = record_for("mo").to_json().dump();
  const std::string lines = good + "\n" + good + "\n{\"format\": \"signpost-check\", \"date_of_birth\": \"2017-05-14\"}\n";
  const std::string said = problems_in(lines, "web.ndjson");
  CHECK(said.find("web.ndjson:3: /date_of_birth: unknown key") != std::string::npos);
  CHECK(said.find("web.ndjson:3: /version: missing") != std::string::npos);
  core::json::Diagnostics problems;
  auto two = core::counts::read_counts(good + "\n" + good + "\n", "web.ndjson", problems);
  REQUIRE(two);
  CHECK(two->records == 2);
  CHECK(two->tally.checks() == Cell{2, 2});
}

TEST_CASE("the report's figures give each route's outcomes, districts, languages and gaps, each cell as an export shows it") {
  Tally t = tally_of(6, record_for("mo"));
  t.add(tally_of(2, record_for("jack", "pl", true)));
  const auto& content = leicestershire();
  core::i18n::Localizer english(content.catalogs, content.offer, "en-GB");
  const auto report = core::counts::build_report(content.offer, english, core::counts::suppressed(t), {{"a.json"}, 1, 0});
  std::map<std::string, const core::counts::Figure*> figures;
  for (const auto& s : report.sections)
    for (const auto& f : s.figures) figures[f.id] = &f;
  REQUIRE(figures.count("routes"));
  CHECK(figures.at("routes")->categories.size() == content.offer.routes.size());
  CHECK(figures.at("checks")->cells == std::vector<std::vector<Cell>>{{Cell{8, 8}}});
  REQUIRE(figures.count("languages"));
  CHECK(figures.at("languages")->keys == std::vector<std::string>{"en-GB", "pl"});
  CHECK(core::counts::to_words(figures.at("languages")->cells[1][0]) == "fewer than 5");
  CHECK(core::counts::to_words(figures.at("languages")->cells[0][0]) == "5 to 8");
  REQUIRE(figures.count("gaps"));
  CHECK(figures.at("gaps")->keys.front() == "LE11");
  CHECK(report.summary.front().find("8 checks finished") == 0);
}
