// FamilySession: one family's time at the kiosk. It holds the council's
// content (loaded once, as every front end loads it: core/offer/offer_content.h)
// and the core Session with the family's answers, language and reading mode.
// Changing language or reading mode only picks other words: the session and
// its answers stay as they are. wipe() forgets every answer. Nothing here is
// written to disk or logged. Depends on the core only.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>

#include "core/content/content_source.h"
#include "core/counts/check_record.h"
#include "core/directory/directory.h"
#include "core/flow/session.h"
#include "core/i18n/catalog.h"
#include "core/i18n/localizer.h"
#include "core/i18n/localizers.h"
#include "core/json/diagnostics.h"
#include "core/offer/offer_content.h"

namespace signpost::kiosk {

// What a kiosk needs from its content: one offer, every catalog, the
// directory and the easy read pictures (load_offer_content with Pictures::kLoad).
using KioskContent = core::offer::OfferContent;

class FamilySession {
 public:
  FamilySession(const KioskContent& content, core::rules::Date today, std::string default_locale);

  void handle(const core::flow::Event& event);
  core::view::Screen screen() const { return session_.screen(words()); }
  const core::flow::Session& session() const { return session_; }

  // The family's language and reading mode; their answers carry over.
  void set_locale(const std::string& locale);
  void set_easy_read(bool on);
  const std::string& locale() const { return session_.state().locale; }
  bool easy_read() const { return session_.state().easy_read; }
  // The kiosk's own words ("kiosk" catalog) and the offer's, in the family's language.
  const core::i18n::Localizer& words() const;
  // The same words, and the same screen, in another language (speech falls back
  // to English where espeak-ng has no voice for the family's language).
  const core::i18n::Localizer& words_in(const std::string& locale) const;
  core::view::Screen screen_in(const std::string& locale) const;

  // Whether the family reached its result since the last wipe: a finished
  // check, which the kiosk counts when the family leaves.
  bool finished() const { return finished_; }
  // What this check adds to the counts of demand: its outcomes, district,
  // language and gaps, never an answer that tells who the family is.
  core::counts::CheckRecord record() const;

  // Forgets every answer, and goes back to the default language.
  void wipe();
  // Whether any answer is held (tests check a wipe leaves none).
  bool holds_answers() const { return !session_.answers().empty(); }

 private:
  const KioskContent& content_;
  core::rules::Date today_;
  std::string default_locale_;
  bool finished_ = false;
  core::flow::Session session_;
  core::i18n::Localizers words_;
};

}  // namespace signpost::kiosk
