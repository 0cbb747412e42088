// Feeds the bytes, as an Open Referral UK feed, to core::json::parse and
// import_oruk, writes the services as directory.json text (as the CLI's
// import-directory does) and reads that back with read_directory. Asserts that
// the read-back has no diagnostics: whatever the importer keeps, the directory
// reader accepts.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/directory/directory.h"
#include "core/directory/oruk_import.h"
#include "fuzz_support.h"

namespace core = signpost::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  core::json::Diagnostics out;
  auto feed = core::json::parse(text, "feed.json", out);
  if (!feed) return 0;
  auto imported = core::directory::import_oruk(*feed, "feed.json", "targeted");
  core::directory::Directory directory{std::move(imported.services)};
  const std::string written = core::directory::to_json(directory).dump(2);
  core::json::Diagnostics back;
  auto doc = core::json::parse(written, "directory.json", back);
  FUZZ_CHECK(doc.has_value(), written + "\n" + back.to_string());
  auto read = core::directory::read_directory(*doc, "directory.json", core::directory::ServiceRules{{"universal", "targeted", "specialist"}}, back);
  FUZZ_CHECK(back.empty(), written + "\n" + back.to_string());
  FUZZ_CHECK(read.has_value() && read->services.size() == directory.services.size(), written);
  return 0;
}
