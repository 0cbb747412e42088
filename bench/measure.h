// Timing for the benches: each figure is the median of repeated runs, with the
// fastest and slowest run shown, and a ratio against a baseline measured in
// the same run, so that the figures mean something on any machine.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

namespace signpost::bench {

struct Figure {
  double median_us, min_us, max_us;
};

// Runs `op` in `runs` batches of `per_run` and returns microseconds per op.
inline Figure measure(int runs, int per_run, const std::function<void()>& op) {
  using Clock = std::chrono::steady_clock;
  op();  // warm caches (formatters, allocations)
  std::vector<double> per_op;
  for (int r = 0; r < runs; ++r) {
    auto start = Clock::now();
    for (int i = 0; i < per_run; ++i) op();
    std::chrono::duration<double, std::micro> took = Clock::now() - start;
    per_op.push_back(took.count() / per_run);
  }
  std::sort(per_op.begin(), per_op.end());
  return {per_op[per_op.size() / 2], per_op.front(), per_op.back()};
}

inline void print(const char* name, const Figure& f, const Figure& base) {
  double spread = f.median_us > 0 ? 100.0 * (f.max_us - f.min_us) / f.median_us : 0;
  std::printf("  %-38s %10.2f us  (runs %.2f-%.2f, spread %4.1f%%)  %8.1fx baseline\n", name, f.median_us, f.min_us, f.max_us, spread,
              f.median_us / base.median_us);
}

}  // namespace signpost::bench
