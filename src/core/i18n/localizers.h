// Localizers: one offer's words in each language and reading mode asked for,
// each made once and kept, so that a family changing language or turning easy
// read on rebuilds nothing. They hold the content's words, never a family's
// answers. The kiosk and the web checker keep one per offer.
// Depends on Localizer only.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <utility>

#include "core/i18n/localizer.h"

namespace signpost::core::i18n {

class Localizers {
 public:
  // `extra_catalog`: a front end's own catalog (the kiosk's "kiosk"), or "".
  Localizers(const Catalogs& catalogs, const offer::Offer& offer, std::string extra_catalog = "")
      : catalogs_(catalogs), offer_(offer), extra_catalog_(std::move(extra_catalog)) {}

  const Localizer& get(const std::string& locale, bool easy_read) const {
    auto& slot = made_[{locale, easy_read}];
    if (!slot) {
      slot = std::make_unique<Localizer>(catalogs_, offer_, locale, easy_read);
      if (!extra_catalog_.empty()) slot->add_catalog(extra_catalog_);
    }
    return *slot;
  }

 private:
  const Catalogs& catalogs_;
  const offer::Offer& offer_;
  std::string extra_catalog_;
  mutable std::map<std::pair<std::string, bool>, std::unique_ptr<Localizer>> made_;
};

}  // namespace signpost::core::i18n
