// What each kiosk frame draws: the attract screen, the idle warning, an open
// panel (help, language, speech), or the family's screen with the tools (or the
// on-screen keyboard) below it. Sections: the frame, attract, warning, panels,
// tools and keyboard, take-away.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "kiosk/app/kiosk_app.h"
#include "kiosk/core/keypad.h"
#include "kiosk/core/speech_text.h"
#include "kiosk/core/take_away.h"

namespace signpost::kiosk {

using render::imgui::Canvas;
using render::imgui::FrameInput;

namespace {

constexpr ImGuiWindowFlags kPlain = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                    ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoNav;

// The rows of the on-screen keyboard: enough for a postcode, a date or a search.
}  // namespace

// --- the frame

void KioskApp::draw_kiosk(FrameInput input) {
  const auto theme = high_contrast_ ? render::imgui::high_contrast_theme() : render::imgui::standard_theme();
  const float px = larger_text_ ? config_.larger_text_px : config_.text_px;
  const auto screen = family_->screen();
  const bool rtl = screen.dir == "rtl";
  const float w = static_cast<float>(width_), h = static_cast<float>(height_);
  // The column of text, centred in what a window has beside its scrollbar.
  auto column_of = [&](float& left) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float column = std::min(avail - 2 * px, px * 34);
    left = (avail - column) / 2;
    return column;
  };
  float left = 0;
  // No window fills: each frame starts cleared to the theme's background, and
  // a fill the size of the screen is most of a frame's cost in software.
  ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_ScrollbarBg, render::imgui::colour(theme.card));
  ImGui::PushStyleColor(ImGuiCol_ScrollbarGrab, render::imgui::colour(theme.card_border));
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(w, h));
  // Edge to edge: no padding or border, so the panels below sit exactly where their taps land.
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
  ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, 0);
  ImGui::Begin("kiosk", nullptr, kPlain);

  const auto mode = attendant_.mode();
  std::vector<core::view::FocusItem> stops;
  int first = 0;
  if (mode != Attendant::Mode::kInUse || overlay_ != Overlay::kNone) {
    Canvas canvas(*painter_, theme, px, rtl, screen.locale);
    ImGui::BeginChild("panel", ImVec2(w, h), false, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav);
    scroll_by_drag();
    const float column = column_of(left);
    canvas.begin(input, focus_, left, column);
    if (mode == Attendant::Mode::kAttract) draw_attract(canvas, input.tapped);
    else if (mode == Attendant::Mode::kWarning) draw_warning(canvas);
    else draw_overlay(canvas);
    canvas.end();
    ImGui::EndChild();
    stops = canvas.stops();
    first = std::max(0, canvas.first_interactive());
  } else {
    // On a landscape screen the tools stand in a column at the end of the
    // reading direction, so the family's screen has the whole height; on a
    // portrait one, and while the on-screen keyboard is up, they sit below,
    // taking the height they took last frame.
    const bool side = w > h && !view_.editing();
    const float side_w = std::min(w * 0.3f, px * 16);
    const float panel = side ? h : std::min(tools_height_ > 0 ? tools_height_ : px * 5, h * 0.5f);
    const ImVec2 screen_at(side && rtl ? side_w : 0, 0), screen_size(side ? w - side_w : w, side ? h : h - panel);
    const ImVec2 tools_at(side ? (rtl ? 0 : w - side_w) : 0, side ? 0 : h - panel), tools_size(side ? side_w : w, panel);
    Canvas content(*painter_, theme, px, rtl, screen.locale);
    ImGui::SetCursorPos(screen_at);
    ImGui::BeginChild("screen", screen_size, false, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav);
    // A new screen starts at its top, with its first item in view.
    if (reveal_) ImGui::SetScrollY(0);
    scroll_by_drag();
    input.reveal = reveal_;
    reveal_ = false;
    const float column = column_of(left);
    content.begin(input, focus_, left, column);
    if (!screen.draft_notice.empty()) content.notice(screen.draft_notice);
    // The result starts with the way to print it, and ends with the code to carry on at home.
    if (screen.kind == core::view::ScreenKind::kResult) draw_print(content);
    auto event = view_.draw(content, screen);
    if (view_.take_letter_request()) print_letter();
    if (screen.kind == core::view::ScreenKind::kResult) draw_take_away(content);
    content.end();
    // A question's box the family starts typing in: the screen scrolls from
    // its top only as far as it must for the box to sit above the keys, so
    // the question stays in view above it.
    // (Until the keys below have their height: the box must clear them.)
    const bool placing = show_question_ && content.editing_bottom() >= 0;
    if (placing) ImGui::SetScrollY(std::max(0.0f, content.editing_bottom() + px * 0.5f - ImGui::GetWindowHeight()));
    ImGui::EndChild();
    stops = content.stops();
    // A question starts at its first answer; any other screen at its way forward.
    if (screen.kind == core::view::ScreenKind::kQuestion && content.first_answer() >= 0) first = content.first_answer();
    else if (screen.kind != core::view::ScreenKind::kResult && content.first_primary() >= 0) first = content.first_primary();
    else first = std::max(0, content.first_interactive());
    const int offset = static_cast<int>(stops.size());
    Canvas tools(*painter_, theme, px, rtl, screen.locale);
    ImGui::SetCursorPos(tools_at);
    ImGui::BeginChild("tools", tools_size, false, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoScrollbar);
    const ImVec2 at = ImGui::GetWindowPos();
    const float edge = side && !rtl ? at.x : side ? at.x + side_w : at.x;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(edge, at.y), side ? ImVec2(edge, at.y + h) : ImVec2(at.x + w, at.y),
                                        render::imgui::colour(theme.card_border), 4.0f);
    // Digits sit on a keypad of phone width; letters take the screen's.
    const float keys_w = std::min(w - px, view_.editing() && keypad_for(view_.editing_box()) == Keypad::kDigits ? px * 16 : px * 44);
    if (side) tools.begin(input, focus_ - offset, px * 0.5f, side_w - px);
    else tools.begin(input, focus_ - offset, std::max(px * 0.5f, (w - keys_w) / 2), keys_w);
    if (view_.editing()) draw_keyboard(tools);
    else draw_tools(tools, side ? 1 : width_ >= 1600 ? 4 : 2);
    tools.end();
    ImGui::EndChild();
    if (!side && std::abs(tools.height() + px * 0.5f - tools_height_) > 1) {
      tools_height_ = tools.height() + px * 0.5f;
      frames_owed_ = std::max(frames_owed_, 1);
    } else if (placing) {
      show_question_ = false;
    }
    for (const auto& s : tools.stops()) stops.push_back(s);
    // A text box just opened: the keypad's focus goes to the on-screen keys
    // (digits first), and Back brings it back to the box.
    if (view_.editing() && !was_editing_) {
      field_focus_ = focus_;
      focus_ = offset;
      focus_moved_ = true;
      show_question_ = screen.kind == core::view::ScreenKind::kQuestion || screen.kind == core::view::ScreenKind::kCode;
      frames_owed_ = std::max(frames_owed_, 2);
    }
    was_editing_ = view_.editing();
    if (event) send(*event);
  }
  ImGui::End();
  ImGui::PopStyleVar(3);
  ImGui::PopStyleColor(4);

  // A new screen (or panel): the focus goes to its first interactive item, and it is spoken.
  std::string key = std::to_string(static_cast<int>(mode)) + "/" + std::to_string(static_cast<int>(overlay_)) + "/" +
                    core::view::to_string(screen.kind) + "/" + screen.question + "/" + screen.locale + (screen.easy_read ? "/easy" : "");
  if (key != screen_key_) {
    screen_key_ = key;
    focus_ = first;
    screen_changed_ = true;
    reveal_ = true;
    drag_scroll_ = 0;
    // A new screen settles over two more frames; the attract screen's next
    // language needs none (it is drawn once every few seconds, and that is
    // most of an idle kiosk's work).
    if (mode != Attendant::Mode::kAttract) frames_owed_ = std::max(frames_owed_, 2);
  }
  stops_ = std::move(stops);
  if (focus_ >= static_cast<int>(stops_.size())) focus_ = 0;
  frame_words_.clear();
  for (const auto& s : stops_) frame_words_ += item_speech(s, family_->words()) + "\n";
}

