// Importing Open Referral UK feeds: the standard's own 3.0 example, and a page
// in the older 1.0 shape; bad records are reported and skipped.
#include "support.h"

#include "core/directory/oruk_import.h"
#include "core/places/postcode.h"

using namespace signpost;
using core::json::Json;

TEST_CASE("the standard's own 3.0 example record imports with its ages, schedule, cost and organisation") {
  // shared/data/oruk sits beside the repository, as on every machine that builds it.
  Json feed = Json::parse(test::read_source_file("../shared/data/oruk/uk-profile-service_full.json"));
  auto result = core::directory::import_oruk(feed, "uk-profile-service_full.json", "universal");
  INFO(result.problems.to_string());
  CHECK(result.problems.empty());
  REQUIRE(result.services.size() == 1);
  const auto& s = result.services[0];
  CHECK(s.id == "ac148810-d857-441c-9679-408f346de14b");
  CHECK(s.name == "Community Counselling");
  CHECK(s.min_age == 12);
  CHECK(s.max_age == 100);
  CHECK(s.days == std::vector<std::string>{"TH", "FR"});
  CHECK(s.opens_at == "10:00");
  CHECK(s.closes_at == "18:00");
  CHECK(s.organisation == "Example Organization Inc.");
  CHECK(s.cost == "£35 per 1 hour session (Under 18s and Over 60s)");
  // Its locations and languages are references only, as in many real feeds.
  CHECK(s.locations.empty());
  CHECK(s.tier == "universal");
}

TEST_CASE("a page in the 1.0 shape imports eligibilitys, regular schedules and addresses; bad records are reported and skipped") {
  Json feed = Json::parse(test::read_source_file("tests/fixtures/oruk/v1-page.json"));
  auto page = core::directory::page_of(feed);
  CHECK(page.total_pages == 1);
  CHECK(page.records.size() == 3);
  auto result = core::directory::import_oruk(feed, "v1-page.json", "targeted");
  REQUIRE(result.services.size() == 1);
  const auto& s = result.services[0];
  CHECK(s.min_age == 3);
  CHECK(s.max_age == 14);
  CHECK(s.days == std::vector<std::string>{"SA", "SU"});
  REQUIRE(s.locations.size() == 1);
  CHECK(s.locations[0].postcode_district == "LE11");
  CHECK(s.locations[0].latitude == doctest::Approx(52.7721));
  CHECK(s.terms == std::vector<std::string>{"Children with SEND", "Siblings", "Sensory friendly"});
  CHECK(s.languages == std::vector<std::string>{"English", "Polish"});
  CHECK(s.phone == "0000 000 0000");
  CHECK(s.cost == "£2 per session");
  CHECK(result.problems.to_string() ==
        "v1-page.json: /content/1: skipped: expected a service with an \"id\" and a \"name\", got an object\n"
        "v1-page.json: /content/2: skipped: expected a service with an \"id\" and a \"name\", got \"not a service at all\"\n");
}

TEST_CASE("a directory round-trips through directory.json, and a bad one says where") {
  Json feed = Json::parse(test::read_source_file("tests/fixtures/oruk/v1-page.json"));
  core::directory::Directory d{core::directory::import_oruk(feed, "v1-page.json", "targeted").services};
  core::json::Diagnostics out;
  auto back = core::directory::read_directory(core::directory::to_json(d), "directory.json", {"universal", "targeted", "specialist"}, out);
  REQUIRE(back);
  CHECK(core::directory::to_json(*back) == core::directory::to_json(d));
  auto bad = core::directory::to_json(d);
  bad["services"][0]["tier"] = "premium";
  CHECK_FALSE(core::directory::read_directory(bad, "directory.json", {"universal", "targeted", "specialist"}, out));
  CHECK(out.to_string().find("directory.json: /services/0/tier: expected one of \"universal\", \"targeted\" or \"specialist\", got \"premium\"") !=
        std::string::npos);
}

TEST_CASE("postcode districts are read from full postcodes and districts alike") {
  using core::places::postcode_district;
  CHECK(postcode_district("LE11 3AB") == "LE11");
  CHECK(postcode_district("le113ab") == "LE11");
  CHECK(postcode_district("WF1") == "WF1");
  CHECK(postcode_district("DT1 1XJ") == "DT1");
  CHECK(postcode_district("not a postcode") == "");
}
