// The chrome table (core/flow/chrome_keys.h) against the code: every message
// of English's common.json that the code under src/ and kiosk/ names in a
// string literal is in the table, or is a "label.<name>" of kLabelNames, or a
// question of the shared signposting questions (which lint checks as the
// offer's questions). Natively only: it reads the source tree.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "core/flow/chrome_keys.h"
#include "core/flow/screens.h"

namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("every chrome message the code names is in the chrome table, and every entry is used") {
  const fs::path root = SIGNPOST_SOURCE_DIR;
  const auto common = nlohmann::json::parse(read(root / "i18n/en-GB/common.json"))["messages"];
  std::set<std::string> table(std::begin(signpost::core::flow::kChromeKeys), std::end(signpost::core::flow::kChromeKeys));
  for (const char* name : signpost::core::flow::kLabelNames) table.insert(std::string("label.") + name);

  std::set<std::string> named;
  const std::regex literal(R"re("([a-z_]+(?:\.[a-z_-]+)+)")re");
  for (const char* folder : {"src", "kiosk"})
    for (const auto& entry : fs::recursive_directory_iterator(root / folder)) {
      const auto ext = entry.path().extension();
      if (ext != ".cpp" && ext != ".h") continue;
      const std::string text = read(entry.path());
      for (auto it = std::sregex_iterator(text.begin(), text.end(), literal); it != std::sregex_iterator(); ++it)
        if (common.contains((*it)[1].str())) named.insert((*it)[1].str());
    }
  REQUIRE(named.size() > 20);
  for (const auto& key : named) {
    if (key.rfind("question.", 0) == 0 && key != "question.multi.hint") continue;
    CHECK_MESSAGE(table.count(key), "\"" << key << "\" is used in the code but not in kChromeKeys (core/flow/chrome_keys.h)");
  }
  for (const char* key : signpost::core::flow::kChromeKeys)
    CHECK_MESSAGE(named.count(key), "\"" << key << "\" is in kChromeKeys but no code names it");
}