// A finger's drag scrolls the window it is over (the family's screen, or a panel).
void KioskApp::scroll_by_drag() {
  if (drag_scroll_ == 0) return;
  ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() + drag_scroll_, 0.0f, ImGui::GetScrollMaxY()));
  drag_scroll_ = 0;
}

// --- attract

void KioskApp::draw_attract(Canvas& canvas, bool tapped) {
  // The attract screen speaks each language in turn: its words come from the
  // family's (still empty) session, switched to the language on show.
  const auto& words = family_->words();
  canvas.gap(0.5f);
  canvas.heading(words.text("offer.name"), 2);
  canvas.heading(words.text("kiosk.attract.heading"), 1);
  canvas.heading(words.text("kiosk.attract.touch"), 1);
  canvas.paragraph(words.text("kiosk.attract.keypad"), true);
  canvas.paragraph(words.text("kiosk.attract.privacy"), true);
  if (counts_.on()) canvas.paragraph(words.text("kiosk.attract.counts"), true);
  std::vector<std::string> names;
  std::vector<std::string> locales;
  for (const auto& l : family_->screen().languages) {
    if (std::find(config_.attract_locales.begin(), config_.attract_locales.end(), l.locale) == config_.attract_locales.end()) continue;
    names.push_back(l.name);
    locales.push_back(l.locale);
  }
  for (std::size_t at = 0; at < names.size(); at += 4) {
    std::vector<std::string> row(names.begin() + at, names.begin() + std::min(names.size(), at + 4));
    if (auto pressed = canvas.keys(row)) {
      show_attract_language(std::find(config_.attract_locales.begin(), config_.attract_locales.end(), locales[at + *pressed]) -
                            config_.attract_locales.begin());
    }
  }
  // Any touch starts, in the language on show (or the one just touched). The
  // touch is spent here: it must not also press whatever lies under it next.
  if (tapped) {
    attendant_.input(now());
    started();
  }
}

