// Canvas: sections: frame, text, interactive items, cards, focus.
#include "render/imgui/canvas.h"

#include <algorithm>

namespace signpost::render::imgui {

ImU32 colour(std::uint32_t rgb) { return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, 0xFF); }

namespace {

constexpr ImDrawListFlags kSmoothing = ImDrawListFlags_AntiAliasedLines | ImDrawListFlags_AntiAliasedFill;

// Curves and slanted lines (radio buttons, bullets, ticks) are drawn with
// ImGui's smoothing fringe while one of these is alive. Everything else a
// Canvas draws is upright rectangles, drawn without it: the fringe is a ring
// of thin triangles that a software renderer fills pixel by pixel, where a
// plain rectangle is one fill.
class Smooth {
 public:
  explicit Smooth(ImDrawList* list) : list_(list), was_(list->Flags) { list_->Flags |= kSmoothing; }
  ~Smooth() { list_->Flags = was_; }
  Smooth(const Smooth&) = delete;
  Smooth& operator=(const Smooth&) = delete;

 private:
  ImDrawList* list_;
  ImDrawListFlags was_;
};

}  // namespace

Canvas::Canvas(TextPainter& painter, const Theme& theme, float text_px, bool rtl, std::string lang)
    : painter_(painter), theme_(theme), px_(text_px), rtl_(rtl), lang_(std::move(lang)) {}

// --- frame

void Canvas::begin(const FrameInput& input, int focus, float left, float width) {
  list_ = ImGui::GetWindowDrawList();
  list_->Flags &= ~kSmoothing;  // this frame's list only (see Smooth)
  origin_ = ImGui::GetCursorScreenPos();
  clip_min_ = ImGui::GetWindowPos();
  clip_max_ = ImVec2(clip_min_.x + ImGui::GetWindowWidth(), clip_min_.y + ImGui::GetWindowHeight());
  input_ = input;
  focus_ = focus;
  left_ = left;
  width_ = width;
  y_ = px_ * 0.5f;
  stops_.clear();
  first_interactive_ = -1;
  first_primary_ = -1;
  editing_bottom_ = -1;
  first_answer_ = -1;
}

void Canvas::end() {
  ImGui::SetCursorPos(ImVec2(0, 0));
  ImGui::Dummy(ImVec2(1, y_ + px_ * 2));
}

ImVec2 Canvas::at(float x, float y) const { return ImVec2(origin_.x + x, origin_.y + y); }

void Canvas::gap(float lines) { y_ += px_ * lines; }

// --- text

void Canvas::heading(const std::string& text, int level, const std::string& lang) {
  const float size = level <= 1 ? px_ * 1.45f : level == 2 ? px_ * 1.2f : px_ * 1.05f;
  TextSpec spec{size, true, width_ - 2 * indent_, rtl_, lang.empty() ? lang_ : lang};
  auto layout = painter_.lay_out(text, spec);
  const float top = y_;
  bool focused = stop({FocusItem::Role::kText, text, false, ""}, top, top + layout.height);
  if (focused) focus_box(top, top + layout.height, left_ + indent_, left_ + width_ - indent_);
  painter_.draw(list_, layout, size, at(left_ + indent_, top), colour(focused ? theme_.focus_text : theme_.text));
  y_ += layout.height + px_ * 0.5f;
}

void Canvas::paragraph(const std::string& text, bool secondary, const std::string& lang, bool is_stop) {
  if (text.empty()) return;
  TextSpec spec{px_, false, width_ - 2 * indent_, rtl_, lang.empty() ? lang_ : lang};
  auto layout = painter_.lay_out(text, spec);
  const float top = y_;
  bool focused = is_stop && stop({FocusItem::Role::kText, text, false, ""}, top, top + layout.height);
  if (focused) focus_box(top, top + layout.height, left_ + indent_, left_ + width_ - indent_);
  std::uint32_t c = focused ? theme_.focus_text : secondary ? theme_.secondary_text : theme_.text;
  painter_.draw(list_, layout, px_, at(left_ + indent_, top), colour(c));
  y_ += layout.height + px_ * 0.4f;
}

