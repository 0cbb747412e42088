#include "core/i18n/localizer.h"

#include <cstring>

#include "core/i18n/locales.h"
#include "core/text/utf8.h"

namespace signpost::core::i18n {

Args fact_args(const std::vector<offer::Fact>& facts) {
  Args args;
  for (const auto& f : facts) {
    if (!f.value || !f.provenance.published) continue;  // an assumed figure is never shown
    if (const auto* d = std::get_if<double>(&*f.value)) {
      args[f.name] = *d;
    } else {
      const auto& s = std::get<std::string>(*f.value);
      if (auto date = rules::parse_iso_date(s)) args[f.name] = *date;
      else args[f.name] = s;
    }
  }
  return args;
}

Localizer::Localizer(const Catalogs& catalogs, const offer::Offer& offer, std::string locale, bool easy_read,
                     const LocaleServices& services)
    : catalogs_(catalogs),
      offer_(offer),
      locale_(std::move(locale)),
      catalog_locale_(catalog_locale(locale_)),
      services_(services),
      facts_(fact_args(offer.facts)),
      easy_read_(easy_read) {}

// Easy read comes from the locale's own easy read only: where a language has
// none, its ordinary words are better than English easy read. In the young
// person's voice, a catalog's young person's words come before its others.
const std::vector<EasyIdea>* Localizer::find_easy(const std::string& key) const {
  if (!easy_read_) return nullptr;
  for (const std::string& name : {offer_.catalog, std::string(kCommonCatalog), extra_catalog_}) {
    if (const EasyReadCatalog* c = catalogs_.easy_read().find(catalog_locale_, name)) {
      if (voice_ == Voice::kYoungPerson)
        if (auto it = c->young_ideas.find(key); it != c->young_ideas.end() && !it->second.empty()) return &it->second;
      auto it = c->ideas.find(key);
      if (it != c->ideas.end() && !it->second.empty()) return &it->second;
    }
  }
  return nullptr;
}

Args Localizer::with_facts(const Args& args) const {
  Args all = facts_;
  for (const auto& [k, v] : args) all[k] = v;
  return all;
}

std::vector<Localizer::Idea> Localizer::ideas(const std::string& key, const Args& args) const {
  std::vector<Idea> out;
  const auto* easy = find_easy(key);
  if (easy == nullptr) return out;
  const Args all = with_facts(args);
  const bool rtl = std::string(direction()) == "rtl";
  for (const auto& idea : *easy) {
    const Picture* p = catalogs_.easy_read().picture(idea.picture);
    out.push_back({pseudo_text(locale_, idea.text.format(all, formats_locale(), services_, offer_.currency)), idea.picture,
                   catalogs_.easy_read().alt(idea.picture, catalog_locale_), rtl && p != nullptr && p->directional});
  }
  return out;
}

const Message* Localizer::find(const std::string& key) const {
  for (const std::string& locale : {catalog_locale_, std::string(kSourceLocale)}) {
    for (const std::string& name : {offer_.catalog, std::string(kCommonCatalog), extra_catalog_}) {
      if (const Catalog* c = catalogs_.find(locale, name)) {
        if (voice_ == Voice::kYoungPerson)
          if (auto it = c->young_messages.find(key); it != c->young_messages.end()) return &it->second;
        auto it = c->messages.find(key);
        if (it != c->messages.end()) return &it->second;
      }
    }
  }
  return nullptr;
}

bool Localizer::has(const std::string& key) const { return find(key) != nullptr; }

std::string Localizer::text(const std::string& key, const Args& args) const {
  if (find_easy(key) != nullptr) {
    std::string joined;
    for (const auto& idea : ideas(key, args)) joined += (joined.empty() ? "" : " ") + idea.text;
    return joined;
  }
  const Message* m = find(key);
  if (m == nullptr) return key;
  // Pseudo-locales format as the locale they borrow from, then mark the result.
  return pseudo_text(locale_, m->format(args.empty() ? facts_ : with_facts(args), formats_locale(), services_, offer_.currency));
}

bool Localizer::draft() const {
  for (const std::string& name : {offer_.catalog, std::string(kCommonCatalog)})
    if (const Catalog* c = catalogs_.find(catalog_locale_, name); c != nullptr && c->status == "machine-draft") return true;
  for (const auto& l : catalogs_.languages())
    if (l.locale == catalog_locale_ && l.status == "machine-draft") return true;
  return false;
}

std::vector<Localizer::Language> Localizer::languages() const {
  std::vector<Language> out;
  for (const auto& l : catalogs_.languages()) out.push_back({l.locale, l.name, l.direction});
  return out;
}

const char* Localizer::direction() const {
  if (locale_ == kPseudoRightToLeft) return "rtl";
  auto language = catalogs_.language(catalog_locale_);
  return language && language->direction == "rtl" ? "rtl" : "ltr";
}

std::string Localizer::formats_locale() const {
  if (locale_ == kPseudoRightToLeft) return "ar";
  return catalog_locale_;
}

std::string Localizer::date(rules::Date d, DateStyle style) const {
  return pseudo_text(locale_, services_.format_date(formats_locale(), d, style));
}

namespace {

// An item inside a sentence: its first word in lower case where the language
// has case and the word is an ordinary capitalised word ("In the school
// holidays" gives "in the school holidays"). Acronyms ("DLA"), mixed case and
// names of more than one capitalised word ("Changing Places toilet") stay.
std::string in_sentence(const LocaleServices& services, const std::string& locale, const std::string& item) {
  const std::size_t end = item.find(' ');
  const std::string word = item.substr(0, end);
  const std::string lower = services.lowercase(locale, word);
  if (lower == word) return item;
  const std::size_t first = text::next_char(word, 0).length;
  if (services.lowercase(locale, word.substr(first)) != word.substr(first)) return item;
  if (end != std::string::npos) {
    const std::string next = item.substr(end + 1, item.find(' ', end + 1) - end - 1);
    if (!next.empty() && services.lowercase(locale, next) != next) return item;
  }
  return lower + (end == std::string::npos ? "" : item.substr(end));
}

}  // namespace

// An item of a list without the full stop that ends it as a sentence (easy
// read's options are sentences: "In the evening."), in any of the scripts'
// full stops, so a list reads as one sentence.
static std::string without_full_stop(std::string item) {
  if (item.size() > 1 && item.back() == '.' && item[item.size() - 2] != '.') item.pop_back();
  for (const char* stop : {"\u0964", "\u06D4", "\u3002"})  // Bengali and Gurmukhi danda, Urdu full stop, ideographic full stop
    if (item.size() > std::strlen(stop) && item.compare(item.size() - std::strlen(stop), std::string::npos, stop) == 0)
      item.erase(item.size() - std::strlen(stop));
  return item;
}

std::string Localizer::list(const std::vector<std::string>& items) const {
  std::vector<std::string> joined(items);
  if (joined.size() > 1)
    for (auto& item : joined) item = without_full_stop(item);
  for (std::size_t i = 1; i < joined.size(); ++i) joined[i] = in_sentence(services_, formats_locale(), joined[i]);
  return services_.format_list(formats_locale(), joined);
}

}  // namespace signpost::core::i18n
