#include "kiosk/core/family_session.h"

#include "core/offer/offer_reader.h"

namespace signpost::kiosk {

std::optional<KioskContent> load_kiosk_content(const core::content::ContentSource& content, const std::string& offer_id,
                                               core::json::Diagnostics& out) {
  auto loaded = core::offer::load_offer(content, offer_id);
  out.append(loaded.diagnostics);
  const std::size_t before = out.size();
  auto catalogs = core::i18n::Catalogs::load(content, out);
  if (!loaded.offer || out.size() != before) return std::nullopt;
  auto directory = core::directory::load_directory(content, *loaded.offer, out);
  if (out.size() != before) return std::nullopt;
  std::map<std::string, std::string> pictures;
  for (const auto& picture : catalogs.easy_read().pictures) {
    if (auto svg = content.read("easyread/pictures/" + picture.file)) pictures[picture.id] = std::move(*svg);
  }
  return KioskContent{std::move(*loaded.offer), std::move(catalogs), std::move(directory), std::move(pictures)};
}

FamilySession::FamilySession(const KioskContent& content, core::rules::Date today, std::string default_locale)
    : content_(content), today_(today), default_locale_(std::move(default_locale)), locale_(default_locale_) {
  rebuild(nullptr);
}

void FamilySession::rebuild(const core::json::Json* state) {
  // The old Session refers to the old words: make the new words first, then the
  // new Session, and only then let the old ones go.
  auto words = std::make_unique<core::i18n::Localizer>(content_.catalogs, content_.offer, locale_, easy_read_);
  words->add_catalog("kiosk");
  auto session = std::make_unique<core::flow::Session>(content_.offer, *words, today_,
                                                       content_.directory ? &*content_.directory : nullptr);
  if (state != nullptr) session->restore(*state);
  session_ = std::move(session);
  words_ = std::move(words);
}

core::i18n::Localizer FamilySession::words_in(const std::string& locale) const {
  core::i18n::Localizer words(content_.catalogs, content_.offer, locale, easy_read_);
  words.add_catalog("kiosk");
  return words;
}

core::view::Screen FamilySession::screen_in(const std::string& locale) const {
  auto words = words_in(locale);
  core::flow::Session session(content_.offer, words, today_, content_.directory ? &*content_.directory : nullptr);
  session.restore(session_->state());
  return session.screen();
}

void FamilySession::handle(const core::flow::Event& event) { session_->handle(event); }

void FamilySession::set_locale(const std::string& locale) {
  if (locale == locale_) return;
  locale_ = locale;
  auto state = session_->state();
  rebuild(&state);
}

void FamilySession::set_easy_read(bool on) {
  if (on == easy_read_) return;
  easy_read_ = on;
  auto state = session_->state();
  rebuild(&state);
}

void FamilySession::wipe() {
  locale_ = default_locale_;
  easy_read_ = false;
  rebuild(nullptr);
}

}  // namespace signpost::kiosk
