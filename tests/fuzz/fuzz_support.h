// What the fuzz harnesses share: a check that stops the run on a broken
// invariant (so that libFuzzer, or the replay driver, reports the input), and
// the fixed "today" the core's tests use.
#pragma once

#include <cstdio>
#include <string>

#include "core/rules/date.h"

namespace signpost::fuzz {

inline constexpr core::rules::Date kToday{2026, 11, 23};

// Prints what broke and traps: under libFuzzer the input is saved as a crash.
[[noreturn]] inline void broken(const char* what, const std::string& detail = {}) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n%s\n", what, detail.c_str());
  std::fflush(stderr);
  __builtin_trap();
}

}  // namespace signpost::fuzz

#define FUZZ_CHECK(condition, detail)                             \
  do {                                                            \
    if (!(condition)) ::signpost::fuzz::broken(#condition, detail); \
  } while (false)
