// Lint of the young person's voice (i18n/voice.h): the young person's words
// stand for messages that exist and keep their placeholders; every language
// gives them where English does; and no English message speaks of "your
// child" without them.
#include <algorithm>
#include <cctype>
#include <set>

#include "core/lint_parts.h"
#include "core/text/echo.h"

namespace signpost::core {
namespace {

using i18n::Catalog;
using i18n::Catalogs;

bool speaks_of_your_child(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text.find("your child") != std::string::npos;
}

template <typename Map>
std::set<std::string> keys_of(const Map& map) {
  std::set<std::string> keys;
  for (const auto& [key, _] : map) keys.insert(key);
  return keys;
}

// English gives the young person's words wherever it speaks of "your child"
// (under `parents_at`), and those words never do; `speaks` tells a value that does.
template <typename Map, typename Speaks>
void check_your_child(const Map& parents, const Map& young, const std::string& file, const char* parents_at, Speaks speaks,
                      json::Diagnostics& out) {
  for (const auto& [key, value] : parents)
    if (speaks(value) && !young.count(key))
      out.error(file, json::child_pointer(parents_at, key), "speaks of “your child” with no young person's words: add them under /young-person");
  for (const auto& [key, value] : young)
    if (speaks(value)) out.error(file, json::child_pointer("/young-person", key), "the young person's words still speak of “your child”");
}

// Every language gives the young person's words wherever English does.
void check_same_keys(const std::set<std::string>& english, const std::set<std::string>& own, const std::string& file,
                     json::Diagnostics& out) {
  for (const auto& key : english)
    if (!own.count(key)) out.error(file, "/young-person", "missing the young person's words for " + text::quoted(key) + " (a parent's are shown instead)");
  for (const auto& key : own)
    if (!english.count(key)) out.error(file, json::child_pointer("/young-person", key), "extra: English has no young person's words for this message");
}

void check_catalog(const Catalog& c, const Catalogs& catalogs, json::Diagnostics& out) {
  const std::string file = "i18n/" + c.locale + "/" + c.name + ".json";
  for (const auto& [key, young] : c.young_messages) {
    const std::string at = json::child_pointer("/young-person", key);
    auto parent = c.messages.find(key);
    if (parent == c.messages.end()) out.error(file, at, "extra: no such message under /messages");
    else if (young.arguments() != parent->second.arguments()) out.error(file, at, "placeholders differ from the message's under /messages");
  }
  if (c.locale == i18n::kSourceLocale) {
    check_your_child(c.patterns, c.young_patterns, file, "/messages", speaks_of_your_child, out);
  } else if (const Catalog* english = catalogs.find(i18n::kSourceLocale, c.name)) {
    check_same_keys(keys_of(english->young_patterns), keys_of(c.young_patterns), file, out);
  }
}

void check_easy_read(const i18n::EasyReadCatalog& c, const i18n::EasyRead& easy, json::Diagnostics& out) {
  const std::string file = "easyread/" + c.locale + "/" + c.name + ".json";
  if (c.locale == i18n::kSourceLocale) {
    check_your_child(c.ideas, c.young_ideas, file, "/ideas", [](const std::vector<i18n::EasyIdea>& ideas) {
      return std::any_of(ideas.begin(), ideas.end(), [](const i18n::EasyIdea& idea) { return speaks_of_your_child(idea.pattern); });
    }, out);
  } else if (const auto* english = easy.find(i18n::kSourceLocale, c.name)) {
    check_same_keys(keys_of(english->young_ideas), keys_of(c.young_ideas), file, out);
  }
}

}  // namespace

void check_voices(const Catalogs& catalogs, LintReport& report) {
  for (const auto& c : catalogs.all()) check_catalog(c, catalogs, report.diagnostics);
  for (const auto& c : catalogs.easy_read().catalogs) check_easy_read(c, catalogs.easy_read(), report.diagnostics);
}

}  // namespace signpost::core
