// Feeds the bytes, as one content file, to pack and catalog loading: the first
// byte picks the offer, the second which of its files (pack, questions, rules,
// pathway, places, directory, its catalogs and easy read wording) the rest
// replaces. Only what that file feeds is loaded, beside the built-in files it
// needs: the offer (load_offer), its directory (load_directory, with the
// built-in offer), or the one catalog (Catalogs::load). Asserts that an offer
// is returned only without diagnostics, that a catalog keeps only messages it
// has patterns for, and that nothing crashes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/content/content_source.h"
#include "core/directory/directory.h"
#include "core/i18n/catalog.h"
#include "core/offer/offer_reader.h"
#include "fuzz_support.h"

namespace core = signpost::core;

namespace {

// The files of an offer's pack, first in each offer's list (load_offer reads them together).
constexpr std::size_t kPackFiles = 5;
constexpr std::size_t kDirectory = 5;

struct OfferFiles {
  std::string id;
  std::vector<std::pair<std::string, std::string>> files;  // path, built-in text
  core::offer::Offer offer;                                // as built in
};

const std::vector<OfferFiles>& offers() {
  static const std::vector<OfferFiles> kOffers = [] {
    const core::content::EmbeddedContent builtin;
    std::vector<OfferFiles> out;
    for (const std::string id : {"leicestershire", "wakefield", "dorset"}) {
      OfferFiles o{id, {}, {}};
      const std::string dir = "offers/" + id + "/";
      for (const std::string& path : {dir + "pack.json", dir + "questions.json", dir + "rules.json", dir + "pathway.json",
                                      dir + "places.json", dir + "directory.json", std::string("i18n/en-GB/common.json"),
                                      "i18n/en-GB/" + id + ".json", "i18n/ur/" + id + ".json", "easyread/en-GB/" + id + ".json",
                                      std::string("easyread/pictures/pictures.json")}) {
        auto text = builtin.read(path);
        if (!text) signpost::fuzz::broken("a built-in content file is missing", path);
        // Without its indentation: the unchanged files are read on every run, and
        // whitespace changes nothing that loading them finds.
        o.files.emplace_back(path, core::json::Json::parse(*text).dump());
      }
      auto loaded = core::offer::load_offer(builtin, id);
      if (!loaded.offer) signpost::fuzz::broken("a built-in offer does not load", loaded.diagnostics.to_string());
      o.offer = std::move(*loaded.offer);
      out.push_back(std::move(o));
    }
    return out;
  }();
  return kOffers;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  const OfferFiles& o = offers()[data[0] % offers().size()];
  const std::size_t replaced = data[1] % o.files.size();
  std::string fuzzed(reinterpret_cast<const char*>(data) + 2, size - 2);
  core::content::MemoryContent content;
  core::json::Diagnostics out;

  if (replaced < kPackFiles) {
    for (std::size_t i = 0; i < kPackFiles; ++i) content.put(o.files[i].first, i == replaced ? fuzzed : o.files[i].second);
    auto loaded = core::offer::load_offer(content, o.id);
    FUZZ_CHECK(!loaded.offer || loaded.diagnostics.empty(), loaded.diagnostics.to_string());
    FUZZ_CHECK(loaded.offer || !loaded.diagnostics.empty(), "refused without a diagnostic");
  } else if (replaced == kDirectory) {
    content.put(o.files[replaced].first, std::move(fuzzed));
    auto directory = core::directory::load_directory(content, o.offer, out);
    FUZZ_CHECK(!directory || out.empty(), out.to_string());
  } else {
    content.put(o.files[replaced].first, std::move(fuzzed));
    const auto catalogs = core::i18n::Catalogs::load(content, out);
    for (const auto& c : catalogs.all())
      for (const auto& [key, message] : c.messages) FUZZ_CHECK(c.patterns.count(key) == 1, c.locale + "/" + c.name + ": " + key);
    (void)catalogs.languages();
  }
  return 0;
}
