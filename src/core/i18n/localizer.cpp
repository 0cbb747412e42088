#include "core/i18n/localizer.h"

namespace signpost::core::i18n {

Args fact_args(const std::vector<offer::Fact>& facts) {
  Args args;
  for (const auto& f : facts) {
    if (!f.value) continue;
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

const char* text_direction(const std::string& locale) {
  std::string lang = locale.substr(0, locale.find('-'));
  for (const char* rtl : {"ar", "ur", "fa", "he", "ps", "sd", "ug", "yi", "dv", "ckb"})
    if (lang == rtl) return "rtl";
  return "ltr";
}

Localizer::Localizer(const Catalogs& catalogs, const offer::Offer& offer, std::string locale, const LocaleServices& services)
    : catalogs_(catalogs), offer_(offer), locale_(std::move(locale)), services_(services), facts_(fact_args(offer.facts)) {}

const Message* Localizer::find(const std::string& key) const {
  for (const std::string& locale : {locale_, std::string(kSourceLocale)}) {
    for (const std::string& name : {offer_.catalog, std::string(kCommonCatalog)}) {
      if (const Catalog* c = catalogs_.find(locale, name)) {
        auto it = c->messages.find(key);
        if (it != c->messages.end()) return &it->second;
      }
    }
  }
  return nullptr;
}

bool Localizer::has(const std::string& key) const { return find(key) != nullptr; }

std::string Localizer::text(const std::string& key, const Args& args) const {
  const Message* m = find(key);
  if (m == nullptr) return key;
  if (args.empty()) return m->format(facts_, locale_, services_, offer_.currency);
  Args all = facts_;
  for (const auto& [k, v] : args) all[k] = v;
  return m->format(all, locale_, services_, offer_.currency);
}

std::string Localizer::date(rules::Date d, DateStyle style) const { return services_.format_date(locale_, d, style); }

std::string Localizer::list(const std::vector<std::string>& items) const { return services_.format_list(locale_, items); }

}  // namespace signpost::core::i18n
