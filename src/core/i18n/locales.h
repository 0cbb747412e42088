// Locales: which one to show (from what the browser or the family asks for),
// and the pseudo-locales used by tests to
// catch words that did not come from a catalog (en-XA: accented and 40% longer)
// and layouts that break right to left (ar-XB).
#pragma once

#include <string>
#include <vector>

namespace signpost::core::i18n {

inline constexpr const char* kPseudoAccented = "en-XA";
inline constexpr const char* kPseudoRightToLeft = "ar-XB";

bool is_pseudo_locale(const std::string& tag);
// The locale whose catalogs and formats a pseudo-locale borrows.
std::string catalog_locale(const std::string& tag);
// en-XA: "[Ŝĥöŕţ ƀŕéåķš ··· ]"; ar-XB: the text between right-to-left marks.
std::string pseudo_text(const std::string& tag, const std::string& text);

// The first of `wanted` (BCP 47 tags, most wanted first) that `available` has,
// matching the whole tag, then the language alone (pa-Guru-IN -> pa,
// en-US -> en-GB); the source locale when none matches.
std::string negotiate_locale(const std::vector<std::string>& wanted, const std::vector<std::string>& available);

}  // namespace signpost::core::i18n
