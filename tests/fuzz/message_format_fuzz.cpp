// Feeds the bytes to our MessageFormat as a pattern, then formats what parses
// with a few fixed arguments in English, Polish and Arabic. Asserts that a
// parse error points inside the pattern, that arguments() is sorted, unique
// and names only what the pattern holds, and that nothing crashes.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/i18n/message_format.h"
#include "fuzz_support.h"

using signpost::core::i18n::Args;
using signpost::core::i18n::Message;
using signpost::core::i18n::ParseError;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string pattern(reinterpret_cast<const char*>(data), size);
  ParseError error;
  auto message = Message::parse(pattern, &error);
  if (!message) {
    FUZZ_CHECK(error.offset <= pattern.size(), "offset " + std::to_string(error.offset));
    FUZZ_CHECK(!error.message.empty(), pattern);
    return 0;
  }
  const auto names = message->arguments();
  FUZZ_CHECK(std::is_sorted(names.begin(), names.end()), pattern);
  FUZZ_CHECK(std::adjacent_find(names.begin(), names.end()) == names.end(), pattern);
  for (const auto& name : names) FUZZ_CHECK(pattern.find(name) != std::string::npos, name);

  static const Args kArgs = {{"n", 3.0},           {"count", 1.0},      {"weeks", 0.0},
                             {"amount", 12.5},     {"name", std::string("Mo")},
                             {"result", std::string("met")}, {"date", signpost::core::rules::Date{2026, 11, 23}}};
  const auto& services = signpost::core::i18n::platform_locale_services();
  for (const char* locale : {"en-GB", "pl", "ar"}) (void)message->format(kArgs, locale, services);
  return 0;
}
