// Formatters (ICU4C's natively, Intl's in the browser) are kept for reuse, but
// content decides how many distinct locale tags and currency codes there are:
// the store must stay bounded, and a formatter dropped from it must come back
// the same.
#include <string>

#include "../core/support.h"

#include "core/i18n/locale_services.h"

using namespace signpost::core::i18n;

TEST_CASE("the platform's formatters are kept, and stay bounded however many currencies and locales content names") {
  const LocaleServices& icu = platform_locale_services();
  const std::string pounds = icu.format_number("en-GB", 12.5, NumberStyle::kCurrency, "GBP");
  CHECK(pounds == "£12.50");
  for (int i = 0; i < 26 * 26; ++i) {
    const std::string code = std::string("X") + static_cast<char>('A' + i / 26) + static_cast<char>('A' + i % 26);
    icu.format_number("en-GB", 1, NumberStyle::kCurrency, code);
    icu.format_list("en-GB-x-t" + std::to_string(i), {"a", "b"});
    icu.plural_category("en-x-t" + std::to_string(i), 1, false);
    icu.format_date("en-x-t" + std::to_string(i), {2026, 12, 2}, DateStyle::kLong);
  }
  const std::size_t held = icu.formatters_held();
  CAPTURE(held);
  CHECK(held > 0);
  CHECK(held <= 5 * 128);
  // The first formatter was dropped long ago; made again, it says the same.
  CHECK(icu.format_number("en-GB", 12.5, NumberStyle::kCurrency, "GBP") == pounds);
}
