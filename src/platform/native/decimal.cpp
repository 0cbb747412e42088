// json/decimal.h natively: std::from_chars, which rounds correctly and, unlike
// strtod, pays no heed to the C locale's decimal point.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

#include "core/json/decimal.h"

namespace signpost::core::json {

double decimal_to_double(std::string_view text) {
  const bool negative = !text.empty() && text.front() == '-';
  if (negative) text.remove_prefix(1);
  double value = 0;
  if (std::from_chars(text.data(), text.data() + text.size(), value).ec == std::errc::result_out_of_range) {
    // Past a double either way: infinite when large, as the browser's Number
    // makes it, and zero when small. Which it is, the digits before the
    // exponent and the exponent say between them.
    const std::size_t e = text.find_first_of("eE");
    double digits = 0;
    long exponent = 0;
    std::from_chars(text.data(), text.data() + std::min(e, text.size()), digits);
    if (e != std::string_view::npos) {
      std::string_view power = text.substr(e + 1);
      if (!power.empty() && power.front() == '+') power.remove_prefix(1);
      std::from_chars(power.data(), power.data() + power.size(), exponent);
    }
    value = std::log10(digits) + static_cast<double>(exponent) > 0 ? std::numeric_limits<double>::infinity() : 0.0;
  }
  return negative ? -value : value;
}

}  // namespace signpost::core::json