void Canvas::idea(const std::string& text, ImTextureID picture, bool mirrored) {
  const float side = std::max(px_ * 1.8f, 72.0f), gap = px_ * 0.5f;
  TextSpec spec{px_, false, width_ - 2 * indent_ - side - gap, rtl_, lang_};
  auto layout = painter_.lay_out(text, spec);
  // Without a picture (one already shown on this screen) the sentence keeps its place in line.
  const float top = y_, h = picture != nullptr ? std::max(side, layout.height) : layout.height;
  bool focused = stop({FocusItem::Role::kText, text, false, ""}, top, top + h);
  if (focused) focus_box(top, top + h, left_ + indent_, left_ + width_ - indent_);
  const float px0 = rtl_ ? left_ + width_ - indent_ - side : left_ + indent_;
  if (picture != nullptr) {
    // Pictures sit on white, whatever the theme: their own ink is dark.
    list_->AddRectFilled(at(px0, top), at(px0 + side, top + side), IM_COL32(255, 255, 255, 255));
    // A directional picture on a right-to-left screen points the other way.
    list_->AddImage(picture, at(px0, top), at(px0 + side, top + side), ImVec2(mirrored ? 1.0f : 0.0f, 0.0f), ImVec2(mirrored ? 0.0f : 1.0f, 1.0f));
  }
  const float tx = rtl_ ? left_ + indent_ : px0 + side + gap;
  painter_.draw(list_, layout, px_, at(tx, top + (picture != nullptr ? std::max(0.0f, (side - layout.height) / 2) : 0.0f)),
                colour(focused ? theme_.focus_text : theme_.text));
  y_ += h + px_ * 0.4f;
}

void Canvas::bullets(const std::vector<std::string>& items, const std::string& lang) {
  for (const auto& item : items) {
    const float bullet = px_ * 0.8f;
    indent_ += bullet;
    const float top = y_;
    paragraph(item, false, lang);
    indent_ -= bullet;
    const float cx = rtl_ ? left_ + width_ - indent_ - bullet * 0.5f : left_ + indent_ + bullet * 0.4f;
    const Smooth smooth(list_);
    list_->AddCircleFilled(at(cx, top + px_ * 0.65f), px_ * 0.12f, colour(theme_.text));
  }
}

void Canvas::notice(const std::string& text) {
  TextSpec spec{px_, true, width_ - 2 * indent_ - px_, rtl_, lang_};
  auto layout = painter_.lay_out(text, spec);
  const float top = y_, bottom = y_ + layout.height + px_;
  bool focused = stop({FocusItem::Role::kText, text, false, ""}, top, bottom);
  list_->AddRectFilled(at(left_ + indent_, top), at(left_ + width_ - indent_, bottom), colour(focused ? theme_.focus : theme_.notice));
  painter_.draw(list_, layout, px_, at(left_ + indent_ + px_ * 0.5f, top + px_ * 0.5f),
                colour(focused ? theme_.focus_text : theme_.notice_text));
  y_ = bottom + px_ * 0.5f;
}

void Canvas::error(const std::string& text) {
  TextSpec spec{px_, true, width_ - 2 * indent_ - px_ * 0.4f, rtl_, lang_};
  auto layout = painter_.lay_out(text, spec);
  const float top = y_;
  bool focused = stop({FocusItem::Role::kText, text, false, ""}, top, top + layout.height);
  const float bar = rtl_ ? left_ + width_ - indent_ - px_ * 0.2f : left_ + indent_;
  list_->AddRectFilled(at(bar, top), at(bar + px_ * 0.2f, top + layout.height), colour(theme_.error));
  if (focused) focus_box(top, top + layout.height, left_ + indent_ + px_ * 0.4f, left_ + width_ - indent_);
  painter_.draw(list_, layout, px_, at(left_ + indent_ + (rtl_ ? 0 : px_ * 0.4f), top), colour(focused ? theme_.focus_text : theme_.error));
  y_ += layout.height + px_ * 0.5f;
}

// --- interactive items

