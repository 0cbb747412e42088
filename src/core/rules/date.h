// Calendar dates without time zones: parsing YYYY-MM-DD, checking real dates,
// and age in whole years. "Today" is always passed in; the core never reads a clock.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace signpost::core::rules {

struct Date {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31
  auto operator<=>(const Date&) const = default;
};

bool is_real_date(int year, int month, int day);
// Strict YYYY-MM-DD naming a real date, or nullopt.
std::optional<Date> parse_iso_date(std::string_view text);
std::string to_iso(Date d);
// Days since 1970-01-01 (negative before).
long long days_since_epoch(Date d);
// Whole years from `birth` to `on`: a birthday counts on the day itself, and
// 29 February birthdays fall on 1 March in other years. Negative if not yet born.
int age_in_years(Date birth, Date on);
// The date `years` before `on` (29 February becomes 28 February).
Date years_before(Date on, int years);

}  // namespace signpost::core::rules
