// Conditions and criteria beyond what the packs use today: a range over a
// number, "not" in three values, and the candidate answers skip logic tries.
#include "support.h"

#include "core/rules/candidates.h"
#include "core/rules/evaluate.h"

using namespace signpost;
using core::offer::Condition;
using core::offer::Criterion;
using core::rules::Tri;

namespace {

core::rules::Answers answer(const std::string& question, std::string value) { return {{question, std::move(value)}}; }

Condition criterion(std::size_t index) {
  Condition c;
  c.kind = Condition::Kind::kCriterion;
  c.criterion = index;
  return c;
}

Condition negation(Condition child) {
  Condition c;
  c.kind = Condition::Kind::kNot;
  c.children.push_back(std::move(child));
  return c;
}

}  // namespace

TEST_CASE("a range holds whole numbers between its bounds, inclusive; anything else is unknown") {
  Criterion c;
  c.question = "hours";
  c.test = Criterion::Test::kRange;
  c.min = 2;
  c.max = 10;
  auto result = [&](const std::string& v) { return core::rules::evaluate_criterion(c, answer("hours", v), test::kToday); };
  CHECK(result("2") == Tri::kMet);
  CHECK(result("10") == Tri::kMet);
  CHECK(result("1") == Tri::kNotMet);
  CHECK(result("11") == Tri::kNotMet);
  CHECK(result("-3") == Tri::kNotMet);
  CHECK(result("2.5") == Tri::kUnknown);
  CHECK(result("ten") == Tri::kUnknown);
  CHECK(result("") == Tri::kUnknown);
  CHECK(result("99999999999999999999999") == Tri::kUnknown);  // out of range for a number: not a guess
  CHECK(core::rules::evaluate_criterion(c, {}, test::kToday) == Tri::kUnknown);
  c.min.reset();
  CHECK(result("-3") == Tri::kMet);  // no lower bound
}

TEST_CASE("\"not\" turns met into not met and back, and leaves unknown unknown") {
  core::offer::Offer offer;
  Criterion c;
  c.question = "lives_in_area";
  c.test = Criterion::Test::kIn;
  c.values = {"yes"};
  offer.criteria.push_back(c);
  const Condition not_in_area = negation(criterion(0));
  auto result = [&](const core::rules::Answers& a) { return core::rules::evaluate(offer, not_in_area, a, test::kToday); };
  CHECK(result(answer("lives_in_area", "yes")) == Tri::kNotMet);
  CHECK(result(answer("lives_in_area", "no")) == Tri::kMet);
  CHECK(result(answer("lives_in_area", "unknown")) == Tri::kUnknown);
  CHECK(result({}) == Tri::kUnknown);
  // Twice is the condition itself.
  CHECK(core::rules::evaluate(offer, negation(not_in_area), answer("lives_in_area", "yes"), test::kToday) == Tri::kMet);
  // A "not" with nothing under it decides nothing.
  Condition empty;
  empty.kind = Condition::Kind::kNot;
  CHECK(core::rules::evaluate(offer, empty, answer("lives_in_area", "yes"), test::kToday) == Tri::kUnknown);
}

TEST_CASE("candidate answers: every option, every option alone, and birthdays either side of each age bound") {
  const auto& offer = test::builtin_offer("leicestershire");
  using core::rules::AnswerValue;
  const auto* lives = offer.question("lives_in_area");
  REQUIRE(lives != nullptr);
  auto choices = core::rules::candidate_answers(offer, *lives, test::kToday);
  REQUIRE(choices.size() == lives->options.size());
  for (std::size_t i = 0; i < choices.size(); ++i) CHECK(choices[i] == AnswerValue{lives->options[i]});

  const auto* needs = offer.question("support_needs");
  REQUIRE(needs != nullptr);
  auto multis = core::rules::candidate_answers(offer, *needs, test::kToday);
  REQUIRE(multis.size() == needs->options.size());
  CHECK(multis.front() == AnswerValue{std::vector<std::string>{needs->options.front()}});

  // The gate's ages are 5 to 15 and 16 to 17, and under 18 to ask: each bound and its neighbours, and a newborn.
  const auto* born = offer.question("date_of_birth");
  REQUIRE(born != nullptr);
  std::set<int> ages;
  for (const auto& value : core::rules::candidate_answers(offer, *born, test::kToday)) {
    const auto* iso = std::get_if<std::string>(&value);
    REQUIRE(iso != nullptr);
    auto date = core::rules::parse_iso_date(*iso);
    REQUIRE(date);
    ages.insert(static_cast<int>(core::rules::age_in_years(*date, test::kToday)));
  }
  CHECK(ages == std::set<int>{0, 4, 5, 6, 14, 15, 16, 17, 18});
}