// --- warning

void KioskApp::draw_warning(Canvas& canvas) {
  const auto& words = family_->words();
  const int left = attendant_.seconds_left(now());
  canvas.gap(2);
  canvas.heading(words.text("kiosk.idle.heading"), 1);
  canvas.notice(words.text("kiosk.idle.body", {{"seconds", static_cast<double>(left)}}));
  if (canvas.button(words.text("kiosk.idle.more_time"), true)) attendant_.more_time(now());
  if (canvas.button(words.text("kiosk.idle.clear_now"), false)) wipe();
}

// --- panels

void KioskApp::draw_overlay(Canvas& canvas) {
  const auto& words = family_->words();
  const auto screen = family_->screen();
  if (overlay_ == Overlay::kHelp) {
    canvas.heading(words.text("kiosk.help.heading"), 1);
    canvas.paragraph(help_text(screen, words));
    if (canvas.button(words.text("kiosk.help.close"), true)) overlay_ = Overlay::kNone;
  } else if (overlay_ == Overlay::kLanguage) {
    canvas.heading(screen.language_label, 1);
    for (const auto& l : screen.languages) {
      if (canvas.option(l.name, l.current, false)) {
        family_->set_locale(l.locale);
        overlay_ = Overlay::kNone;
      }
    }
  } else if (overlay_ == Overlay::kSpeech) {
    canvas.heading(words.text("kiosk.speech.heading"), 1);
    if (canvas.button(words.text(speech_on_ ? "kiosk.tools.speech_off" : "kiosk.tools.speech_on"), true)) {
      speech_on_ = !speech_on_;
      if (!speech_on_) audio_.stop();
    }
    if (canvas.button(words.text("kiosk.speech.repeat"), false)) speak_screen(false);
    if (canvas.button(words.text("kiosk.speech.stop"), false)) audio_.stop();
    if (auto k = canvas.keys({words.text("kiosk.speech.louder"), words.text("kiosk.speech.quieter")})) {
      volume_ = std::clamp(volume_ + (*k == 0 ? 10 : -10), 10, 100);
      say(words.text(*k == 0 ? "kiosk.speech.louder" : "kiosk.speech.quieter"));
    }
    if (auto k = canvas.keys({words.text("kiosk.speech.faster"), words.text("kiosk.speech.slower")})) {
      rate_ = std::clamp(rate_ + (*k == 0 ? 20 : -20), 80, 450);
      say(words.text(*k == 0 ? "kiosk.speech.faster" : "kiosk.speech.slower"));
    }
    if (canvas.button(words.text("kiosk.speech.close"), false)) overlay_ = Overlay::kNone;
  }
}

