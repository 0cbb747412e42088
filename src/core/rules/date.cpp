#include "core/rules/date.h"

#include "core/text/digits.h"

namespace signpost::core::rules {
namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

}  // namespace

bool is_real_date(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

std::optional<Date> parse_iso_date(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  auto digits = [&](std::size_t from, std::size_t n) -> int {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (t[i] < '0' || t[i] > '9') return -1;
      v = v * 10 + (t[i] - '0');
    }
    return v;
  };
  int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
  if (y < 0 || m < 0 || d < 0 || !is_real_date(y, m, d)) return std::nullopt;
  return Date{y, m, d};
}

std::string to_iso(Date d) {
  std::string out;
  text::append_padded(out, d.year, 4);
  out += '-';
  text::append_padded(out, d.month, 2);
  out += '-';
  text::append_padded(out, d.day, 2);
  return out;
}

long long days_since_epoch(Date d) {
  // Howard Hinnant's days_from_civil.
  long long y = d.year - (d.month <= 2 ? 1 : 0);
  long long era = (y >= 0 ? y : y - 399) / 400;
  long long yoe = y - era * 400;
  long long mp = (d.month + 9) % 12;
  long long doy = (153 * mp + 2) / 5 + d.day - 1;
  long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int age_in_years(Date birth, Date on) {
  int age = on.year - birth.year;
  // Before this year's birthday? A 29 February birthday is reached on 1 March.
  int bm = birth.month, bd = birth.day;
  if (bm == 2 && bd == 29 && !is_leap(on.year)) {
    bm = 3;
    bd = 1;
  }
  if (on.month < bm || (on.month == bm && on.day < bd)) --age;
  return age;
}

Date years_before(Date on, int years) {
  Date d{on.year - years, on.month, on.day};
  if (d.month == 2 && d.day == 29 && !is_leap(d.year)) d.day = 28;
  return d;
}

}  // namespace signpost::core::rules
