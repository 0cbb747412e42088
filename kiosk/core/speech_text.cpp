#include "kiosk/core/speech_text.h"

namespace signpost::kiosk {
namespace {

using core::view::Element;
using core::view::Overloaded;

void add(std::string& out, const std::string& text) {
  if (text.empty()) return;
  if (!out.empty()) out += (out.back() == '.' || out.back() == '?' || out.back() == ':') ? " " : ". ";
  out += text;
}

}  // namespace

std::string screen_speech(const core::view::Screen& screen) {
  std::string out;
  for (const Element& e : screen.elements) {
    std::visit(Overloaded{
                   [&](const core::view::ErrorSummary& s) {
                     add(out, s.title);
                     for (const auto& link : s.errors) add(out, link.text);
                   },
                   [&](const core::view::Heading& h) {
                     if (h.level == 1) add(out, h.text);
                   },
                   [&](const core::view::Question& q) {
                     add(out, q.text);
                     add(out, q.hint);
                   },
                   // The rest is spoken as the keypad reaches it (item_speech).
                   [](const auto&) {},
               },
               e);
  }
  if (out.empty()) out = screen.title;
  return out;
}

std::string item_speech(const core::view::FocusItem& item, const core::i18n::Localizer& words) {
  using Role = core::view::FocusItem::Role;
  switch (item.role) {
    case Role::kButton:
      return words.text("kiosk.speech.button", {{"label", item.label}});
    case Role::kOption:
      return words.text(item.selected ? "kiosk.speech.selected" : "kiosk.speech.not_selected", {{"label", item.label}});
    case Role::kField:
      return words.text("kiosk.speech.field", {{"label", item.label}, {"value", item.value}});
    case Role::kText:
      break;
  }
  return item.label;
}

namespace {

const char* help_key(core::view::ScreenKind kind) {
  switch (kind) {
    case core::view::ScreenKind::kStart: return "kiosk.help.start";
    case core::view::ScreenKind::kQuestion: return "kiosk.help.question";
    case core::view::ScreenKind::kCheckAnswers: return "kiosk.help.check";
    case core::view::ScreenKind::kResult: return "kiosk.help.result";
    case core::view::ScreenKind::kCode: return "kiosk.help.code";
    case core::view::ScreenKind::kStatement: return "kiosk.help.start";  // a web page: never on a kiosk
  }
  return "kiosk.help.question";
}

}  // namespace

std::string help_text(const core::view::Screen& screen, const core::i18n::Localizer& words) {
  return words.text(help_key(screen.kind)) + " " + words.text("kiosk.help.keys");
}

}  // namespace signpost::kiosk