// --- tools and keyboard

void KioskApp::draw_tools(Canvas& canvas, std::size_t per_row) {
  const auto& words = family_->words();
  const auto screen = family_->screen();
  std::string language = screen.language_label;
  for (const auto& l : screen.languages) {
    if (l.current) language = l.name;
  }
  std::vector<std::string> tools = {language,
                                    screen.easy_read_switch,
                                    words.text(larger_text_ ? "kiosk.tools.standard_text" : "kiosk.tools.larger_text"),
                                    words.text(high_contrast_ ? "kiosk.tools.standard_colours" : "kiosk.tools.high_contrast"),
                                    words.text("kiosk.tools.speech"),
                                    words.text("kiosk.tools.help"),
                                    words.text("kiosk.tools.finish")};
  for (std::size_t at = 0; at < tools.size(); at += per_row) {
    std::vector<std::string> row(tools.begin() + at, tools.begin() + std::min(tools.size(), at + per_row));
    auto pressed = canvas.keys(row);
    if (!pressed) continue;
    switch (at + *pressed) {
      case 0: overlay_ = Overlay::kLanguage; break;
      case 1: family_->set_easy_read(!screen.easy_read); break;
      case 2: larger_text_ = !larger_text_; break;
      case 3: high_contrast_ = !high_contrast_; break;
      case 4: overlay_ = Overlay::kSpeech; break;
      case 5: overlay_ = Overlay::kHelp; break;
      default: wipe(); break;
    }
  }
}

void KioskApp::draw_keyboard(Canvas& canvas) {
  const auto& words = family_->words();
  const Keypad keypad = keypad_for(view_.editing_box());
  for (const auto& row : keypad_rows(keypad)) {
    if (auto k = canvas.keys(row)) view_.type(row[*k]);
  }
  // The last row: Delete and Done, with 0 between them on the digits, or Space before them.
  enum class Last { kZero, kSpace, kDelete, kDone };
  std::vector<std::pair<std::string, Last>> last = {{words.text("kiosk.keyboard.delete"), Last::kDelete},
                                                    {words.text("kiosk.keyboard.done"), Last::kDone}};
  if (keypad == Keypad::kDigits) last.insert(last.begin() + 1, {"0", Last::kZero});
  else if (has_space(keypad)) last.insert(last.begin(), {words.text("kiosk.keyboard.space"), Last::kSpace});
  std::vector<std::string> labels;
  for (const auto& key : last) labels.push_back(key.first);
  auto k = canvas.keys(labels);
  if (!k) return;
  switch (last[*k].second) {
    case Last::kZero: view_.type("0"); break;
    case Last::kSpace: view_.type(" "); break;
    case Last::kDelete: view_.erase(); break;
    case Last::kDone: stop_typing(); break;
  }
}

// --- take-away

void KioskApp::draw_print(Canvas& canvas) {
  if (canvas.button(family_->words().text("kiosk.take_away.print"), false)) print_result();
  if (!take_away_message_.empty()) canvas.notice(take_away_message_);
}

void KioskApp::draw_take_away(Canvas& canvas) {
  const auto& words = family_->words();
  canvas.heading(words.text("kiosk.take_away.heading"), 2);
  const std::string url = resume_url(family_->session().state(), config_.web_checker_url, config_.offer);
  if (auto code = qr_code(url)) {
    canvas.paragraph(words.text("kiosk.take_away.qr"));
    canvas.qr(code->dark, code->size, std::max(6.0f, std::floor(canvas.text_px() * 7 / code->size)));
  }
}

}  // namespace signpost::kiosk
