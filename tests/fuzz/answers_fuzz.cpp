// Feeds the bytes, as an answers file, to read_answers for one of the built-in
// offers (the first byte picks which). Asserts that answers are returned only
// without diagnostics, and that what was read, written back with to_json and
// read again, is the same answers with no diagnostics.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/content/content_source.h"
#include "core/offer/offer_reader.h"
#include "core/rules/answers.h"
#include "fuzz_support.h"

namespace core = signpost::core;

namespace {

const std::vector<core::offer::Offer>& offers() {
  static const std::vector<core::offer::Offer> kOffers = [] {
    std::vector<core::offer::Offer> out;
    const core::content::EmbeddedContent content;
    for (const char* id : {"leicestershire", "wakefield", "dorset"}) {
      auto loaded = core::offer::load_offer(content, id);
      if (!loaded.offer) signpost::fuzz::broken("a built-in offer does not load", loaded.diagnostics.to_string());
      out.push_back(std::move(*loaded.offer));
    }
    return out;
  }();
  return kOffers;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const auto& offer = offers()[data[0] % offers().size()];
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  core::json::Diagnostics out;
  auto doc = core::json::parse(text, "answers.json", out);
  if (!doc) return 0;
  auto answers = core::rules::read_answers(*doc, offer, signpost::fuzz::kToday, "answers.json", out);
  if (!answers) {
    FUZZ_CHECK(!out.empty(), "refused without a diagnostic");
    return 0;
  }
  FUZZ_CHECK(out.empty(), out.to_string());
  const core::json::Json written = core::rules::to_json(*answers);
  core::json::Diagnostics again_out;
  auto again = core::rules::read_answers(written, offer, signpost::fuzz::kToday, "written.json", again_out);
  FUZZ_CHECK(again.has_value() && again_out.empty(), written.dump() + "\n" + again_out.to_string());
  FUZZ_CHECK(*again == *answers, written.dump());
  return 0;
}
