// A criterion's sentence takes the rule's numbers: change an age in rules.json
// and every language's sentence follows; a catalog that writes the number out
// is refused by lint.
#include "support.h"

#include "core/flow/criterion_words.h"
#include "core/lint.h"
#include "core/offer/offer_content.h"

using namespace signpost;
using core::rules::Tri;

namespace {

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("an age criterion's sentence is told the rule's bounds, and until is the age it stops") {
  const auto& offer = test::builtin_offer("leicestershire");
  const auto* gate_age = offer.criterion("aged-5-to-15");
  REQUIRE(gate_age != nullptr);
  auto args = core::flow::criterion_args(*gate_age, Tri::kNotMet);
  CHECK(std::get<std::string>(args.at("result")) == "not_met");
  CHECK(std::get<double>(args.at("min")) == 5);
  CHECK(std::get<double>(args.at("max")) == 15);
  CHECK(std::get<double>(args.at("until")) == 16);
  const auto* in_area = offer.criterion("lives-in-area");
  REQUIRE(in_area != nullptr);
  CHECK(core::flow::criterion_args(*in_area, Tri::kMet).size() == 1);
}

TEST_CASE("changing an age in rules.json changes the sentence in every language") {
  auto content = core::content::copy_of(test::builtin());
  const std::string rules_file = "offers/leicestershire/rules.json";
  content.put(rules_file, replace_once(*content.read(rules_file), R"("age": { "min": 5, "max": 15 })", R"("age": { "min": 6, "max": 14 })"));
  core::json::Diagnostics out;
  auto changed = core::offer::load_offer_content(content, "leicestershire", out);
  INFO(out.to_string());
  REQUIRE(changed);
  const auto& before = test::builtin_offer("leicestershire");
  const auto* old_rule = before.criterion("aged-5-to-15");
  const auto* new_rule = changed->offer.criterion("aged-5-to-15");
  REQUIRE(old_rule != nullptr);
  REQUIRE(new_rule != nullptr);
  for (const auto& language : test::builtin_catalogs().languages()) {
    CAPTURE(language.locale);
    core::i18n::Localizer words(test::builtin_catalogs(), before, language.locale);
    const std::string old_sentence = words.text("criterion.aged-5-to-15", core::flow::criterion_args(*old_rule, Tri::kMet));
    const std::string new_sentence = words.text("criterion.aged-5-to-15", core::flow::criterion_args(*new_rule, Tri::kMet));
    CHECK(old_sentence != new_sentence);
  }
  core::i18n::Localizer english(test::builtin_catalogs(), before, "en-GB");
  CHECK(english.text("criterion.aged-5-to-15", core::flow::criterion_args(*new_rule, Tri::kMet)) == "Your child is aged 6 to 14.");
}

TEST_CASE("lint refuses a criterion sentence that writes the rule's number out, in digits of any script") {
  auto content = core::content::copy_of(test::builtin());
  const std::string polish = "i18n/pl/leicestershire.json";
  content.put(polish, replace_once(*content.read(polish), "Dziecko ma od {min} do {max} lat.", "Dziecko ma od 5 do {max} lat."));
  const std::string bengali = "i18n/bn/leicestershire.json";
  content.put(bengali, replace_once(*content.read(bengali), "{until}", "১৮"));
  const std::string said = core::lint(content, std::string("leicestershire")).diagnostics.to_string();
  CHECK(said.find("i18n/pl/leicestershire.json: /messages/criterion.aged-5-to-15: writes the rule's number 5") != std::string::npos);
  CHECK(said.find("i18n/bn/leicestershire.json: /messages/criterion.aged-0-to-17: writes the rule's number 18") != std::string::npos);
  CHECK(core::flow::numbers_written_out("{min} to {max}, 12 months", *test::builtin_offer("leicestershire").criterion("aged-5-to-15")).empty());
}
