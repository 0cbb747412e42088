// KioskApp, content updates: fetched on a background thread at start and every
// four hours, and taken between families only.
#include <chrono>
#include <iostream>

#include "kiosk/app/kiosk_app.h"
#include "platform/native/content_update.h"
#include "kiosk/core/newest_content.h"

namespace signpost::kiosk {

// --- content updates

void KioskApp::start_updates() {
  if (config_.update_url.empty() || config_.content_dir.empty()) return;
  updater_ = std::thread([this] {
    // At start, then every four hours; a failed fetch changes nothing and waits for the next.
    std::unique_lock<std::mutex> lock(updater_mutex_);
    while (!updater_stop_) {
      lock.unlock();
      auto result = platform::update_content(config_.update_url, config_.content_dir);
      std::cerr << "signpost-kiosk: content update: " << to_string(result.status) << ": " << result.summary << "\n";
      lock.lock();
      updater_wake_.wait_for(lock, std::chrono::hours(4), [this] { return updater_stop_; });
    }
  });
}

void KioskApp::stop_updates() {
  if (!updater_.joinable()) return;
  {
    std::lock_guard<std::mutex> lock(updater_mutex_);
    updater_stop_ = true;
  }
  updater_wake_.notify_all();
  updater_.join();
}

// Between families only: a family never sees the words change under them.
void KioskApp::take_new_content() {
  const std::string bundle = current_bundle(config_);
  if (bundle == bundle_) return;
  bundle_ = bundle;
  std::string which;
  auto content = load_newest_content(config_, &which);
  std::cerr << "signpost-kiosk: new content: " << which << "\n";
  if (!content) return;
  family_.reset();  // it refers to the old content: it goes first
  content_ = std::move(content);
  new_family();
  pictures_->forget();
}

}  // namespace signpost::kiosk
