// Canvas: the kiosk's widgets, drawn in a column of a scrolling ImGui window:
// text, buttons, options and text boxes, each at least 15 mm high (72 px at
// 1080p on a 24-inch screen) with space between. It keeps the keypad's focus:
// every item is a focus stop, in reading order; up and down move it, Enter
// activates it, and the focused item is always drawn filled and outlined and
// scrolled into view. Right-to-left screens mirror every row. A tap is a press
// and release in one place; a drag scrolls. Depends on ImGui and TextPainter.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "core/view/focus_item.h"
#include "render/imgui/text_painter.h"
#include "render/imgui/theme.h"

namespace signpost::render::imgui {

using core::view::FocusItem;

// The keypad and pointer this frame.
struct FrameInput {
  int move = 0;           // -1 up, +1 down
  bool activate = false;  // Enter
  bool reveal = false;    // a new screen: bring the focused item into view
  bool tapped = false;    // a tap ended this frame at tap
  ImVec2 tap;
};

class Canvas {
 public:
  Canvas(TextPainter& painter, const Theme& theme, float text_px, bool rtl, std::string lang);

  // Starts a frame in the current ImGui window: a column `width` wide at `left`.
  void begin(const FrameInput& input, int focus, float left, float width);
  // Ends it: reserves the height used so the window scrolls.
  void end();

  // Text. Each block is a focus stop, so the keypad can read it.
  void heading(const std::string& text, int level, const std::string& lang = "");
  void paragraph(const std::string& text, bool secondary = false, const std::string& lang = "", bool stop = true);
  // Easy read: one sentence beside its picture (nullptr: the sentence alone),
  // mirrored where it points the way a right-to-left screen goes.
  void idea(const std::string& text, ImTextureID picture, bool mirrored = false);
  void bullets(const std::vector<std::string>& items, const std::string& lang = "");
  void notice(const std::string& text);
  void error(const std::string& text);
  // Interactive items: true when tapped or activated with Enter this frame.
  bool button(const std::string& label, bool primary);
  bool option(const std::string& label, bool selected, bool multi);
  bool field(const std::string& label, const std::string& hint, const std::string& value, bool editing);
  // Boxes side by side, each with its label above it (a date's day, month and
  // year); which was pressed.
  struct Field {
    std::string label, value;
    bool editing = false;
    float width_em = 4;  // the box's width, in text heights
  };
  std::optional<std::size_t> fields(const std::vector<Field>& row);
  // Where the box being typed in ends, down the canvas (-1: none this frame).
  float editing_bottom() const { return editing_bottom_; }
  // A row of keys sharing the width (the on-screen keyboard, the tools); which was pressed.
  std::optional<std::size_t> keys(const std::vector<std::string>& labels);
  // A QR code: size x size modules, dark ones true, on white with a quiet zone.
  void qr(const std::vector<bool>& dark, int size, float module_px);
  // A framed card: items between begin and end sit inside it.
  void card_begin();
  void card_end();
  void gap(float lines = 0.5f);

  // The stops drawn this frame, in order, and which one has the focus.
  const std::vector<FocusItem>& stops() const { return stops_; }
  int focus() const { return focus_; }
  int first_interactive() const { return first_interactive_; }
  int first_primary() const { return first_primary_; }
  int first_answer() const { return first_answer_; }  // the first option or text box
  float height() const { return y_; }
  float text_px() const { return px_; }

 private:
  // Registers a stop over [top, bottom]; true when it has the focus.
  bool stop(FocusItem item, float top, float bottom);
  bool hit(float top, float bottom) const;
  bool box(float x0, float w, const std::string& label, const std::string& value, bool editing);
  ImVec2 at(float x, float y) const;
  void focus_box(float top, float bottom, float left, float right);

  TextPainter& painter_;
  const Theme& theme_;
  float px_;
  bool rtl_;
  std::string lang_;
  ImDrawList* list_ = nullptr;
  ImVec2 origin_, clip_min_, clip_max_;
  float left_ = 0, width_ = 0, y_ = 0;
  float indent_ = 0;  // inside a card
  FrameInput input_;
  int focus_ = 0;
  int first_interactive_ = -1;
  float editing_bottom_ = -1;
  float box_bottom_ = 0;
  int first_primary_ = -1;
  int first_answer_ = -1;
  std::vector<FocusItem> stops_;
  std::vector<float> card_tops_;
};

ImU32 colour(std::uint32_t rgb);

}  // namespace signpost::render::imgui
