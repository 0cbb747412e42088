// ScreenView: draws a core Screen on the kiosk through the Canvas, and turns
// taps and keypad presses into the core's events. It holds only what a family
// has picked or typed on the screen in front of them, until they press
// Continue (as a web form does); the core decides everything else. Depends on
// the core's Screen and Event, and the Canvas.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "core/flow/session.h"
#include "core/view/screen.h"
#include "render/imgui/canvas.h"
#include "render/imgui/picture_painter.h"

namespace signpost::render::imgui {

class ScreenView {
 public:
  // Where easy read pictures come from (none: sentences without pictures).
  void set_pictures(PicturePainter* pictures) { pictures_ = pictures; }

  // Draws the elements; returns the event the family sent this frame, if any.
  std::optional<core::flow::Event> draw(Canvas& canvas, const core::view::Screen& screen);

  // Typing (a keyboard, the on-screen keys, a script) goes to the box being edited.
  void type(const std::string& utf8);
  void erase();
  bool editing() const { return !editing_.empty(); }
  // The box being typed in ("day", "postcode", "q", ...), or "".
  const std::string& editing_box() const { return editing_; }
  void stop_editing() { editing_.clear(); }
  // Forgets everything picked and typed (a wipe), keeping where pictures come from.
  void forget();
  // Whether anything picked or typed is held (tests check a wipe leaves none).
  bool holds_typing() const;
  // True once after the family pressed "Print the letter" (the kiosk prints it).
  bool take_letter_request() { return std::exchange(letter_asked_, false); }

 private:
  void sync(const core::view::Screen& screen);
  void question(Canvas& canvas, const core::view::Question& q);
  void outcome(Canvas& canvas, const core::view::OutcomeCard& card);
  void todo(Canvas& canvas, const core::view::Todo& t);
  void pathway(Canvas& canvas, const core::view::Pathway& p);
  void request(Canvas& canvas, const core::view::Request& r);
  void contact(Canvas& canvas, const core::view::ContactItem& c, bool with_how);
  // A header that opens or closes what is folded under it; true while open.
  bool fold(Canvas& canvas, const std::string& key, const std::string& label);
  void service(Canvas& canvas, const core::view::ServiceCard& card);
  std::optional<core::flow::Event> summary(Canvas& canvas, const core::view::Summary& s);
  core::flow::Event answer(const std::string& question) const;
  void field(Canvas& canvas, const std::string& name, const std::string& label, const std::string& hint);
  // A text box and its button, which sends an event of `kind` with what was typed (a search, a code).
  std::optional<core::flow::Event> box_and_button(Canvas& canvas, const std::string& name, const core::view::TextBox& box,
                                                  const std::string& button, core::flow::Event::Kind kind, bool primary);
  void paragraph_or_ideas(Canvas& canvas, const std::string& text, const std::vector<core::view::Idea>& ideas);

  PicturePainter* pictures_ = nullptr;

  // What the family has picked and typed on this screen.
  std::string screen_key_;
  core::view::QuestionKind kind_ = core::view::QuestionKind::kChoice;
  std::set<std::string> picked_;
  std::set<std::string> exclusive_;
  std::map<std::string, std::string> typed_;  // postcode, day, month, year, q
  std::string editing_;                       // the box typing goes to
  std::set<std::string> open_;                // the folds and "Why?"s opened on this screen
  std::string more_;                          // the screen's words for "What it is, and why"
  bool letter_asked_ = false;
};

}  // namespace signpost::render::imgui
