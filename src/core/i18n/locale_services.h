// LocaleServices: the little the core needs from ICU. Natively ICU4C answers
// (src/platform/native/icu_locale_services.cpp); in the browser and under node
// the JavaScript engine's own ICU does, through Intl
// (web/platform/intl_locale_services.cpp). Both are picked by file in CMake.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/rules/date.h"

namespace signpost::core::i18n {

enum class NumberStyle { kDecimal, kInteger, kPercent, kCurrency };
enum class DateStyle { kShort, kMedium, kLong, kFull };

class LocaleServices {
 public:
  virtual ~LocaleServices() = default;
  // CLDR plural category: "zero", "one", "two", "few", "many" or "other".
  virtual std::string plural_category(const std::string& locale, double n, bool ordinal) const = 0;
  // `currency` is an ISO 4217 code, used by kCurrency.
  virtual std::string format_number(const std::string& locale, double n, NumberStyle style, const std::string& currency) const = 0;
  virtual std::string format_date(const std::string& locale, rules::Date date, DateStyle style) const = 0;
  // "a, b and c" in the locale's own words.
  virtual std::string format_list(const std::string& locale, const std::vector<std::string>& items) const = 0;
  // Text in lower case, by the locale's own rules (Turkish dotted i and the like).
  virtual std::string lowercase(const std::string& locale, const std::string& text) const = 0;
  // Text as search compares it: compatibility-decomposed, accents and other
  // combining marks removed, case folded ("Café" and "CAFE" both give "cafe").
  virtual std::string fold(const std::string& text) const = 0;
  // How many formatters it keeps for reuse: bounded, whatever the content asks for.
  virtual std::size_t formatters_held() const { return 0; }
};

// The platform's implementation, chosen by CMake.
const LocaleServices& platform_locale_services();

}  // namespace signpost::core::i18n
