// LocaleServices in the browser and under node: the JavaScript engine's own ICU,
// reached through Intl (PluralRules, NumberFormat, DateTimeFormat, ListFormat).
// This keeps ICU4C's 2 MB out of the web checker while formatting the same way.
#include <emscripten.h>

#include <cstdlib>
#include <string>

#include "core/i18n/locale_services.h"

// One way in, for every service: `what` picks it (0 plural, 1 number, 2 date,
// 3 list, 4 lower case, 5 fold); `n` is the number, or the date as milliseconds
// since 1970; `option` is the plural's kind (1 ordinal), the number's style (0
// decimal, 1 integer, 2 percent, 3 currency, as ICU4C's MessageFormat styles)
// or the date's (0 short, 1 medium, 2 long, 3 full); `text` is the currency
// code, the list's items joined by U+001F, or the text to change. Returns a
// string malloc'ed on the C side; the caller frees it.
//
// Intl's formatters are slow to make and quick to use, so each is kept for its
// locale and options. Content decides how many of those there are, so the
// store is emptied when it holds 128. (\p{M} below, combining marks, is built
// without a backslash, which would not survive the macro.)
EM_JS(char*, signpost_intl, (int what, const char* locale_utf8, double n, int option, const char* text_utf8), {
  const locale = UTF8ToString(locale_utf8);
  const text = UTF8ToString(text_utf8);
  const kept = Module.signpostIntl || (Module.signpostIntl = new Map());
  const formatter = function(kind, options) {
    const key = kind + ' ' + locale + ' ' + JSON.stringify(options);
    let made = kept.get(key);
    if (!made) {
      if (kept.size >= 128) kept.clear();
      made = new Intl[kind](locale, options);
      kept.set(key, made);
    }
    return made;
  };
  let out = text;
  if (what === 0) {
    out = formatter('PluralRules', {type : option ? 'ordinal' : 'cardinal'}).select(n);
  } else if (what === 1) {
    const styles = [ {maximumFractionDigits : 3}, {maximumFractionDigits : 0}, {style : 'percent'}, {style : 'currency', currency : text} ];
    out = formatter('NumberFormat', styles[option]).format(n);
  } else if (what === 2) {
    out = formatter('DateTimeFormat', {dateStyle : [ 'short', 'medium', 'long', 'full' ][option], timeZone : 'UTC'}).format(new Date(n));
  } else if (what === 3) {
    out = formatter('ListFormat', {type : 'conjunction'}).format(text.length ? text.split(String.fromCharCode(31)) : []);
  } else if (what === 4) {
    try { out = text.toLocaleLowerCase(locale); } catch (e) { out = text.toLowerCase(); }
  } else if (what === 5) {
    // Case folding as ICU does it by default: upper then lower case turns "ß" into "ss".
    const marks = new RegExp(String.fromCharCode(92) + 'p{M}', 'gu');
    out = text.normalize('NFKD').replace(marks, "").toUpperCase().toLowerCase();
  }
  const size = lengthBytesUTF8(out) + 1;
  const copy = _malloc(size);
  stringToUTF8(out, copy, size);
  return copy;
});

EM_JS(int, signpost_intl_kept, (), { return Module.signpostIntl ? Module.signpostIntl.size : 0; });

namespace signpost::core::i18n {
namespace {

enum class Service { kPlural, kNumber, kDate, kList, kLower, kFold };

std::string intl(Service what, const std::string& locale, double n, int option, const std::string& text) {
  char* p = signpost_intl(static_cast<int>(what), locale.c_str(), n, option, text.c_str());
  std::string out = p != nullptr ? p : "";
  std::free(p);
  return out;
}

class IntlLocaleServices final : public LocaleServices {
 public:
  std::string plural_category(const std::string& locale, double n, bool ordinal) const override {
    return intl(Service::kPlural, locale, n, ordinal ? 1 : 0, "");
  }
  std::string format_number(const std::string& locale, double n, NumberStyle style, const std::string& currency) const override {
    return intl(Service::kNumber, locale, n, static_cast<int>(style), currency);
  }
  std::string format_date(const std::string& locale, rules::Date d, DateStyle style) const override {
    return intl(Service::kDate, locale, static_cast<double>(rules::days_since_epoch(d)) * 86400000.0, static_cast<int>(style), "");
  }
  std::string format_list(const std::string& locale, const std::vector<std::string>& items) const override {
    std::string joined;
    for (std::size_t i = 0; i < items.size(); ++i) joined += (i ? "\x1f" : "") + items[i];
    return intl(Service::kList, locale, 0, 0, joined);
  }
  std::string lowercase(const std::string& locale, const std::string& text) const override {
    return intl(Service::kLower, locale, 0, 0, text);
  }
  std::string fold(const std::string& text) const override { return intl(Service::kFold, "", 0, 0, text); }
  std::size_t formatters_held() const override { return static_cast<std::size_t>(signpost_intl_kept()); }
};

}  // namespace

const LocaleServices& platform_locale_services() {
  static const IntlLocaleServices kServices;
  return kServices;
}

}  // namespace signpost::core::i18n