std::optional<std::size_t> Canvas::keys(const std::vector<std::string>& labels) {
  // One row of keys, sharing the width; each a focus stop. A label too long
  // for its key wraps, and the whole row grows to fit it.
  const float gap = px_ * 0.25f;
  const float w = (width_ - 2 * indent_ - gap * (labels.size() - 1)) / labels.size();
  std::vector<text::TextLayout> layouts;
  float h = std::max(px_ * 1.6f, 64.0f);
  for (const auto& label : labels) {
    layouts.push_back(painter_.lay_out(label, TextSpec{px_, true, w - px_ * 0.5f, rtl_, lang_}));
    h = std::max(h, layouts.back().height + px_ * 0.5f);
  }
  const float top = y_, bottom = y_ + h;
  std::optional<std::size_t> pressed;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const std::size_t slot = rtl_ ? labels.size() - 1 - i : i;
    const float x0 = left_ + indent_ + slot * (w + gap);
    bool focused = stop({FocusItem::Role::kButton, labels[i], false, ""}, top, bottom);
    list_->AddRectFilled(at(x0, top), at(x0 + w, bottom), colour(focused ? theme_.focus : theme_.button));
    list_->AddRect(at(x0, top), at(x0 + w, bottom), colour(focused ? theme_.focus_text : theme_.card_border), 0, 0,
                   focused ? 6.0f : 2.0f);
    const auto& layout = layouts[i];
    // One line is centred on its key (a right-to-left line arrives already
    // pushed to the right, by line.left); wrapped lines keep their alignment.
    float tx = x0 + px_ * 0.25f;
    if (layout.lines == 1 && !layout.line_boxes.empty())
      tx = x0 + (w - layout.line_boxes[0].width) / 2 - layout.line_boxes[0].left;
    painter_.draw(list_, layout, px_, at(tx, top + (h - layout.height) / 2),
                  colour(focused ? theme_.focus_text : theme_.button_text));
    const ImVec2 a = at(x0, top), b = at(x0 + w, bottom);
    if ((input_.tapped && hit(top, bottom) && input_.tap.x >= a.x && input_.tap.x <= b.x) || (focused && input_.activate)) pressed = i;
  }
  y_ = bottom + gap;
  return pressed;
}

bool Canvas::button(const std::string& label, bool primary) {
  // A label too long for the column wraps inside its button.
  TextSpec spec{px_, true, 0, rtl_, lang_};
  auto layout = painter_.lay_out(label, spec);
  if (layout.width + px_ * 1.6f > width_ - 2 * indent_) {
    spec.max_width = width_ - 2 * indent_ - px_ * 1.6f;
    layout = painter_.lay_out(label, spec);
  }
  const float min_height = std::max(px_ * 1.8f, 72.0f);
  const float w = std::min(layout.width + px_ * 1.6f, width_ - 2 * indent_);
  const float h = std::max(min_height, layout.height + px_ * 0.6f);
  const float top = y_, bottom = y_ + h;
  const float x0 = rtl_ ? left_ + width_ - indent_ - w : left_ + indent_;
  if (first_interactive_ < 0) first_interactive_ = static_cast<int>(stops_.size());
  if (primary && first_primary_ < 0) first_primary_ = static_cast<int>(stops_.size());
  bool focused = stop({FocusItem::Role::kButton, label, false, ""}, top, bottom);
  std::uint32_t bg = focused ? theme_.focus : primary ? theme_.primary_button : theme_.button;
  std::uint32_t fg = focused ? theme_.focus_text : primary ? theme_.primary_button_text : theme_.button_text;
  list_->AddRectFilled(at(x0, top), at(x0 + w, bottom), colour(bg));
  list_->AddRect(at(x0, top), at(x0 + w, bottom), colour(focused ? theme_.focus_text : theme_.card_border), 0, 0,
                 focused ? 6.0f : 2.0f);
  painter_.draw(list_, layout, px_, at(x0 + (spec.max_width > 0 ? px_ * 0.8f : (w - layout.width) / 2), top + (h - layout.height) / 2),
                colour(fg));
  y_ = bottom + px_ * 0.5f;
  bool tapped = input_.tapped && input_.tap.x >= at(x0, 0).x && input_.tap.x <= at(x0 + w, 0).x && hit(top, bottom);
  return tapped || (focused && input_.activate);
}

