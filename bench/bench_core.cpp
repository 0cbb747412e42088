// make bench: how long the core takes to evaluate every route for a family, and
// to walk a whole session (every screen built and localized), against a baseline
// measured in the same run (parsing the family's answers from JSON), so that the
// ratios mean something on any machine. Each figure is the median of repeated
// runs, with the spread between the fastest and slowest run shown as noise.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "baseline.h"

#include "core/content/content_source.h"
#include "core/flow/path.h"
#include "core/flow/walk.h"
#include "core/i18n/localizer.h"
#include "core/offer/offer_reader.h"
#include "core/rules/outcome.h"

namespace {

using namespace signpost::core;
using signpost::bench::Figure;
using signpost::bench::measure;
using signpost::bench::print;

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
  const auto answers = signpost::bench::mo_answers(leics, today);
  i18n::Localizer words(catalogs, leics, "en-GB");

  constexpr int kRuns = 15;
  std::printf("signpost core bench (Leicestershire offer, Mo's answers; median of %d runs)\n", kRuns);
  Figure base = signpost::bench::baseline(kRuns, leics, today);
  print("baseline: parse the answers", base, base);
  print("rules: every route with reasons", measure(kRuns, 20000, [&] {
          auto outcomes = rules::decide_all(leics, answers, today);
          if (outcomes.size() != leics.routes.size()) std::abort();
        }), base);
  print("skip logic: the path of questions", measure(kRuns, 2000, [&] {
          if (!flow::walk_path(leics, answers, today).asked.size()) std::abort();
        }), base);
  print("session: a whole walk, 12 screens", measure(kRuns, 100, [&] {
          std::string error;
          if (!flow::walk_answers(leics, words, today, answers, &error)) std::abort();
        }), base);
  print("load: read and validate the pack", measure(kRuns, 20, [&] {
          if (!offer::load_offer(content, "leicestershire").offer) std::abort();
        }), base);
  return 0;
}
