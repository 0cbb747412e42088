#include "core/i18n/locales.h"

#include <algorithm>
#include <cctype>

#include "core/i18n/catalog.h"

namespace signpost::core::i18n {
namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string language_of(const std::string& tag) { return lower(tag.substr(0, tag.find_first_of("-_"))); }

// Accented look-alikes for a-z, so that pseudo text stays readable.
const char* const kAccented[26] = {"å", "ƀ", "ç", "ð", "é", "ƒ", "ĝ", "ĥ", "î", "ĵ", "ķ", "ļ", "ɱ",
                                   "ñ", "ö", "þ", "ǫ", "ŕ", "š", "ţ", "û", "ṽ", "ŵ", "ẋ", "ý", "ž"};

}  // namespace

bool is_pseudo_locale(const std::string& tag) { return tag == kPseudoAccented || tag == kPseudoRightToLeft; }

std::string catalog_locale(const std::string& tag) { return is_pseudo_locale(tag) ? kSourceLocale : tag; }

std::string pseudo_text(const std::string& tag, const std::string& text) {
  if (tag == kPseudoRightToLeft) return "\u200F" + text + "\u200F";
  if (tag != kPseudoAccented) return text;
  std::string out = "[";
  std::size_t letters = 0;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') {
      out += kAccented[c - 'a'];
      ++letters;
    } else if (c >= 'A' && c <= 'Z') {
      out += c;
      ++letters;
    } else {
      out += c;
    }
  }
  // 40% longer, as translations often are.
  out += ' ';
  for (std::size_t i = 0; i < (letters * 2 + 4) / 5; ++i) out += "·";
  return out + "]";
}

std::string negotiate_locale(const std::vector<std::string>& wanted, const std::vector<std::string>& available) {
  for (const auto& w : wanted) {
    for (const auto& a : available)
      if (lower(a) == lower(w)) return a;
    for (const auto& a : available)
      if (language_of(a) == language_of(w)) return a;
  }
  return kSourceLocale;
}

}  // namespace signpost::core::i18n