bool Canvas::option(const std::string& label, bool selected, bool multi) {
  const float mark = px_ * 1.1f;
  TextSpec spec{px_, false, width_ - 2 * indent_ - mark - px_ * 1.2f, rtl_, lang_};
  auto layout = painter_.lay_out(label, spec);
  const float h = std::max({std::max(px_ * 1.8f, 72.0f), layout.height + px_ * 0.5f});
  const float top = y_, bottom = y_ + h;
  if (first_interactive_ < 0) first_interactive_ = static_cast<int>(stops_.size());
  if (first_answer_ < 0) first_answer_ = static_cast<int>(stops_.size());
  bool focused = stop({FocusItem::Role::kOption, label, selected, ""}, top, bottom);
  if (focused) focus_box(top, bottom, left_ + indent_, left_ + width_ - indent_);
  const float mx = rtl_ ? left_ + width_ - indent_ - px_ * 0.3f - mark : left_ + indent_ + px_ * 0.3f;
  const ImVec2 m0 = at(mx, top + (h - mark) / 2), m1 = ImVec2(m0.x + mark, m0.y + mark);
  const ImU32 ink = colour(focused ? theme_.focus_text : theme_.text);
  if (multi) {
    list_->AddRect(m0, m1, ink, 0, 0, 4.0f);
    if (selected) {
      const Smooth smooth(list_);
      list_->AddLine(ImVec2(m0.x + mark * 0.2f, m0.y + mark * 0.5f), ImVec2(m0.x + mark * 0.42f, m0.y + mark * 0.75f), ink, 6.0f);
      list_->AddLine(ImVec2(m0.x + mark * 0.42f, m0.y + mark * 0.75f), ImVec2(m0.x + mark * 0.82f, m0.y + mark * 0.25f), ink, 6.0f);
    }
  } else {
    const ImVec2 c((m0.x + m1.x) / 2, (m0.y + m1.y) / 2);
    const Smooth smooth(list_);
    list_->AddCircle(c, mark / 2, ink, 32, 4.0f);
    if (selected) list_->AddCircleFilled(c, mark * 0.27f, ink, 32);
  }
  const float tx = rtl_ ? left_ + indent_ : mx + mark + px_ * 0.5f;
  painter_.draw(list_, layout, px_, at(tx, top + (h - layout.height) / 2), ink);
  y_ = bottom + px_ * 0.3f;
  return (input_.tapped && hit(top, bottom)) || (focused && input_.activate);
}

// One box to type in, `w` wide at x0 from the top of the canvas's row; true when pressed.
bool Canvas::box(float x0, float w, const std::string& label, const std::string& value, bool editing) {
  // What is typed wraps inside its box rather than running out of it.
  TextSpec spec{px_ * 1.1f, false, w - px_, false, ""};
  auto layout = painter_.lay_out(value + (editing ? "|" : ""), spec);
  const float h = std::max(std::max(px_ * 1.8f, 72.0f), layout.height + px_ * 0.5f);
  const float top = y_, bottom = y_ + h;
  if (first_interactive_ < 0) first_interactive_ = static_cast<int>(stops_.size());
  if (first_answer_ < 0) first_answer_ = static_cast<int>(stops_.size());
  bool focused = stop({FocusItem::Role::kField, label, false, value}, top, bottom);
  list_->AddRectFilled(at(x0, top), at(x0 + w, bottom), colour(focused ? theme_.focus : theme_.background));
  list_->AddRect(at(x0, top), at(x0 + w, bottom), colour(focused ? theme_.focus_text : theme_.text), 0, 0, focused ? 6.0f : 4.0f);
  painter_.draw(list_, layout, px_ * 1.1f, at(x0 + px_ * 0.4f, top + (h - layout.height) / 2),
                colour(focused ? theme_.focus_text : theme_.text));
  box_bottom_ = bottom;
  if (editing) editing_bottom_ = bottom;
  const ImVec2 a = at(x0, top), b = at(x0 + w, bottom);
  return (input_.tapped && hit(top, bottom) && input_.tap.x >= a.x && input_.tap.x <= b.x) || (focused && input_.activate);
}

bool Canvas::field(const std::string& label, const std::string& hint, const std::string& value, bool editing) {
  paragraph(label, false, "", false);
  if (!hint.empty()) paragraph(hint, true, "", false);
  TextSpec spec{px_ * 1.1f, false, width_ - 2 * indent_ - px_, false, ""};
  const float w = std::min(width_ - 2 * indent_, std::max(px_ * 10, painter_.lay_out(value + "|", spec).width + px_));
  const bool pressed = box(rtl_ ? left_ + width_ - indent_ - w : left_ + indent_, w, label, value, editing);
  y_ = box_bottom_ + px_ * 0.5f;
  return pressed;
}

