#include "kiosk/core/speech_text.h"

namespace signpost::kiosk {
namespace {

using core::view::Element;
using core::view::Kind;

void add(std::string& out, const std::string& text) {
  if (text.empty()) return;
  if (!out.empty()) out += (out.back() == '.' || out.back() == '?' || out.back() == ':') ? " " : ". ";
  out += text;
}

}  // namespace

std::string screen_speech(const core::view::Screen& screen) {
  std::string out;
  for (const Element& e : screen.elements) {
    if (e.kind == Kind::kErrorSummary) {
      add(out, e.text);
      for (const auto& link : e.errors) add(out, link.text);
    } else if (e.kind == Kind::kHeading && e.level == 1) {
      add(out, e.text);
    } else if (e.kind == Kind::kQuestion) {
      add(out, e.text);
      add(out, e.hint);
    }
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

std::string help_text(const core::view::Screen& screen, const core::i18n::Localizer& words) {
  std::string key = "kiosk.help.question";
  if (screen.kind == "start") key = "kiosk.help.start";
  else if (screen.kind == "check-answers") key = "kiosk.help.check";
  else if (screen.kind == "result") key = "kiosk.help.result";
  return words.text(key) + " " + words.text("kiosk.help.keys");
}

}  // namespace signpost::kiosk
