// The core's MessageFormat: ICU syntax, plural and select, apostrophe quoting,
// and numbers, money and dates formatted by the platform's ICU (ICU4C natively,
// Intl under node). The same expectations hold in both builds.
#include "support.h"

#include "core/i18n/locales.h"
#include "core/i18n/message_format.h"

using namespace signpost;
using core::i18n::Args;
using core::i18n::Message;

namespace {

std::string fmt(const std::string& pattern, const Args& args = {}, const std::string& locale = "en-GB") {
  core::i18n::ParseError error;
  auto m = Message::parse(pattern, &error);
  INFO("parse error at " << error.offset << ": " << error.message);
  REQUIRE(m);
  return m->format(args, locale, core::i18n::platform_locale_services());
}

std::string parse_error(const std::string& pattern) {
  core::i18n::ParseError error;
  CHECK_FALSE(Message::parse(pattern, &error));
  return std::to_string(error.offset) + ": " + error.message;
}

}  // namespace

TEST_CASE("plural picks the CLDR category of the locale, and # is the number") {
  const std::string p = "{weeks, plural, =0 {never} one {every week} other {every # weeks}}";
  CHECK(fmt(p, {{"weeks", 0.0}}) == "never");
  CHECK(fmt(p, {{"weeks", 1.0}}) == "every week");
  CHECK(fmt(p, {{"weeks", 2.0}}) == "every 2 weeks");
  CHECK(fmt(p, {{"weeks", 1000.0}}) == "every 1,000 weeks");
  // Polish has "few" for 2-4 and "many" for 5 and more.
  const std::string pl = "{n, plural, one {# tydzień} few {# tygodnie} many {# tygodni} other {# tygodnia}}";
  CHECK(fmt(pl, {{"n", 1.0}}, "pl") == "1 tydzień");
  CHECK(fmt(pl, {{"n", 3.0}}, "pl") == "3 tygodnie");
  CHECK(fmt(pl, {{"n", 5.0}}, "pl") == "5 tygodni");
}

TEST_CASE("plural with an offset, and selectordinal") {
  CHECK(fmt("{n, plural, offset:1 =0 {nobody} =1 {you} one {you and # other} other {you and # others}}", {{"n", 3.0}}) ==
        "you and 2 others");
  const std::string p = "week {n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}";
  CHECK(fmt(p, {{"n", 6.0}}) == "week 6th");
  CHECK(fmt(p, {{"n", 9.0}}) == "week 9th");
  CHECK(fmt(p, {{"n", 13.0}}) == "week 13th");
  CHECK(fmt(p, {{"n", 22.0}}) == "week 22nd");
}

TEST_CASE("select picks the matching case, or other") {
  const std::string p = "{result, select, met {You live here.} not_met {You do not live here.} other {You were not sure.}}";
  CHECK(fmt(p, {{"result", std::string("met")}}) == "You live here.");
  CHECK(fmt(p, {{"result", std::string("not_met")}}) == "You do not live here.");
  CHECK(fmt(p, {{"result", std::string("unknown")}}) == "You were not sure.");
}

TEST_CASE("numbers, money and dates are formatted for the locale") {
  CHECK(fmt("{n, number}", {{"n", 1234.5}}) == "1,234.5");
  CHECK(fmt("{n, number, integer}", {{"n", 181.0}}) == "181");
  CHECK(fmt("{n, number, percent}", {{"n", 0.56}}) == "56%");
  CHECK(fmt("{amount, number, ::currency/GBP}", {{"amount", 450.0}}) == "£450.00");
  CHECK(fmt("{amount, number, currency}", {{"amount", 1500.5}}) == "£1,500.50");
  CHECK(fmt("{d, date, long}", {{"d", core::rules::Date{2017, 3, 14}}}) == "14 March 2017");
  CHECK(fmt("{d, date, short}", {{"d", core::rules::Date{2017, 3, 14}}}) == "14/03/2017");
  // Polish writes a decimal comma, and groups only from five digits, with a no-break space.
  CHECK(fmt("{n, number}", {{"n", 1234.5}}, "pl") == "1234,5");
  CHECK(fmt("{n, number}", {{"n", 12345.5}}, "pl") == "12\u00a0345,5");
  // Halves round away from zero, as in every browser.
  CHECK(fmt("{n, number, integer}", {{"n", 2.5}}) == "3");
  CHECK(fmt("{d, date, long}", {{"d", core::rules::Date{2017, 3, 14}}}, "pl") == "14 marca 2017");
}

TEST_CASE("apostrophes: a lone one is itself, a doubled one is one, and one before a brace quotes it") {
  CHECK(fmt("your child's plan") == "your child's plan");
  CHECK(fmt("it''s") == "it's");
  CHECK(fmt("'{braces}' stay") == "{braces} stay");
  CHECK(fmt("{n, plural, other {'#' is # here}}", {{"n", 3.0}}) == "# is 3 here");
}

TEST_CASE("a missing argument stays visible rather than vanishing") {
  CHECK(fmt("Hello {name}") == "Hello {name}");
}

TEST_CASE("syntax errors give the position and what is wrong") {
  CHECK(parse_error("{n, plural, one {x}}") == "19: a plural argument needs an \"other\" case");
  CHECK(parse_error("Hello {name") == "11: expected ',' or '}' after the argument name \"name\"");
  CHECK(parse_error("{x, select, a {b} other {c}") == "27: missing '}'");
  CHECK(parse_error("a } b") == "2: unmatched '}'");
  CHECK(parse_error("{n, plural, lots {x} other {y}}") == "16: unknown plural category \"lots\"");
  CHECK(parse_error("{n, spell}") == "9: unknown argument type \"spell\"");
  CHECK(parse_error("{d, date, yesterday}") == "19: unknown date style \"yesterday\"");
}

TEST_CASE("lists are joined in the locale's own words") {
  const auto& services = core::i18n::platform_locale_services();
  CHECK(services.format_list("en-GB", {"personal care", "overnight breaks", "clubs"}) == "personal care, overnight breaks and clubs");
  CHECK(services.format_list("en-GB", {"clubs"}) == "clubs");
}

TEST_CASE("text direction is the one the language's common.json gives") {
  const auto& offer = test::builtin_offer("leicestershire");
  auto direction = [&](const char* locale) { return std::string(core::i18n::Localizer(test::builtin_catalogs(), offer, locale).direction()); };
  CHECK(direction("ur") == "rtl");
  CHECK(direction("ar") == "rtl");
  CHECK(direction("pa") == "ltr");
  CHECK(direction("en-GB") == "ltr");
  CHECK(direction(core::i18n::kPseudoRightToLeft) == "rtl");
}