std::optional<std::size_t> Canvas::fields(const std::vector<Field>& row) {
  // Side by side, each label above its box, in the reading direction.
  const float gap = px_ * 0.75f;
  float label_h = 0;
  std::vector<text::TextLayout> labels;
  for (const auto& f : row) {
    labels.push_back(painter_.lay_out(f.label, TextSpec{px_, false, f.width_em * px_, rtl_, lang_}));
    label_h = std::max(label_h, labels.back().height);
  }
  const float top = y_;
  float x = rtl_ ? left_ + width_ - indent_ : left_ + indent_, bottom = top;
  std::optional<std::size_t> pressed;
  for (std::size_t i = 0; i < row.size(); ++i) {
    const float w = row[i].width_em * px_, x0 = rtl_ ? x - w : x;
    painter_.draw(list_, labels[i], px_, at(x0, top), colour(theme_.text));
    y_ = top + label_h + px_ * 0.25f;
    if (box(x0, w, row[i].label, row[i].value, row[i].editing)) pressed = i;
    bottom = std::max(bottom, box_bottom_);
    x = rtl_ ? x0 - gap : x0 + w + gap;
  }
  y_ = bottom + px_ * 0.5f;
  return pressed;
}

void Canvas::qr(const std::vector<bool>& dark, int size, float module_px) {
  // Always dark on white, whatever the theme: phone cameras expect it.
  const float quiet = module_px * 4, side = size * module_px + 2 * quiet;
  const float x0 = rtl_ ? left_ + width_ - indent_ - side : left_ + indent_;
  list_->AddRectFilled(at(x0, y_), at(x0 + side, y_ + side), IM_COL32(255, 255, 255, 255));
  for (int y = 0; y < size; ++y) {
    for (int x = 0; x < size; ++x) {
      if (!dark[static_cast<std::size_t>(y) * size + x]) continue;
      const ImVec2 a = at(x0 + quiet + x * module_px, y_ + quiet + y * module_px);
      list_->AddRectFilled(a, ImVec2(a.x + module_px, a.y + module_px), IM_COL32(0, 0, 0, 255));
    }
  }
  y_ += side + px_ * 0.5f;
}

// --- cards: drawn behind their content once its height is known

void Canvas::card_begin() {
  list_->ChannelsSplit(2);
  list_->ChannelsSetCurrent(1);
  card_tops_.push_back(y_);
  y_ += px_ * 0.6f;
  indent_ += px_ * 0.6f;
}

void Canvas::card_end() {
  if (card_tops_.empty()) return;
  const float top = card_tops_.back();
  card_tops_.pop_back();
  indent_ -= px_ * 0.6f;
  list_->ChannelsSetCurrent(0);
  list_->AddRectFilled(at(left_ + indent_, top), at(left_ + width_ - indent_, y_), colour(theme_.card));
  list_->AddRect(at(left_ + indent_, top), at(left_ + width_ - indent_, y_), colour(theme_.card_border), 0, 0, 2.0f);
  list_->ChannelsMerge();
  y_ += px_ * 0.6f;
}

// --- focus

bool Canvas::stop(FocusItem item, float top, float bottom) {
  const int index = static_cast<int>(stops_.size());
  stops_.push_back(std::move(item));
  if (index != focus_) return false;
  // The focused item comes into view when the keypad moved to it, or when a new
  // screen starts with it out of sight.
  if (input_.move != 0 || input_.reveal) {
    const float window_top = ImGui::GetWindowPos().y, window_bottom = window_top + ImGui::GetWindowHeight();
    if (at(0, top).y < window_top || at(0, bottom).y > window_bottom)
      ImGui::SetScrollFromPosY(at(0, top).y - window_top, 0.3f);
  }
  return true;
}

bool Canvas::hit(float top, float bottom) const {
  if (!input_.tapped) return false;
  // A tap outside the window's visible part is not on anything of this window.
  if (input_.tap.y < clip_min_.y || input_.tap.y > clip_max_.y || input_.tap.x < clip_min_.x || input_.tap.x > clip_max_.x) return false;
  const float y = input_.tap.y - origin_.y, x = input_.tap.x - origin_.x;
  return y >= top && y <= bottom && x >= left_ && x <= left_ + width_;
}

void Canvas::focus_box(float top, float bottom, float left, float right) {
  const float pad = px_ * 0.15f;
  list_->AddRectFilled(at(left - pad, top - pad), at(right + pad, bottom + pad), colour(theme_.focus));
  list_->AddRect(at(left - pad, top - pad), at(right + pad, bottom + pad), colour(theme_.focus_text), 0, 0, 4.0f);
}

}  // namespace signpost::render::imgui
