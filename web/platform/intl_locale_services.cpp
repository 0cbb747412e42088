// LocaleServices in the browser and under node: the JavaScript engine's own ICU,
// reached through Intl (PluralRules, NumberFormat, DateTimeFormat, ListFormat).
// This keeps ICU4C's 2 MB out of the web checker while formatting the same way.
#include <emscripten.h>

#include <cstdlib>
#include <string>

#include "core/i18n/locale_services.h"

// Each returns a string malloc'ed on the C side; the caller frees it.
EM_JS(char*, signpost_intl_plural, (const char* locale, double n, int ordinal), {
  const rules = new Intl.PluralRules(UTF8ToString(locale), {type : ordinal ? 'ordinal' : 'cardinal'});
  const out = rules.select(n);
  const size = lengthBytesUTF8(out) + 1;
  const ptr = _malloc(size);
  stringToUTF8(out, ptr, size);
  return ptr;
});

// style: 0 decimal, 1 integer, 2 percent, 3 currency (ICU4C's MessageFormat styles).
EM_JS(char*, signpost_intl_number, (const char* locale, double n, int style, const char* currency), {
  const options = [
    {maximumFractionDigits : 3},
    {maximumFractionDigits : 0},
    {style : 'percent'},
    {style : 'currency', currency : UTF8ToString(currency)},
  ][style];
  const out = new Intl.NumberFormat(UTF8ToString(locale), options).format(n);
  const size = lengthBytesUTF8(out) + 1;
  const ptr = _malloc(size);
  stringToUTF8(out, ptr, size);
  return ptr;
});

// style: 0 short, 1 medium, 2 long, 3 full.
EM_JS(char*, signpost_intl_date, (const char* locale, int year, int month, int day, int style), {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  const dateStyle = [ 'short', 'medium', 'long', 'full' ][style];
  const out = new Intl.DateTimeFormat(UTF8ToString(locale), {dateStyle : dateStyle, timeZone : 'UTC'}).format(date);
  const size = lengthBytesUTF8(out) + 1;
  const ptr = _malloc(size);
  stringToUTF8(out, ptr, size);
  return ptr;
});

// Items arrive joined by U+001F.
EM_JS(char*, signpost_intl_list, (const char* locale, const char* joined), {
  const text = UTF8ToString(joined);
  const items = text.length ? text.split(String.fromCharCode(31)) : [];
  const out = new Intl.ListFormat(UTF8ToString(locale), {type : 'conjunction'}).format(items);
  const size = lengthBytesUTF8(out) + 1;
  const ptr = _malloc(size);
  stringToUTF8(out, ptr, size);
  return ptr;
});

EM_JS(char*, signpost_intl_lower, (const char* locale, const char* text), {
  let out = UTF8ToString(text);
  try { out = out.toLocaleLowerCase(UTF8ToString(locale)); } catch (e) { out = out.toLowerCase(); }
  const size = lengthBytesUTF8(out) + 1;
  const ptr = _malloc(size);
  stringToUTF8(out, ptr, size);
  return ptr;
});

// Case folding as ICU does it by default: upper then lower case turns "ß" into
// "ss". The pattern is \p{M} (combining marks), built without a backslash,
// which would not survive the macro.
EM_JS(char*, signpost_intl_fold, (const char* text), {
  const marks = new RegExp(String.fromCharCode(92) + 'p{M}', 'gu');
  const out = UTF8ToString(text).normalize('NFKD').replace(marks, "").toUpperCase().toLowerCase();
  const size = lengthBytesUTF8(out) + 1;
  const ptr = _malloc(size);
  stringToUTF8(out, ptr, size);
  return ptr;
});

namespace signpost::core::i18n {
namespace {

std::string take(char* p) {
  std::string out = p != nullptr ? p : "";
  std::free(p);
  return out;
}

class IntlLocaleServices final : public LocaleServices {
 public:
  std::string plural_category(const std::string& locale, double n, bool ordinal) const override {
    return take(signpost_intl_plural(locale.c_str(), n, ordinal ? 1 : 0));
  }
  std::string format_number(const std::string& locale, double n, NumberStyle style, const std::string& currency) const override {
    return take(signpost_intl_number(locale.c_str(), n, static_cast<int>(style), currency.c_str()));
  }
  std::string format_date(const std::string& locale, rules::Date d, DateStyle style) const override {
    return take(signpost_intl_date(locale.c_str(), d.year, d.month, d.day, static_cast<int>(style)));
  }
  std::string format_list(const std::string& locale, const std::vector<std::string>& items) const override {
    std::string joined;
    for (std::size_t i = 0; i < items.size(); ++i) joined += (i ? "\x1f" : "") + items[i];
    return take(signpost_intl_list(locale.c_str(), joined.c_str()));
  }
  std::string lowercase(const std::string& locale, const std::string& text) const override {
    return take(signpost_intl_lower(locale.c_str(), text.c_str()));
  }
  std::string fold(const std::string& text) const override { return take(signpost_intl_fold(text.c_str())); }
};

}  // namespace

const LocaleServices& platform_locale_services() {
  static const IntlLocaleServices kServices;
  return kServices;
}

}  // namespace signpost::core::i18n
