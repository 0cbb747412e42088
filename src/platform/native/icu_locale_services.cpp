// LocaleServices natively: ICU4C (libicu). Formatters are costly to build, so
// each is made once per locale, style and currency and kept, up to
// kFormatters of each kind (the least recently used dropped first).
#include <memory>
#include <mutex>

#include <unicode/datefmt.h>
#include <unicode/listformatter.h>
#include <unicode/measunit.h>
#include <unicode/normalizer2.h>
#include <unicode/numberformatter.h>
#include <unicode/plurrule.h>
#include <unicode/timezone.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "core/i18n/bounded_cache.h"
#include "core/i18n/locale_services.h"

namespace signpost::core::i18n {
namespace {

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

icu::Locale locale_of(const std::string& tag) { return icu::Locale::forLanguageTag(tag.c_str(), *std::make_unique<UErrorCode>(U_ZERO_ERROR)); }

class IcuLocaleServices final : public LocaleServices {
 public:
  std::string plural_category(const std::string& locale, double n, bool ordinal) const override {
    auto rules = cached(ordinal ? ordinal_ : cardinal_, locale, [&](UErrorCode& status) {
      return icu::PluralRules::forLocale(locale_of(locale), ordinal ? UPLURAL_TYPE_ORDINAL : UPLURAL_TYPE_CARDINAL, status);
    });
    return rules ? to_utf8(rules->select(n)) : "other";
  }

  // ICU's number formatter (the one Intl.NumberFormat is built on), with Intl's
  // defaults: at most 3 decimals, halves rounded away from zero, the locale's
  // minimum grouping (Polish writes 1234 but 12 345).
  std::string format_number(const std::string& locale, double n, NumberStyle style, const std::string& currency) const override {
    using namespace icu::number;
    std::string key = locale + "|" + std::to_string(static_cast<int>(style)) + "|" + currency;
    auto fmt = cached(numbers_, key, [&](UErrorCode& status) {
      LocalizedNumberFormatter f = NumberFormatter::withLocale(locale_of(locale)).roundingMode(UNUM_ROUND_HALFUP);
      switch (style) {
        case NumberStyle::kDecimal: f = f.precision(Precision::maxFraction(3)); break;
        case NumberStyle::kInteger: f = f.precision(Precision::integer()); break;
        case NumberStyle::kPercent: f = f.unit(icu::NoUnit::percent()).scale(Scale::powerOfTen(2)).precision(Precision::integer()); break;
        case NumberStyle::kCurrency: {
          icu::UnicodeString code = icu::UnicodeString::fromUTF8(currency);
          f = f.unit(icu::CurrencyUnit(code.getTerminatedBuffer(), status));
          break;
        }
      }
      return new LocalizedNumberFormatter(f);
    });
    if (!fmt) return std::to_string(n);
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString out = fmt->formatDouble(n, status).toString(status);
    return U_SUCCESS(status) ? to_utf8(out) : std::to_string(n);
  }

  std::string format_date(const std::string& locale, rules::Date date, DateStyle style) const override {
    std::string key = locale + "|" + std::to_string(static_cast<int>(style));
    auto fmt = cached(dates_, key, [&](UErrorCode&) {
      icu::DateFormat::EStyle s = style == DateStyle::kShort ? icu::DateFormat::kShort
                                  : style == DateStyle::kLong ? icu::DateFormat::kLong
                                  : style == DateStyle::kFull ? icu::DateFormat::kFull
                                                              : icu::DateFormat::kMedium;
      icu::DateFormat* f = icu::DateFormat::createDateInstance(s, locale_of(locale));
      if (f != nullptr) f->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
      return f;
    });
    if (!fmt) return rules::to_iso(date);
    icu::UnicodeString out;
    fmt->format(static_cast<UDate>(rules::days_since_epoch(date)) * 86400000.0, out);
    return to_utf8(out);
  }

  std::string format_list(const std::string& locale, const std::vector<std::string>& items) const override {
    auto fmt = cached(lists_, locale, [&](UErrorCode& status) { return icu::ListFormatter::createInstance(locale_of(locale), status); });
    std::vector<icu::UnicodeString> parts;
    for (const auto& i : items) parts.push_back(icu::UnicodeString::fromUTF8(i));
    if (!fmt) {
      std::string out;
      for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
      return out;
    }
    icu::UnicodeString out;
    UErrorCode status = U_ZERO_ERROR;
    fmt->format(parts.data(), static_cast<int32_t>(parts.size()), out, status);
    return to_utf8(out);
  }

  std::size_t formatters_held() const override {
    std::lock_guard<std::mutex> lock(mutex_);
    return cardinal_.size() + ordinal_.size() + numbers_.size() + dates_.size() + lists_.size();
  }

  std::string lowercase(const std::string& locale, const std::string& text) const override {
    return to_utf8(icu::UnicodeString::fromUTF8(text).toLower(locale_of(locale)));
  }

  std::string fold(const std::string& text) const override {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
    if (U_FAILURE(status)) return text;
    icu::UnicodeString decomposed = nfkd->normalize(icu::UnicodeString::fromUTF8(text), status);
    if (U_FAILURE(status)) return text;
    icu::UnicodeString bare;
    for (int32_t i = 0; i < decomposed.length();) {
      const UChar32 c = decomposed.char32At(i);
      if (!(U_GET_GC_MASK(c) & U_GC_M_MASK)) bare.append(c);
      i += U16_LENGTH(c);
    }
    return to_utf8(bare.foldCase());
  }

 private:
  static constexpr std::size_t kFormatters = 128;  // of each kind: every locale shipped, in every style and currency in use
  template <typename T>
  using Cache = BoundedCache<T>;

  // The formatter for `key`, made on first use; null if ICU refused.
  template <typename T, typename Make>
  static std::shared_ptr<T> cached(Cache<T>& cache, const std::string& key, Make make) {
    std::lock_guard<std::mutex> lock(mutex_);
    return cache.get(key, [&]() -> T* {
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<T> made(make(status));
      return U_FAILURE(status) ? nullptr : made.release();
    });
  }

  static inline std::mutex mutex_;
  mutable Cache<icu::PluralRules> cardinal_{kFormatters}, ordinal_{kFormatters};
  mutable Cache<icu::number::LocalizedNumberFormatter> numbers_{kFormatters};
  mutable Cache<icu::DateFormat> dates_{kFormatters};
  mutable Cache<icu::ListFormatter> lists_{kFormatters};
};

}  // namespace

const LocaleServices& platform_locale_services() {
  static const IcuLocaleServices kServices;
  return kServices;
}

}  // namespace signpost::core::i18n
