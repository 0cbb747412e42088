// Shared helpers for the kiosk's tests: the Leicestershire content as a kiosk
// loads it, built once. Builds on tests/core/support.h.
#pragma once

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "../core/support.h"
#include "kiosk/core/family_session.h"

namespace signpost::test {

// A folder of the test's own under the system's temporary folder, made empty
// at the start and removed at the end.
struct TempDir {
  explicit TempDir(const std::string& name)
      : path(std::filesystem::temp_directory_path() / ("signpost-" + name + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::filesystem::path path;
};

inline const kiosk::KioskContent& kiosk_content() {
  static const kiosk::KioskContent kContent = [] {
    core::json::Diagnostics out;
    auto loaded = core::offer::load_offer_content(builtin(), "leicestershire", out, core::offer::Pictures::kLoad);
    INFO(out.to_string());
    REQUIRE(loaded);
    return std::move(*loaded);
  }();
  return kContent;
}

}  // namespace signpost::test
