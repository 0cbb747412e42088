// FamilySession: one family's time at the kiosk. It holds the council's offer,
// its words and directory (loaded once from a content source), and the core
// Session with the family's answers, in the language and reading mode they
// chose. Changing language keeps the answers; wipe() forgets every one of
// them. Nothing here is written to disk or logged. Depends on the core only.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>

#include "core/content/content_source.h"
#include "core/directory/directory.h"
#include "core/flow/session.h"
#include "core/i18n/catalog.h"
#include "core/i18n/localizer.h"
#include "core/json/diagnostics.h"
#include "core/offer/offer.h"

namespace signpost::kiosk {

// What a kiosk needs from its content: one offer, every catalog, the directory.
struct KioskContent {
  core::offer::Offer offer;
  core::i18n::Catalogs catalogs;
  std::optional<core::directory::Directory> directory;
  std::map<std::string, std::string> pictures;  // easy read picture id -> its SVG
};

// Loads the offer `offer_id` from `content`; nullopt with every problem in `out`.
std::optional<KioskContent> load_kiosk_content(const core::content::ContentSource& content, const std::string& offer_id,
                                               core::json::Diagnostics& out);

class FamilySession {
 public:
  FamilySession(const KioskContent& content, core::rules::Date today, std::string default_locale);

  void handle(const core::flow::Event& event);
  core::view::Screen screen() const { return session_->screen(); }
  const core::flow::Session& session() const { return *session_; }

  // The family's language and reading mode; their answers carry over.
  void set_locale(const std::string& locale);
  void set_easy_read(bool on);
  const std::string& locale() const { return locale_; }
  bool easy_read() const { return easy_read_; }
  // The kiosk's own words ("kiosk" catalog) and the offer's, in the family's language.
  const core::i18n::Localizer& words() const { return *words_; }
  // The same words, and the same screen, in another language (speech falls back
  // to English where espeak-ng has no voice for the family's language).
  core::i18n::Localizer words_in(const std::string& locale) const;
  core::view::Screen screen_in(const std::string& locale) const;

  // Forgets every answer, and goes back to the default language.
  void wipe();
  // Whether any answer is held (tests check a wipe leaves none).
  bool holds_answers() const { return !session_->answers().empty(); }

 private:
  void rebuild(const core::json::Json* state);

  const KioskContent& content_;
  core::rules::Date today_;
  std::string default_locale_;
  std::string locale_;
  bool easy_read_ = false;
  std::unique_ptr<core::i18n::Localizer> words_;
  std::unique_ptr<core::flow::Session> session_;
};

}  // namespace signpost::kiosk
