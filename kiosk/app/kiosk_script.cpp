// KioskApp, automation: replaying a script's steps, and screenshots of the
// frame as drawn (read before it is shown).
#include <SDL.h>
#include <SDL.h>
#include <png.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <thread>
#include <vector>

#include "kiosk/app/kiosk_app.h"

namespace signpost::kiosk {

using render::imgui::FrameInput;

// --- scripts

bool KioskApp::run_step(const ScriptStep& step, FrameInput& input) {
  using Kind = ScriptStep::Kind;
  switch (step.kind) {
    case Kind::kKey:
      on_key(key_named(step.text), input);
      break;
    case Kind::kTap:
      if (attendant_.mode() != Attendant::Mode::kAttract) attendant_.input(now());
      input.tapped = true;
      input.tap = ImVec2(static_cast<float>(step.x), static_cast<float>(step.y));
      break;
    case Kind::kDrag: {
      // The same events a finger sends: down, a few moves, up.
      SDL_Event e{};
      e.type = SDL_MOUSEBUTTONDOWN;
      e.button.button = SDL_BUTTON_LEFT;
      e.button.x = static_cast<int>(step.x);
      e.button.y = static_cast<int>(step.y);
      pointer(e, input);
      for (int i = 1; i <= 4; ++i) {
        SDL_Event move{};
        move.type = SDL_MOUSEMOTION;
        move.motion.x = e.button.x;
        move.motion.y = static_cast<int>(step.y + step.dy * i / 4);
        pointer(move, input);
      }
      e.type = SDL_MOUSEBUTTONUP;
      e.button.y = static_cast<int>(step.y + step.dy);
      pointer(e, input);
      break;
    }
    case Kind::kType:
      attendant_.input(now());
      view_.type(step.text);
      break;
    case Kind::kLocale:
      if (attendant_.mode() == Attendant::Mode::kAttract) attendant_.input(now());
      family_->set_locale(step.text);
      break;
    case Kind::kIdle:
      idle_offset_ += step.x;
      if (attendant_.tick(now())) wipe();
      break;
    case Kind::kWait: {
      const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(static_cast<long>(step.x));
      while (std::chrono::steady_clock::now() < until) {
        frame(FrameInput{});
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
      break;
    }
    case Kind::kScreenshot:
      if (!save_screenshot(step.text)) return false;
      break;
    case Kind::kPress: {
      auto at = std::find_if(stops_.begin(), stops_.end(), [&](const core::view::FocusItem& s) { return s.label == step.text; });
      if (at == stops_.end()) {
        std::cerr << options_.script_file << ":" << step.line << ": nothing on the screen is labelled \"" << step.text << "\"\n";
        failed_expectation_ = true;
        return false;
      }
      focus_ = static_cast<int>(at - stops_.begin());
      focus_moved_ = true;
      on_key(key_named("enter"), input);
      break;
    }
    case Kind::kWiped:
      if (attendant_.mode() != Attendant::Mode::kAttract || family_->holds_answers() || family_->finished() || view_.holds_typing()) {
        std::cerr << options_.script_file << ":" << step.line << ": expected every answer wiped and the attract screen on\n";
        failed_expectation_ = true;
        return false;
      }
      break;
    case Kind::kMark:
      std::cout << "mark " << step.text << std::endl;
      break;
    case Kind::kExpect:
      if (frame_words_.find(step.text) == std::string::npos) {
        std::cerr << options_.script_file << ":" << step.line << ": expected the screen to say \"" << step.text << "\"\n";
        failed_expectation_ = true;
        return false;
      }
      break;
  }
  return true;
}

// --- screenshots

bool KioskApp::save_screenshot(const std::string& name) {
  if (options_.screenshot_dir.empty()) return true;
  // Draw once more, and read the picture before it is shown (the front buffer
  // of a swapped window is not always readable).
  pending_screenshot_ = options_.screenshot_dir + "/" + name + ".png";
  screenshot_ok_ = false;
  frame(FrameInput{});
  return screenshot_ok_;
}

void KioskApp::write_screenshot() {
  const std::string file = pending_screenshot_;
  pending_screenshot_.clear();
  std::vector<unsigned char> pixels(static_cast<std::size_t>(width_) * height_ * 4);
  if (SDL_RenderReadPixels(renderer_, nullptr, SDL_PIXELFORMAT_RGBA32, pixels.data(), width_ * 4) != 0) {
    std::cerr << "signpost-kiosk: cannot read the frame for " << file << ": " << SDL_GetError() << "\n";
    screenshot_ok_ = false;
    return;
  }
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  image.width = static_cast<png_uint_32>(width_);
  image.height = static_cast<png_uint_32>(height_);
  image.format = PNG_FORMAT_RGBA;
  screenshot_ok_ = png_image_write_to_file(&image, file.c_str(), 0, pixels.data(), width_ * 4, nullptr) != 0;
  if (!screenshot_ok_) std::cerr << "signpost-kiosk: cannot write " << file << ": " << image.message << "\n";
}

}  // namespace signpost::kiosk
