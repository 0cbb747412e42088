#include "kiosk/core/family_session.h"

namespace signpost::kiosk {

FamilySession::FamilySession(const KioskContent& content, core::rules::Date today, std::string default_locale)
    : content_(content),
      today_(today),
      default_locale_(std::move(default_locale)),
      session_(content.offer, today, content.directory ? &*content.directory : nullptr),
      words_(content.catalogs, content.offer, "kiosk") {
  session_.set_locale(default_locale_);
}

const core::i18n::Localizer& FamilySession::words_in(const std::string& locale) const { return words_.get(locale, easy_read()); }

const core::i18n::Localizer& FamilySession::words() const { return words_in(locale()); }

core::view::Screen FamilySession::screen_in(const std::string& locale) const { return session_.screen(words_in(locale)); }

void FamilySession::handle(const core::flow::Event& event) {
  session_.handle(event);
  finished_ = finished_ || session_.stage() == core::flow::Stage::kResult;
}

core::counts::CheckRecord FamilySession::record() const {
  return core::counts::record_of(content_.offer, content_.directory ? &*content_.directory : nullptr, session_.counted_answers(),
                                 session_.outcomes(), today_, locale(), easy_read());
}

void FamilySession::set_locale(const std::string& locale) { session_.set_locale(locale); }

void FamilySession::set_easy_read(bool on) { session_.set_easy_read(on); }

void FamilySession::wipe() {
  session_.restore(core::flow::SessionState{});
  finished_ = false;
  session_.set_locale(default_locale_);
}

}  // namespace signpost::kiosk
