// KioskApp, what it says and what a family takes away: speech in the screen's
// language (English where espeak-ng has no voice), and the printout.
#include <cstdio>
#include <iostream>

#include "kiosk/app/kiosk_app.h"
#include "kiosk/core/speech_text.h"
#include "kiosk/core/take_away.h"
#include "kiosk/platform/printer.h"
#include "render/pdf/pdf_renderer.h"

namespace signpost::kiosk {

// --- speech

// Says `text` in `locale` (the family's when empty); nothing where there is no voice.
void KioskApp::say(const std::string& text, const std::string& locale_or_empty) {
  const std::string locale = locale_or_empty.empty() ? family_->locale() : locale_or_empty;
  if (!speech_ || text.empty() || !speech_->has_voice(locale)) return;
  auto clip = speech_->synthesize(text, locale, rate_);
  if (!clip) return;
  kiosk::scale_volume(*clip, volume_);
  last_said_ = text;
  last_said_locale_ = locale;
  audio_.play(clip->samples, clip->sample_rate);
  if (!options_.speech_capture_dir.empty()) {
    char name[64];
    std::snprintf(name, sizeof name, "/%03d-%s.wav", ++said_count_, locale.c_str());
    kiosk::write_wav(*clip, options_.speech_capture_dir + name);
  }
}

// What is on screen: the attract screen, the warning, an open panel, or the
// family's screen. Where the family's language has no voice, it is said in
// English, after a sentence that says so.
void KioskApp::speak_screen(bool panels) {
  const bool voiced = speech_ && speech_->has_voice(family_->locale());
  const std::string locale = voiced ? family_->locale() : std::string(core::i18n::kSourceLocale);
  const auto& words = family_->words_in(locale);
  const auto screen = voiced ? family_->screen() : family_->screen_in(locale);
  std::string text;
  if (attendant_.mode() == Attendant::Mode::kAttract) {
    text = words.text("kiosk.attract.heading") + ". " + words.text("kiosk.attract.touch");
  } else if (attendant_.mode() == Attendant::Mode::kWarning) {
    text = words.text("kiosk.idle.heading") + " " +
           words.text("kiosk.idle.body", {{"seconds", static_cast<double>(attendant_.seconds_left(now()))}});
  } else if (panels && overlay_ == Overlay::kHelp) {
    text = words.text("kiosk.help.heading") + ". " + help_text(screen, words);
  } else if (panels && overlay_ == Overlay::kLanguage) {
    text = screen.language_label;
  } else if (panels && overlay_ == Overlay::kSpeech) {
    text = words.text("kiosk.speech.heading");
  } else {
    text = screen_speech(screen);
  }
  say(voiced ? text : words.text("kiosk.speech.unavailable") + " " + text, locale);
}

// --- take-away

void KioskApp::print_result() {
  auto screen = family_->screen();
  // The printed code carries the same caption as the one on screen.
  screen.labels["take_away.qr"] = family_->words().text("kiosk.take_away.qr");
  const std::string url = resume_url(family_->session().state(), config_.web_checker_url, config_.offer);
  print(render::pdf::result_pdf(screen, *engine_, url), screen.title);
}

// The request for an assessment as letters to sign: the family's language, then English.
void KioskApp::print_letter() {
  const auto screen = family_->screen();
  for (const auto& e : screen.elements)
    if (const auto* request = std::get_if<core::view::Request>(&e)) {
      print(render::pdf::letter_pdf(screen, *request, *engine_), request->letters.front().title);
      return;
    }
}

void KioskApp::print(const std::string& pdf, const std::string& title) {
  auto printed = kiosk::print_pdf(pdf, config_.printer, config_.print_folder, title);
  const auto& words = family_->words();
  if (!printed.ok) {
    std::cerr << "signpost-kiosk: printing failed: " << printed.error << "\n";
    take_away_message_ = words.text("kiosk.take_away.failed");
  } else {
    take_away_message_ = words.text(config_.printer.empty() ? "kiosk.take_away.saved" : "kiosk.take_away.printed");
  }
}

}  // namespace signpost::kiosk
