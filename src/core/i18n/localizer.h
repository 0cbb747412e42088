// Localizer: the words of one offer in one locale. Looks a key up in the offer's
// catalog, then the common one, in the chosen locale and then in en-GB; formats
// it with the offer's facts and the caller's arguments. Renderers never call
// this: the flow does, and hands them finished text.
#pragma once

#include <string>
#include <vector>

#include "core/i18n/catalog.h"
#include "core/i18n/locale_services.h"
#include "core/offer/offer.h"

namespace signpost::core::i18n {

// Facts as message arguments; facts with no value are left out.
Args fact_args(const std::vector<offer::Fact>& facts);

class Localizer {
 public:
  // With `easy_read`, words come from the easy read wording where the locale has it.
  Localizer(const Catalogs& catalogs, const offer::Offer& offer, std::string locale, bool easy_read = false,
            const LocaleServices& services = platform_locale_services());

  // The formatted message; the key itself when no catalog has it (lint reports that).
  // In easy read, the easy read sentences for the key, one after another.
  std::string text(const std::string& key, const Args& args = {}) const;

  // In easy read, the key's ideas: each sentence with its picture; else none.
  struct Idea {
    std::string text;
    std::string picture;  // id
    std::string alt;      // the picture's alternative text
    bool mirrored = false;  // a directional picture on a right-to-left page
  };
  std::vector<Idea> ideas(const std::string& key, const Args& args = {}) const;
  bool easy_read() const { return easy_read_; }
  bool has(const std::string& key) const;

  // Also looks keys up in a front end's own catalog (the kiosk's "kiosk"), after
  // the offer's and the common one.
  void add_catalog(std::string name) { extra_catalog_ = std::move(name); }

  const std::string& locale() const { return locale_; }
  // The same offer's words in English (en-GB, not easy read), in the same
  // voice: the request letter's copy for the council.
  Localizer in_english() const { return Localizer(catalogs_, offer_, kSourceLocale, false, services_).in_voice(voice_); }
  // The same words spoken to a parent or carer, or to the young person (voice.h).
  Localizer in_voice(Voice voice) const {
    Localizer voiced = *this;
    voiced.voice_ = voice;
    return voiced;
  }
  Voice voice() const { return voice_; }
  // "rtl" or "ltr", as the language's common.json says it is written.
  const char* direction() const;
  // True when this locale's words are a machine draft nobody has checked yet.
  bool draft() const;
  // Every language there are words for, in the order families are offered
  // them, each with its own name for itself ("Polski", "اردو").
  struct Language {
    std::string locale;
    std::string name;
    std::string dir;  // of its name: ltr | rtl
  };
  std::vector<Language> languages() const;
  std::string date(rules::Date d, DateStyle style = DateStyle::kLong) const;
  std::string list(const std::vector<std::string>& items) const;

 private:
  const Message* find(const std::string& key) const;
  const std::vector<EasyIdea>* find_easy(const std::string& key) const;
  Args with_facts(const Args& args) const;
  std::string formats_locale() const;  // the locale ICU or Intl formats numbers and dates for

  const Catalogs& catalogs_;
  const offer::Offer& offer_;
  std::string locale_;
  std::string catalog_locale_;  // where the words come from: the locale, or en-GB for a pseudo-locale
  const LocaleServices& services_;
  Args facts_;
  bool easy_read_ = false;
  Voice voice_ = Voice::kParent;
  std::string extra_catalog_;
};

}  // namespace signpost::core::i18n
