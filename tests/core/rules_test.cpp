// The rules in three values: the published gate's age boundaries, DLA and PIP
// not applied for, living outside the county, and every "I don't know".
#include "support.h"

#include <algorithm>
#include <set>

#include "core/rules/evaluate.h"

using namespace signpost;
using core::rules::Date;
using test::kToday;

namespace {

const core::offer::Offer& leics() { return test::builtin_offer("leicestershire"); }

// A family who meets the gate in every way but the ones a test changes.
core::rules::Answers gate_family(const std::string& date_of_birth) {
  core::rules::Answers a;
  a["lives_in_area"] = std::string("yes");
  a["disability"] = std::string("yes");
  a["date_of_birth"] = date_of_birth;
  a["dla_care"] = std::string("high");
  a["pip_daily_living"] = std::string("enhanced");
  a["ehcp"] = std::string("yes");
  a["support_needs"] = std::vector<std::string>{"holiday-activities"};
  return a;
}

std::string card_status(const core::rules::Answers& a, Date today = kToday) {
  return core::rules::to_string(core::rules::decide(leics(), *leics().route("summer-dp-card"), a, today).status);
}

}  // namespace

TEST_CASE("age is counted in whole years, a birthday counting on the day itself") {
  using core::rules::age_in_years;
  CHECK(age_in_years({2021, 11, 23}, kToday) == 5);
  CHECK(age_in_years({2021, 11, 24}, kToday) == 4);
  CHECK(age_in_years({2008, 2, 29}, {2026, 2, 28}) == 17);
  CHECK(age_in_years({2008, 2, 29}, {2026, 3, 1}) == 18);
  CHECK(age_in_years({2008, 2, 29}, {2028, 2, 29}) == 20);
}

TEST_CASE("the gate's age boundaries: 5 to 15 with DLA, 16 and 17 with PIP") {
  struct Case {
    const char* birth;
    const char* dla;
    const char* pip;
    const char* expected;
  };
  // Today is 2026-11-23.
  const Case cases[] = {
      {"2021-11-24", "high", "none", "not-eligible"},      // 4, the day before their 5th birthday
      {"2021-11-23", "high", "none", "eligible"},          // 5 today
      {"2010-11-24", "high", "none", "eligible"},          // 15, the day before their 16th birthday
      {"2010-11-23", "high", "none", "not-eligible"},      // 16 today: DLA no longer counts...
      {"2010-11-23", "none", "enhanced", "eligible"},      // ...enhanced PIP does
      {"2010-11-24", "none", "enhanced", "not-eligible"},  // 15 with PIP: not the gate's combination
      {"2008-11-24", "none", "enhanced", "eligible"},      // 17, the day before their 18th birthday
      {"2008-11-23", "none", "enhanced", "not-eligible"},  // 18 today
  };
  for (const auto& c : cases) {
    CAPTURE(c.birth);
    CAPTURE(c.dla);
    auto a = gate_family(c.birth);
    a["dla_care"] = std::string(c.dla);
    a["pip_daily_living"] = std::string(c.pip);
    CHECK(card_status(a) == c.expected);
  }
}

TEST_CASE("a family that has not applied for DLA or PIP does not meet the gate, and is shown where to claim it first") {
  auto a = gate_family("2017-05-14");
  a["dla_care"] = std::string("not-applied");
  CHECK(card_status(a) == "not-eligible");
  CHECK(core::rules::decide(leics(), *leics().route("summer-dp-card"), a, kToday).claims == std::vector<std::string>{"dla"});
  a["dla_care"] = std::string("none");  // applied, and not awarded: nothing to claim first
  CHECK(core::rules::decide(leics(), *leics().route("summer-dp-card"), a, kToday).claims.empty());
  auto b = gate_family("2009-05-14");
  b["pip_daily_living"] = std::string("not-applied");
  CHECK(card_status(b) == "not-eligible");
}

