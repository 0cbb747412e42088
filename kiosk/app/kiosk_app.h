// KioskApp: the kiosk program. One full-screen SDL2 window drawn by SDL's 2D
// renderer (its software driver where there is no GPU); Dear ImGui draws the core's Screens (src/render/imgui) with text from
// the TextEngine. It renders only when something changes: input, the attract
// screen's next language, the idle countdown, a script step. Its parts, a file
// each: set-up, the loop, input and families coming and going (kiosk_app.cpp);
// what each frame draws (kiosk_frame.cpp); speech and printing
// (kiosk_speech.cpp); content updates (kiosk_updates.cpp); scripts and
// screenshots (kiosk_script.cpp).
// Depends on SDL2, ImGui, the kiosk's core and platform parts.
#pragma once

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <optional>
#include <string>
#include <vector>

#include "core/rules/date.h"
#include "kiosk/app/audio_out.h"
#include "kiosk/app/sdl_textures.h"
#include "kiosk/core/attendant.h"
#include "kiosk/core/config.h"
#include "kiosk/core/demand_counts.h"
#include "kiosk/core/family_session.h"
#include "kiosk/core/script.h"
#include "kiosk/platform/speech.h"
#include "render/imgui/canvas.h"
#include "render/imgui/screen_view.h"
#include "render/imgui/text_painter.h"
#include "render/imgui/theme.h"
#include "render/text/text_engine.h"

struct SDL_Window;
struct SDL_Renderer;
union SDL_Event;

namespace signpost::kiosk {

struct LaunchOptions {
  std::string config_file;
  std::string script_file;
  std::string screenshot_dir;
  std::string speech_capture_dir;  // tests: every utterance as a WAV file
  bool exit_after_script = false;
  bool report_first_frame = false;  // prints "first-frame-ms N" once the first frame is on screen
  int window_w = 0, window_h = 0;   // 0: full screen
  std::optional<core::rules::Date> today;  // unset: each family's own today, in local time
};

class KioskApp {
 public:
  KioskApp(LaunchOptions options, KioskConfig config, std::unique_ptr<KioskContent> content);
  ~KioskApp();
  // Opens the window and runs until closed, or the script ends; the exit status.
  int run();

 private:
  enum class Overlay { kNone, kHelp, kLanguage, kSpeech };
  enum class Key { kNone, kUp, kDown, kEnter, kBack, kHelp, kSpeech };  // after kNone, in kKeyActions' order
  static Key key_named(std::string_view action);

  bool open_window();
  void close_window();
  void frame(render::imgui::FrameInput input);
  void draw_kiosk(render::imgui::FrameInput input);
  void draw_attract(render::imgui::Canvas& canvas, bool tapped);
  void draw_warning(render::imgui::Canvas& canvas);
  void draw_overlay(render::imgui::Canvas& canvas);
  // The tools, `per_row` to a row (one, in the side column of a landscape screen).
  void draw_tools(render::imgui::Canvas& canvas, std::size_t per_row);
  void draw_print(render::imgui::Canvas& canvas);
  void draw_take_away(render::imgui::Canvas& canvas);
  // The keys that fit the box being typed in (kiosk/core/keypad.h).
  void draw_keyboard(render::imgui::Canvas& canvas);
  // Leaves the box (Done, or Back): the keypad's focus returns to it.
  void stop_typing();
  void scroll_by_drag();
  double now() const;
  core::rules::Date family_today() const;

  void on_key(Key key, render::imgui::FrameInput& input);
  void pointer(const SDL_Event& event, render::imgui::FrameInput& input);
  Key key_of(int sdl_key) const;
  void started();  // a family touched the attract screen
  void new_family();
  void show_attract_language(std::size_t index);
  void wipe();
  // A family that reached its result is counted once, as it leaves (core/counts).
  void count_family();
  void send(const core::flow::Event& event);
  void after_draw();

  void say(const std::string& text, const std::string& locale = "");
  // Says what is on screen; without panels, the family's screen under any open panel.
  void speak_screen(bool panels = true);
  void print_result();
  void print_letter();
  void print(const std::string& pdf, const std::string& title);

  // Content updates: fetched in the background, moved to between families.
  void start_updates();
  void stop_updates();
  void take_new_content();

  bool run_step(const ScriptStep& step, render::imgui::FrameInput& input);
  bool save_screenshot(const std::string& name);
  void write_screenshot();

  LaunchOptions options_;
  KioskConfig config_;
  std::unique_ptr<KioskContent> content_;
  std::unique_ptr<FamilySession> family_;
  Attendant attendant_;
  DemandCounts counts_;
  std::unique_ptr<render::text::TextEngine> engine_;
  std::unique_ptr<SdlTextures> textures_;
  std::unique_ptr<render::imgui::TextPainter> painter_;
  std::unique_ptr<render::imgui::PicturePainter> pictures_;
  render::imgui::ScreenView view_;
  std::unique_ptr<kiosk::Speech> speech_;
  AudioOut audio_;

  SDL_Window* window_ = nullptr;
  bool sdl_started_ = false, imgui_ready_ = false;
  SDL_Renderer* renderer_ = nullptr;
  int width_ = 0, height_ = 0;
  double idle_offset_ = 0;  // scripts move the idle clock on

  // The family's choices of presentation, wiped with their answers.
  bool larger_text_ = false;
  bool high_contrast_ = false;
  bool speech_on_ = false;
  int volume_ = 80, rate_ = 160;
  Overlay overlay_ = Overlay::kNone;
  std::string take_away_message_;

  int focus_ = 0;
  std::vector<core::view::FocusItem> stops_;  // last frame's, in focus order
  int first_interactive_ = 0;
  std::string screen_key_;
  bool focus_moved_ = false;
  bool screen_changed_ = false;
  bool reveal_ = false;
  bool was_editing_ = false;  // a text box was open last frame
  bool show_question_ = false;  // a question's box just opened: its screen scrolls to the question
  int field_focus_ = 0;       // the box's focus stop, to return to
  int frames_owed_ = 2;  // frames still to draw before sleeping (ImGui settles over a few)
  float tools_height_ = 0;
  bool pressed_ = false, dragging_ = false;  // a finger on the screen, and whether it has moved
  int press_x_ = 0, press_y_ = 0, last_y_ = 0;
  float drag_scroll_ = 0;  // pixels to scroll the screen by, from dragging
  std::string last_said_, last_said_locale_;
  int said_count_ = 0;
  std::size_t attract_index_ = 0;
  double attract_turned_ = 0;
  bool failed_expectation_ = false;
  std::string pending_screenshot_;
  std::string bundle_;  // content.dir/current when the content was loaded
  std::thread updater_;
  std::mutex updater_mutex_;
  std::condition_variable updater_wake_;
  bool updater_stop_ = false;
  bool screenshot_ok_ = false;
  std::string frame_words_;  // every word drawn in the last frame, for `expect`
};

}  // namespace signpost::kiosk
