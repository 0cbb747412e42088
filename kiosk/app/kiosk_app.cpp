// KioskApp: sections: set-up, the loop, input, sessions. Speech and take-away
// are in kiosk_speech.cpp, updates in kiosk_updates.cpp, scripts and
// screenshots in kiosk_script.cpp, drawing in kiosk_frame.cpp.
#include "kiosk/app/kiosk_app.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdl.h>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <string_view>

#include "kiosk/app/gpu.h"
#include "kiosk/app/sdl_draw.h"
#include "kiosk/core/newest_content.h"
#include "kiosk/core/speech_text.h"
#include "platform/native/read_file.h"

namespace signpost::kiosk {

using render::imgui::FrameInput;

namespace {

// Today in the kiosk's own time zone (a family at 00:30 in June is already in tomorrow).
core::rules::Date local_today() {
  const std::time_t t = std::time(nullptr);
  std::tm local{};
  localtime_r(&t, &local);
  return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace

// --- set-up

KioskApp::KioskApp(LaunchOptions options, KioskConfig config, std::unique_ptr<KioskContent> content)
    : options_(std::move(options)),
      config_(std::move(config)),
      content_(std::move(content)),
      family_(std::make_unique<FamilySession>(*content_, family_today(), config_.attract_locales.front())),
      attendant_(config_.idle_seconds, config_.warning_seconds),
      counts_(config_.counts_file, config_.offer, std::cerr),
      speech_on_(config_.speech_on),
      volume_(config_.volume),
      rate_(config_.rate),
      bundle_(current_bundle(config_)) {}

KioskApp::~KioskApp() {
  // The window goes first, so no family's answers stay on screen while a
  // download in the background takes its time to stop.
  close_window();
  stop_updates();
  count_family();
}

bool KioskApp::open_window() {
  // Audio starts with the first thing said (AudioOut).
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    std::cerr << "signpost-kiosk: cannot start SDL: " << SDL_GetError() << "\n";
    return false;
  }
  sdl_started_ = true;
  // Without a GPU, SDL's own software renderer: OpenGL there is Mesa's
  // llvmpipe, which brings LLVM and buffers of its own (about 75 MB of the
  // kiosk's memory) to draw the same flat 2D frames. SDL_RENDER_DRIVER in the
  // environment still decides.
  const bool gpu = has_gpu();
  if (!gpu) {
    SDL_SetHintWithPriority(SDL_HINT_RENDER_DRIVER, "software", SDL_HINT_DEFAULT);
    // Batching is SDL's default, except where the driver is named, as here.
    SDL_SetHintWithPriority(SDL_HINT_RENDER_BATCHING, "1", SDL_HINT_DEFAULT);
    // And the window's own pixels straight to the X server or compositor, not
    // through an OpenGL texture.
    SDL_SetHintWithPriority(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0", SDL_HINT_DEFAULT);
  }
  Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI;
  int x = SDL_WINDOWPOS_CENTERED, y = SDL_WINDOWPOS_CENTERED, w = options_.window_w, h = options_.window_h;
  if (w == 0) {
    // The whole screen, borderless; full screen proper comes after the first
    // frame (in run()), as asking for it can wait on a window manager.
    flags |= SDL_WINDOW_BORDERLESS;
    SDL_Rect bounds{0, 0, 1920, 1080};
    SDL_GetDisplayBounds(0, &bounds);
    x = bounds.x, y = bounds.y, w = bounds.w, h = bounds.h;
  }
  window_ = SDL_CreateWindow("Signpost", x, y, w, h, flags);
  if (window_ == nullptr) {
    std::cerr << "signpost-kiosk: cannot open a window: " << SDL_GetError() << "\n";
    return false;
  }
  renderer_ = SDL_CreateRenderer(window_, -1, gpu ? SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC : 0);
  if (renderer_ == nullptr) {
    std::cerr << "signpost-kiosk: cannot draw in the window: " << SDL_GetError() << "\n";
    return false;
  }
  SDL_ShowCursor(options_.window_w == 0 ? SDL_DISABLE : SDL_ENABLE);
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing about a session is written to disk
  io.LogFilename = nullptr;
  // ImGui's own font is never drawn (the TextEngine draws every word): its
  // atlas is built only for the layout data ImGui needs, then its pixels are
  // let go. No texture is made of it, so every solid shape goes to SDL with no
  // texture (see sdl_draw.cpp): a rectangle as a rectangle, not as two textured
  // triangles sampled pixel by pixel.
  io.Fonts->Build();
  io.Fonts->ClearTexData();
  ImGui_ImplSDL2_InitForSDLRenderer(window_);
  textures_ = std::make_unique<SdlTextures>(renderer_);
  imgui_ready_ = true;
  ImGui::GetStyle().AntiAliasedLinesUseTex = false;  // lines as shapes too: there is no font texture
  ImGui::GetStyle().ScrollbarSize = 48;
  ImGui::GetStyle().ScrollbarRounding = 0;
  SDL_StartTextInput();
  return true;
}

void KioskApp::close_window() {
  audio_.release();
  if (imgui_ready_) {
    painter_.reset();
    pictures_.reset();
    textures_.reset();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    imgui_ready_ = false;
  }
  if (renderer_ != nullptr) SDL_DestroyRenderer(renderer_);
  renderer_ = nullptr;
  if (window_ != nullptr) SDL_DestroyWindow(window_);
  window_ = nullptr;
  if (sdl_started_) SDL_Quit();
  sdl_started_ = false;
}

double KioskApp::now() const { return SDL_GetTicks64() / 1000.0 + idle_offset_; }

// The date ages count from: --today, or the local date now.
core::rules::Date KioskApp::family_today() const { return options_.today.value_or(local_today()); }

// --- the loop

int KioskApp::run() {
  std::string error;
  engine_ = render::text::TextEngine::create(&error);
  if (!engine_) {
    std::cerr << "signpost-kiosk: " << error << "\n";
    return 1;
  }
  std::vector<ScriptStep> script;
  if (!options_.script_file.empty()) {
    auto text = platform::read_file(options_.script_file);
    auto parsed = text ? parse_script(*text, options_.script_file, &error) : std::nullopt;
    if (!parsed) {
      std::cerr << "signpost-kiosk: " << (text ? error : options_.script_file + ": cannot be read") << "\n";
      return 2;
    }
    script = std::move(*parsed);
  }
  if (!open_window()) return 1;
  painter_ = std::make_unique<render::imgui::TextPainter>(*engine_, *textures_);
  pictures_ = std::make_unique<render::imgui::PicturePainter>(*textures_, [this](const std::string& id) -> const std::string* {
    auto it = content_->pictures.find(id);
    return it == content_->pictures.end() ? nullptr : &it->second;
  });
  view_.set_pictures(pictures_.get());
  start_updates();
  attract_turned_ = now();
  std::size_t next_step = 0;
  bool first = true;
  while (true) {
    FrameInput input;
    SDL_Event event;
    bool quit = false;
    const bool scripted = next_step < script.size();
    double wait_ms = 0;
    if (frames_owed_ == 0 && !scripted) {
      double deadline = std::min(attendant_.next_deadline(), attract_turned_ + 3.0);
      if (attendant_.mode() != Attendant::Mode::kAttract) deadline = attendant_.next_deadline();
      if (audio_.playing()) deadline = std::min(deadline, now() + 0.25);
      wait_ms = std::max(0.0, std::min((deadline - now()) * 1000.0, 60000.0));
      if (!script.empty() && options_.exit_after_script) break;
    }
    if (SDL_WaitEventTimeout(&event, static_cast<int>(std::ceil(wait_ms)))) {
      bool key_acted = false;  // a keypad key's own text (Keypad 2 types "2") is not typing
      do {
        ImGui_ImplSDL2_ProcessEvent(&event);
        if (event.type == SDL_QUIT) quit = true;
        const bool typing = view_.editing() && attendant_.mode() == Attendant::Mode::kInUse && overlay_ == Overlay::kNone;
        if (event.type == SDL_KEYDOWN) {
          // While a text box is being filled in, a key that types (Space, letters) types; it is not a keypad key.
          const SDL_Keycode sym = event.key.keysym.sym;
          const Key key = typing && sym >= SDLK_SPACE && sym <= SDLK_z ? Key::kNone : key_of(sym);
          // A key held down acts once (EN 301 549 5.7), but up and down may run through a list.
          if (key != Key::kNone && (!event.key.repeat || key == Key::kUp || key == Key::kDown)) {
            on_key(key, input);
            key_acted = true;
          }
          if (typing && sym == SDLK_BACKSPACE) view_.erase();
        }
        if (event.type == SDL_TEXTINPUT && typing && !key_acted) view_.type(event.text.text);
        // Typing and scrolling are the family still being there, as keys and taps are.
        if ((event.type == SDL_TEXTINPUT || (event.type == SDL_MOUSEMOTION && pressed_)) &&
            attendant_.mode() == Attendant::Mode::kInUse)
          attendant_.input(now());
        // A touch on the attract screen is the attract screen's (it starts a session there).
        if (event.type == SDL_MOUSEBUTTONUP && attendant_.mode() != Attendant::Mode::kAttract) attendant_.input(now());
        pointer(event, input);
        frames_owed_ = std::max(frames_owed_, 3);
      } while (SDL_PollEvent(&event));
    }
    if (quit) break;
    if (attendant_.tick(now())) wipe();
    if (scripted && frames_owed_ == 0) {
      if (!run_step(script[next_step++], input)) return 3;
      frames_owed_ = std::max(frames_owed_, 2);
    }
    // The attract screen's next language (never under a finger that is touching it).
    if (attendant_.mode() == Attendant::Mode::kAttract && now() - attract_turned_ >= 3.0 && !pressed_ && !input.tapped) {
      take_new_content();
      attract_turned_ = now();
      show_attract_language((attract_index_ + 1) % config_.attract_locales.size());
      frames_owed_ = std::max(frames_owed_, 1);
    }
    frame(input);
    if (first && options_.report_first_frame) {
      std::cout << "first-frame-ms " << static_cast<long>((now() - idle_offset_) * 1000) << std::endl;
    }
    if (first) {
      // Full screen after the first frame: under X, SDL waits up to 100 ms for
      // a window manager to agree (and there may be none).
      if (options_.window_w == 0) SDL_SetWindowFullscreen(window_, SDL_WINDOW_FULLSCREEN_DESKTOP);
      // The voice after the first frame too: espeak-ng reads its data and lists its
      // voices (and its audio library looks for a sound server), which would
      // otherwise keep the screen dark for a tenth of a second or more.
      speech_ = kiosk::Speech::create(&error);
      if (!speech_) std::cerr << "signpost-kiosk: speech is off: " << error << "\n";
    }
    first = false;
    if (frames_owed_ > 0) --frames_owed_;
  }
  return failed_expectation_ ? 3 : 0;
}

void KioskApp::frame(FrameInput input) {
  SDL_GetRendererOutputSize(renderer_, &width_, &height_);
  for (int pass = 0; pass < 2; ++pass) {
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    draw_kiosk(input);
    ImGui::Render();
    // A glyph atlas that had to start again lost glyphs: draw the frame again,
    // without the input (a tap or Enter acts once).
    if (!painter_->upload()) break;
    input = FrameInput{};
    frames_owed_ = std::max(frames_owed_, 1);
  }
  const auto background = high_contrast_ ? render::imgui::high_contrast_theme().background : render::imgui::standard_theme().background;
  SDL_SetRenderDrawColor(renderer_, (background >> 16) & 0xFF, (background >> 8) & 0xFF, background & 0xFF, 0xFF);
  SDL_RenderClear(renderer_);
  draw_lists(renderer_, *ImGui::GetDrawData());
  if (!pending_screenshot_.empty()) write_screenshot();
  SDL_RenderPresent(renderer_);
  after_draw();
}

// --- input

// The Key for an action's name ("up" ... "speech", in kKeyActions' order).
KioskApp::Key KioskApp::key_named(std::string_view action) {
  for (std::size_t i = 0; i < std::size(kKeyActions); ++i) {
    if (action == kKeyActions[i]) return static_cast<Key>(i + 1);
  }
  return Key::kNone;
}

KioskApp::Key KioskApp::key_of(int sdl_key) const {
  for (const auto& [action, names] : config_.keys) {
    for (const auto& name : names) {
      if (SDL_GetKeyFromName(name.c_str()) == sdl_key) return key_named(action);
    }
  }
  return Key::kNone;
}

void KioskApp::on_key(Key key, FrameInput& input) {
  if (key == Key::kNone) return;
  const bool was_attract = attendant_.mode() == Attendant::Mode::kAttract;
  attendant_.input(now());
  if (was_attract) {
    started();
    if (key == Key::kSpeech) speech_on_ = true;
    return;
  }
  // The warning holds the keys: only moving, choosing and speech reach it.
  if (attendant_.mode() == Attendant::Mode::kWarning && (key == Key::kBack || key == Key::kHelp)) return;
  switch (key) {
    case Key::kUp: input.move = -1; break;
    case Key::kDown: input.move = 1; break;
    case Key::kEnter: input.activate = true; break;
    case Key::kBack:
      if (overlay_ != Overlay::kNone) {
        overlay_ = Overlay::kNone;
      } else if (view_.editing()) {
        stop_typing();
      } else {
        core::flow::Event back;
        back.kind = core::flow::Event::Kind::kBack;
        send(back);
      }
      break;
    case Key::kHelp: overlay_ = overlay_ == Overlay::kHelp ? Overlay::kNone : Overlay::kHelp; break;
    case Key::kSpeech:
      if (!speech_on_) {
        speech_on_ = true;
        speak_screen();
      } else if (audio_.playing()) {
        audio_.stop();
      } else {
        speak_screen();
      }
      break;
    case Key::kNone: break;
  }
  if (input.move != 0 && !stops_.empty()) {
    const int n = static_cast<int>(stops_.size());
    focus_ = ((focus_ + input.move) % n + n) % n;
    focus_moved_ = true;
  }
}

// A touch that stays put is a tap; one that moves scrolls the screen instead.
void KioskApp::pointer(const SDL_Event& event, FrameInput& input) {
  constexpr int kSlop = 24;  // pixels a finger may wander and still tap
  if (event.type == SDL_MOUSEBUTTONDOWN && event.button.button == SDL_BUTTON_LEFT) {
    pressed_ = true;
    dragging_ = false;
    press_y_ = last_y_ = event.button.y;
    press_x_ = event.button.x;
  } else if (event.type == SDL_MOUSEMOTION && pressed_) {
    if (!dragging_ && (std::abs(event.motion.y - press_y_) > kSlop || std::abs(event.motion.x - press_x_) > kSlop)) dragging_ = true;
    if (dragging_) drag_scroll_ += static_cast<float>(last_y_ - event.motion.y);
    last_y_ = event.motion.y;
  } else if (event.type == SDL_MOUSEBUTTONUP && event.button.button == SDL_BUTTON_LEFT) {
    pressed_ = false;
    if (dragging_) return;
    input.tapped = true;
    input.tap = ImVec2(static_cast<float>(event.button.x), static_cast<float>(event.button.y));
  }
}

// --- sessions

void KioskApp::started() {
  // Ages count from today's local date, taken as each family starts (a kiosk runs for weeks).
  new_family();
  drag_scroll_ = 0;
}

// A session with no answers, on the content in use, in the attract screen's language.
void KioskApp::new_family() {
  family_ = std::make_unique<FamilySession>(*content_, family_today(), config_.attract_locales.front());
  family_->set_locale(config_.attract_locales[attract_index_]);
  screen_key_.clear();
}

void KioskApp::show_attract_language(std::size_t index) {
  attract_index_ = index;
  family_->set_locale(config_.attract_locales[attract_index_]);
}

void KioskApp::send(const core::flow::Event& event) {
  family_->handle(event);
  frames_owed_ = std::max(frames_owed_, 2);
  take_away_message_.clear();
}

void KioskApp::stop_typing() {
  view_.stop_editing();
  focus_ = field_focus_;
  focus_moved_ = true;
}

void KioskApp::count_family() {
  if (family_ && family_->finished()) counts_.add(family_->record());
}

void KioskApp::wipe() {
  // Every answer, and every choice the family made about how the kiosk looks
  // and sounds, goes; the next family starts from the attract screen.
  count_family();
  family_->wipe();
  view_.forget();
  audio_.release();
  attendant_.finish();
  larger_text_ = false;
  high_contrast_ = false;
  speech_on_ = config_.speech_on;
  volume_ = config_.volume;
  rate_ = config_.rate;
  overlay_ = Overlay::kNone;
  take_away_message_.clear();
  last_said_.clear();
  focus_ = 0;
  focus_moved_ = false;
  screen_key_.clear();
  drag_scroll_ = 0;
  show_attract_language(0);
  attract_turned_ = now();
}

// After a frame: speak what is new (a screen, or the item the keypad moved to).
void KioskApp::after_draw() {
  if (screen_changed_) {
    screen_changed_ = false;
    focus_moved_ = false;
    // The attract screen is spoken when someone presses the speech key, not every few seconds to an empty room.
    if (speech_on_ && attendant_.mode() != Attendant::Mode::kAttract) speak_screen();
  } else if (focus_moved_) {
    focus_moved_ = false;
    if (speech_on_ && focus_ >= 0 && focus_ < static_cast<int>(stops_.size())) say(item_speech(stops_[focus_], family_->words()));
  }
}

}  // namespace signpost::kiosk