TEST_CASE("a family waiting for a DLA or PIP decision is not yet through the gate, and is told what letter to wait for") {
  auto a = gate_family("2017-05-14");
  a["dla_care"] = std::string("applied");
  auto outcome = core::rules::decide(leics(), *leics().route("summer-dp-card"), a, kToday);
  CHECK(core::rules::to_string(outcome.status) == std::string("not-yet"));
  CHECK(outcome.waits == std::vector<std::string>{"wait.dla_award_letter"});
  CHECK(outcome.checks.empty());
  auto teen = gate_family("2009-05-14");
  teen["pip_daily_living"] = std::string("applied");
  outcome = core::rules::decide(leics(), *leics().route("summer-dp-card"), teen, kToday);
  CHECK(core::rules::to_string(outcome.status) == std::string("not-yet"));
  CHECK(outcome.waits == std::vector<std::string>{"wait.pip_award_letter"});
  // Waiting, and also unsure of something else: still not yet, with both said.
  a["disability"] = std::string("unknown");
  outcome = core::rules::decide(leics(), *leics().route("summer-dp-card"), a, kToday);
  CHECK(core::rules::to_string(outcome.status) == std::string("not-yet"));
  CHECK(outcome.waits == std::vector<std::string>{"wait.dla_award_letter"});
  CHECK(outcome.checks == std::vector<std::string>{"check.disability"});
  // A pending answer the route does not need holds nothing back.
  auto b = gate_family("2017-05-14");
  b["dla_care"] = std::string("high");
  b["pip_daily_living"] = std::string("applied");
  CHECK(card_status(b) == "eligible");
}

TEST_CASE("a family living outside the county gets the universal offer and nothing it cannot reach") {
  auto a = gate_family("2017-05-14");
  a["lives_in_area"] = std::string("no");
  auto s = test::statuses_by_route(leics(), a);
  CHECK(s["universal"] == "eligible");
  for (const auto& entry : s)
    if (entry.first != "universal") CHECK_MESSAGE(entry.second == "not-eligible", entry.first);
}

TEST_CASE("each \"I don't know\" turns a yes into a maybe, never a no") {
  for (const char* question : {"lives_in_area", "disability", "dla_care", "ehcp"}) {
    CAPTURE(question);
    auto a = gate_family("2017-05-14");
    a[question] = std::string("unknown");
    CHECK(card_status(a) == "may-be-eligible");
  }
  auto teen = gate_family("2009-05-14");
  teen["pip_daily_living"] = std::string("unknown");
  CHECK(card_status(teen) == "may-be-eligible");
  auto no_birthday = gate_family("2017-05-14");
  no_birthday.erase("date_of_birth");
  CHECK(card_status(no_birthday) == "may-be-eligible");
}

TEST_CASE("unknown never counts against a family on an assessment route: they can still ask") {
  auto a = gate_family("2017-05-14");
  a["support_needs"] = std::vector<std::string>{"personal-care"};
  a["disability"] = std::string("unknown");
  CHECK(test::statuses_by_route(leics(), a)["domiciliary-care"] == "assessment");
}

TEST_CASE("a may-be-eligible outcome names only the unknown criteria as standing in the way") {
  auto a = gate_family("2017-05-14");
  a["ehcp"] = std::string("unknown");
  auto outcome = core::rules::decide(leics(), *leics().route("summer-dp-card"), a, kToday);
  int decisive = 0;
  for (const auto& r : outcome.reasons) {
    CAPTURE(r.criterion);
    // Not-met criteria may appear (the 16-17 branch of the age test), but never decide.
    if (r.decisive) {
      ++decisive;
      CHECK(r.criterion == "has-ehcp");
      CHECK(r.result == core::rules::Tri::kUnknown);
    }
  }
  CHECK(decisive == 1);
  CHECK(outcome.checks == std::vector<std::string>{"check.ehcp"});
}

TEST_CASE("every criterion of a route is explained once, with the answer that decided it") {
  auto a = gate_family("2017-05-14");
  auto reasons = core::rules::explain(leics(), leics().route("self-assessed-dp")->when, a, kToday);
  std::set<std::string> ids;
  for (const auto& r : reasons) CHECK(ids.insert(r.criterion).second);
  CHECK(ids.count("has-ehcp"));
  CHECK(ids.count("needs-community-or-peers"));
  auto dla = std::find_if(reasons.begin(), reasons.end(), [](const auto& r) { return r.criterion == "dla-high-care"; });
  REQUIRE(dla != reasons.end());
  CHECK(std::get<std::string>(*dla->answer) == "high");
}
