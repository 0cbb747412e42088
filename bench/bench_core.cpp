// make bench: how long the core takes to evaluate every route for a family, and
// to walk a whole session (every screen built and localized), against a baseline
// measured in the same run (parsing the family's answers from JSON), so that the
// ratios mean something on any machine. Each figure is the median of repeated
// runs, with the spread between the fastest and slowest run shown as noise.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "core/content/content_source.h"
#include "core/flow/path.h"
#include "core/flow/walk.h"
#include "core/i18n/localizer.h"
#include "core/offer/offer_reader.h"
#include "core/rules/outcome.h"

namespace {

using namespace signpost::core;
using Clock = std::chrono::steady_clock;

struct Figure {
  double median_us, min_us, max_us;
};

// Runs `op` in `runs` batches of `per_run` and returns microseconds per op.
Figure measure(int runs, int per_run, const std::function<void()>& op) {
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

void print(const char* name, const Figure& f, const Figure& base) {
  double spread = f.median_us > 0 ? 100.0 * (f.max_us - f.min_us) / f.median_us : 0;
  std::printf("  %-34s %10.2f us  (runs %.2f-%.2f, spread %4.1f%%)  %7.1fx baseline\n", name, f.median_us, f.min_us, f.max_us, spread,
              f.median_us / base.median_us);
}

}  // namespace

int main() {
  const content::EmbeddedContent content;
  json::Diagnostics problems;
  auto catalogs = i18n::Catalogs::load(content, problems);
  auto loaded = offer::load_offer(content, "leicestershire");
  if (!loaded.offer || !problems.empty()) {
    std::fprintf(stderr, "bench: the built-in content did not load\n%s%s", loaded.diagnostics.to_string().c_str(), problems.to_string().c_str());
    return 1;
  }
  const offer::Offer& leics = *loaded.offer;
  const rules::Date today{2026, 11, 23};
  const std::string mo = R"({"lives_in_area": "yes", "date_of_birth": "2017-05-14", "disability": "yes",
    "dla_care": "high", "ehcp": "yes", "support_needs": ["holiday-activities"]})";
  json::Diagnostics out;
  auto answers = *rules::read_answers(json::Json::parse(mo), leics, today, "mo", out);
  i18n::Localizer words(catalogs, leics, "en-GB");

  constexpr int kRuns = 15;
  std::printf("signpost core bench (Leicestershire offer, Mo's answers; median of %d runs)\n", kRuns);
  Figure base = measure(kRuns, 20000, [&] {
    json::Diagnostics d;
    auto a = rules::read_answers(json::Json::parse(mo), leics, today, "mo", d);
    if (!a) std::abort();
  });
  print("baseline: parse the answers", base, base);
  print("rules: every route with reasons", measure(kRuns, 20000, [&] {
          auto outcomes = rules::decide_all(leics, answers, today);
          if (outcomes.size() != leics.routes.size()) std::abort();
        }), base);
  print("skip logic: the path of questions", measure(kRuns, 2000, [&] {
          if (!flow::walk_path(leics, answers, today).asked.size()) std::abort();
        }), base);
  print("session: a whole walk, 9 screens", measure(kRuns, 100, [&] {
          std::string error;
          if (!flow::walk_answers(leics, words, today, answers, &error)) std::abort();
        }), base);
  print("load: read and validate the pack", measure(kRuns, 20, [&] {
          if (!offer::load_offer(content, "leicestershire").offer) std::abort();
        }), base);
  return 0;
}
