// Shared helpers for the kiosk's tests: the Leicestershire content as a kiosk
// loads it, built once. Builds on tests/core/support.h.
#pragma once

#include <doctest/doctest.h>

#include "../core/support.h"
#include "kiosk/core/family_session.h"

namespace signpost::test {

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
