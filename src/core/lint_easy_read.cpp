// Lint of easy read in every language (docs/easy-read.md): complete, short
// sentences with pictures, the message's placeholders, and each picture
// described in the language.
#include <algorithm>
#include <cctype>
#include <set>

#include "core/i18n/locale_services.h"
#include "core/lint_parts.h"
#include "core/text/echo.h"

namespace signpost::core {

using i18n::Catalog;
using i18n::Catalogs;

// Words in a formatted sentence: runs between spaces holding a letter or a
// digit; a dash, quote or bracket alone is not a word.
int word_count(const std::string& text) {
  static const char* const kPunctuation[] = {"\u2013", "\u2014", "\u00ab", "\u00bb", "\u201c", "\u201d", "\u2018", "\u2019", "\u060c"};
  int words = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    std::size_t end = text.find_first_of(" \n\t", i);
    std::string token = text.substr(i, end == std::string::npos ? std::string::npos : end - i);
    for (const char* p : kPunctuation)
      for (auto at = token.find(p); at != std::string::npos; at = token.find(p)) token.erase(at, std::string(p).size());
    if (std::any_of(token.begin(), token.end(), [](unsigned char c) { return std::isalnum(c) || c >= 0x80; })) ++words;
    i = end == std::string::npos ? text.size() : end;
  }
  return words;
}

// Every way an idea can read: each branch of its selects, a plural's forms.
std::vector<std::string> readings(const i18n::Message& m, const std::string& locale) {
  std::vector<std::string> out;
  static const char* kBranches[3][3] = {{"met", "not_met", "unknown"}, {"day", "month", "year"}, {"a", "b", "c"}};
  for (int v = 0; v < 3; ++v) {
    i18n::Args args;
    for (const auto& name : m.arguments()) {
      if (name == "result") args[name] = std::string(kBranches[0][v]);
      else if (name == "part") args[name] = std::string(kBranches[1][v]);
      else args[name] = double(v == 0 ? 1 : 12);
    }
    out.push_back(m.format(args, locale, i18n::platform_locale_services()));
  }
  return out;
}

namespace {

// One key's ideas (its own or the young person's): each a short sentence with a
// known picture, together using the message's placeholders.
void check_ideas(const i18n::EasyRead& easy, const std::string& file, const std::string& at, const std::string& locale,
                 const std::vector<i18n::EasyIdea>& ideas, const i18n::Message& message, json::Diagnostics& out) {
  std::set<std::string> used;
  for (std::size_t i = 0; i < ideas.size(); ++i) {
    const auto& idea = ideas[i];
    for (const auto& a : idea.text.arguments()) used.insert(a);
    if (easy.picture(idea.picture) == nullptr)
      out.error(file, at + "/" + std::to_string(i) + "/picture",
                "unknown picture " + text::quoted(idea.picture) + "; every idea needs one from easyread/pictures/pictures.json");
    for (const auto& reading : readings(idea.text, locale))
      if (word_count(reading) > 15) {
        out.error(file, at + "/" + std::to_string(i) + "/text",
                  "a sentence of " + std::to_string(word_count(reading)) + " words; easy read keeps to 15: " + text::quoted(reading));
        break;
      }
  }
  if (std::vector<std::string>(used.begin(), used.end()) != message.arguments())
    out.error(file, at, "placeholders differ from the catalog's message");
}

// Each language's words for the pictures: every picture, and only those.
void check_picture_words(const i18n::EasyRead& easy, const std::set<std::string>& locales, json::Diagnostics& out) {
  for (const auto& locale : locales) {
    if (locale == i18n::kSourceLocale) continue;  // pictures.json itself is English
    const std::string file = "easyread/" + locale + "/pictures.json";
    auto words = std::find_if(easy.picture_words.begin(), easy.picture_words.end(), [&](const auto& w) { return w.locale == locale; });
    if (words == easy.picture_words.end()) {
      out.error(file, "", "missing: each picture's alternative text in this language (English is read out instead)");
      continue;
    }
    for (const auto& p : easy.pictures)
      if (!words->alt.count(p.id)) out.error(file, "/alt", "missing alternative text for " + text::quoted(p.id));
    for (const auto& [id, _] : words->alt)
      if (easy.picture(id) == nullptr) out.error(file, json::child_pointer("/alt", id), "unknown picture: not in easyread/pictures/pictures.json");
  }
}

}  // namespace

void check_easy_read(const content::ContentSource& content, const Catalogs& catalogs, LintReport& report) {
  auto& out = report.diagnostics;
  const auto& easy = catalogs.easy_read();
  for (const auto& p : easy.pictures)
    if (!content.read("easyread/pictures/" + p.file))
      out.error("easyread/pictures/pictures.json", json::child_pointer("/pictures", p.id) + "/file", "no picture file easyread/pictures/" + p.file);
  std::set<std::string> locales;  // those with easy read
  for (const auto& c : easy.catalogs) {
    locales.insert(c.locale);
    const std::string file = "easyread/" + c.locale + "/" + c.name + ".json";
    const Catalog* ordinary = catalogs.find(c.locale, c.name);
    if (ordinary == nullptr) {
      out.error(file, "", "no catalog i18n/" + c.locale + "/" + c.name + ".json for this easy read");
      continue;
    }
    for (const auto& [key, ideas] : c.ideas) {
      auto message = ordinary->messages.find(key);
      if (message == ordinary->messages.end()) out.error(file, json::child_pointer("/ideas", key), "extra: the catalog has no such message");
      else check_ideas(easy, file, json::child_pointer("/ideas", key), c.locale, ideas, message->second, out);
    }
    for (const auto& [key, ideas] : c.young_ideas) {
      auto message = ordinary->messages.find(key);
      if (message == ordinary->messages.end() || !c.ideas.count(key))
        out.error(file, json::child_pointer("/young-person", key), "extra: no easy read of this message for a parent, under /ideas");
      else check_ideas(easy, file, json::child_pointer("/young-person", key), c.locale, ideas, message->second, out);
    }
    // A language's easy read is complete: every message has its ideas.
    for (const auto& [key, _] : ordinary->patterns)
      if (!c.ideas.count(key)) out.error(file, "/ideas", "missing easy read for " + text::quoted(key) + " (the ordinary words are shown instead)");
  }
  // Every catalog of a language with easy read has its easy read.
  for (const auto& c : catalogs.all())
    if (locales.count(c.locale) && easy.find(c.locale, c.name) == nullptr)
      out.error("easyread/" + c.locale + "/" + c.name + ".json", "", "missing: this language's easy read covers every catalog");
  if (!locales.count(i18n::kSourceLocale))
    out.error(std::string("easyread/") + i18n::kSourceLocale, "", "missing: English easy read covers every catalog");
  check_picture_words(easy, locales, out);
}

}  // namespace signpost::core
