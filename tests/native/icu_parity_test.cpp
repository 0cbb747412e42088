// Natively only: every message of every catalog, formatted by the core's own
// MessageFormat, reads exactly as ICU4C's MessageFormat makes it. This is what
// lets the browser build use the core's formatter over Intl instead of 2 MB of
// ICU4C, without saying anything different.
#include <unicode/msgfmt.h>
#include <unicode/timezone.h>

#include "../core/support.h"

using namespace signpost;

namespace {

std::string icu_format(const std::string& pattern, const core::i18n::Args& args, const std::string& locale) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError perr;
  icu::MessageFormat mf(icu::UnicodeString::fromUTF8(pattern), icu::Locale::forLanguageTag(locale.c_str(), status), perr, status);
  if (U_FAILURE(status)) return std::string("ICU refused the pattern: ") + u_errorName(status);
  std::vector<icu::UnicodeString> names;
  std::vector<icu::Formattable> values;
  for (const auto& [name, value] : args) {
    names.push_back(icu::UnicodeString::fromUTF8(name));
    if (const auto* d = std::get_if<double>(&value)) values.emplace_back(*d);
    else if (const auto* s = std::get_if<std::string>(&value)) values.emplace_back(icu::UnicodeString::fromUTF8(*s));
    else if (const auto* date = std::get_if<core::rules::Date>(&value))  // a day, at midnight UTC (see the time zone below)
      values.emplace_back(static_cast<UDate>(core::rules::days_since_epoch(*date)) * 86400000.0, icu::Formattable::kIsDate);
  }
  icu::UnicodeString out;
  mf.format(names.data(), values.data(), static_cast<int32_t>(names.size()), out, status);
  if (U_FAILURE(status)) return std::string("ICU failed: ") + u_errorName(status);
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

// Arguments for a message: the offer's facts, and for the core's own arguments
// each value they take in turn (variant `v` picks which).
core::i18n::Args sample_args(const core::i18n::Message& m, int v) {
  core::i18n::Args args;
  static const char* kResults[] = {"met", "not_met", "unknown"};
  static const char* kParts[] = {"day", "month", "year"};
  for (const auto& name : m.arguments()) {
    if (name == "result") args[name] = std::string(kResults[v % 3]);
    else if (name == "part") args[name] = std::string(kParts[v % 3]);
    else if (name == "count" || name == "minutes" || name == "min" || name == "max" || name.find("week") != std::string::npos ||
             name == "hours" || name == "seconds" || name.find("_days") != std::string::npos || name.find("_years") != std::string::npos)
      args[name] = double(v % 3 == 0 ? 1 : v * 7 + 2);
    else if (name == "date" || name == "published" || name == "review") args[name] = core::rules::Date{2026, 12, 2 + v};
    else args[name] = std::string("«") + name + "»";
  }
  return args;
}

}  // namespace

TEST_CASE("every catalog message reads the same through the core's MessageFormat as through ICU4C's") {
  // The core formats a date as the day it names, in UTC; so must ICU here.
  icu::TimeZone::adoptDefault(icu::TimeZone::createTimeZone("UTC"));
  const auto& catalogs = test::builtin_catalogs();
  int compared = 0;
  for (const auto& catalog : catalogs.all()) {
    for (const auto& [name, message] : catalog.messages) {
      const std::string& key = name;  // named: clang 14 cannot capture a structured binding, as CAPTURE does
      for (int v = 0; v < 3; ++v) {
        auto args = sample_args(message, v);
        std::string ours = message.format(args, catalog.locale, core::i18n::platform_locale_services());
        std::string icu = icu_format(catalog.patterns.at(key), args, catalog.locale);
        CAPTURE(key);
        CHECK(ours == icu);
        ++compared;
      }
    }
  }
  CHECK(compared > 500);
}

TEST_CASE("tricky patterns read the same as in ICU4C") {
  const char* patterns[] = {
      "it''s '{'literal'}' and a lone ' apostrophe",
      "{n, plural, offset:1 =0 {none} =1 {one} one {# more} other {# more}}",
      "{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}",
      "{x, select, a {{n, plural, one {# a} other {# as}}} other {none}}",
      "{n, plural, one {'#' #} other {'#' #}}",
  };
  for (const char* p : patterns) {
    CAPTURE(p);
    auto m = core::i18n::Message::parse(p);
    REQUIRE(m);
    for (double n : {0.0, 1.0, 2.0, 3.0, 11.0, 22.0}) {
      core::i18n::Args args{{"n", n}, {"x", std::string("a")}};
      CHECK(m->format(args, "en-GB", core::i18n::platform_locale_services()) == icu_format(p, args, "en-GB"));
    }
  }
}
