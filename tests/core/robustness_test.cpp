// Nothing crashes on any input: thousands of damaged copies of the real packs,
// catalogs and answers (bytes dropped, swapped and duplicated, values changed to
// other JSON types) are read, linted and walked without a throw or a crash.
#include "support.h"

#include "core/flow/path.h"
#include "core/lint.h"

using namespace signpost;

namespace {

// A small deterministic generator, so that every run damages the same way.
struct Random {
  unsigned long long state;
  unsigned next(unsigned bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<unsigned>((state >> 33) % bound);
  }
};

std::string damage(std::string text, Random& rng) {
  static const char* kJunk[] = {"{", "}", "[", "]", ",", ":", "\"", "null", "-1", "1e999", "\"\"", "{}", "[]", "\\u0000", "true"};
  int edits = 1 + static_cast<int>(rng.next(4));
  for (int e = 0; e < edits && !text.empty(); ++e) {
    std::size_t at = rng.next(static_cast<unsigned>(text.size()));
    switch (rng.next(4)) {
      case 0: text.erase(at, 1 + rng.next(20)); break;
      case 1: text.insert(at, kJunk[rng.next(std::size(kJunk))]); break;
      case 2: text.insert(at, text.substr(rng.next(static_cast<unsigned>(text.size())), 1 + rng.next(40))); break;
      default: std::swap(text[at], text[rng.next(static_cast<unsigned>(text.size()))]); break;
    }
  }
  return text;
}

}  // namespace

TEST_CASE("damaged packs and catalogs are reported, never crashed on") {
  const char* files[] = {"offers/leicestershire/rules.json", "offers/leicestershire/questions.json", "offers/leicestershire/pack.json",
                         "offers/leicestershire/pathway.json", "i18n/en-GB/leicestershire.json", "i18n/en-GB/common.json"};
  // English and the offers only: other languages and easy read are read the
  // same way, and leaving them out keeps 900 runs quick in WebAssembly too.
  const auto english = core::content::copy_of(test::builtin(), [](const std::string& path) {
    bool other_language = path.rfind("i18n/", 0) == 0 && path.rfind("i18n/en-GB", 0) != 0 && path != "i18n/languages.json";
    return !other_language && path.rfind("easyread", 0) != 0;
  });
  // Without easy read, lint reports its absence; damage is what it finds beyond that.
  const std::size_t baseline = core::lint(english, std::string("leicestershire")).diagnostics.size();
  Random rng{42};
  int reported = 0, runs = 0;
  for (const char* file : files) {
    const std::string original = *test::builtin().read(file);
    for (int i = 0; i < 150; ++i) {
      auto content = english;
      content.put(file, damage(original, rng));
      // A crash or a throw would end the test run; the web build has no exceptions at all.
      core::LintReport report = core::lint(content, std::string("leicestershire"));
      ++runs;
      if (report.diagnostics.size() > baseline) ++reported;
      // Whatever still loads must still walk.
      auto loaded = core::offer::load_offer(content, "leicestershire");
      if (loaded.offer) CHECK(core::flow::walk_path(*loaded.offer, {}, test::kToday).asked.empty());
    }
  }
  // Most damage is caught; some (a swapped letter in a message) is harmless.
  CHECK(reported > runs / 2);
}

TEST_CASE("damaged answer files are refused with a message, never crashed on") {
  const auto& offer = test::builtin_offer("leicestershire");
  const std::string original = test::read_source_file("tests/cases/mia.json");
  Random rng{7};
  for (int i = 0; i < 500; ++i) {
    core::json::Diagnostics out;
    std::string text = damage(original, rng);
    auto doc = core::json::parse(text, "answers.json", out);
    if (doc) {
      auto answers = core::rules::read_answers(*doc, offer, test::kToday, "answers.json", out);
      if (answers) CHECK(core::rules::decide_all(offer, *answers, test::kToday).size() == offer.routes.size());
      else CHECK_FALSE(out.empty());
    } else {
      CHECK_FALSE(out.empty());
    }
  }
}
