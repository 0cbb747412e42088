// Catalogs: the words, in i18n/<locale>/<name>.json, as ICU MessageFormat
// patterns parsed once at load. "common" holds the chrome shared by every
// offer; each offer has its own catalog for its wording. A message missing in a
// locale falls back to en-GB, and each fallback is counted.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/content/content_source.h"
#include "core/i18n/easy_read.h"
#include "core/i18n/message_format.h"
#include "core/i18n/voice.h"
#include "core/json/diagnostics.h"
#include "core/json/reader.h"

namespace signpost::core::i18n {

inline constexpr const char* kSourceLocale = "en-GB";
inline constexpr const char* kCommonCatalog = "common";

// What a locale's common.json says of the language itself, in its "meta":
// the one place a language is described (README: to add a language).
struct LanguageMeta {
  std::string direction;  // "ltr" or "rtl"
  std::optional<int> order;  // its place in the language control (English 0)
};

struct Catalog {
  std::string locale;
  std::string name;
  std::string status;  // "source", "machine-draft" or "reviewed"
  std::optional<LanguageMeta> language;  // common.json: the language itself
  std::map<std::string, std::string> patterns;
  std::map<std::string, Message> messages;  // the patterns that parsed
  // The young person's own words for the messages that differ (voice.h).
  std::map<std::string, std::string> young_patterns;
  std::map<std::string, Message> young_messages;
};

// A language the content has words for, even when its catalogs are not loaded
// (the web checker fetches them when a family picks the language).
struct LanguageInfo {
  std::string locale;
  std::string name;    // its own name for itself
  std::string status;  // source | machine-draft | reviewed
  bool easy_read = false;  // easyread/<locale>/ holds its easy read wording
  std::string direction = "ltr";  // of its text: ltr | rtl
  int order = 1000;               // its place in the language control (last, when not given)
};

class Catalogs {
 public:
  // Loads every i18n/<locale>/<name>.json, reporting syntax and ICU errors.
  static Catalogs load(const content::ContentSource& content, json::Diagnostics& out);

  const Catalog* find(const std::string& locale, const std::string& name) const;
  std::vector<std::string> locales() const;
  // Every language known, those loaded and those listed in
  // i18n/languages.json, in the order a family is offered them.
  std::vector<LanguageInfo> languages() const;
  // One of them; nullptr when the content has no words for `locale`.
  std::optional<LanguageInfo> language(const std::string& locale) const;
  const std::vector<Catalog>& all() const { return catalogs_; }
  // Adds or replaces a catalog (tests; the web checker's fetched languages).
  void put(Catalog catalog);
  // The easy read wording and pictures.
  const EasyRead& easy_read() const { return easy_read_; }
  EasyRead& easy_read() { return easy_read_; }

 private:
  std::vector<Catalog> catalogs_;
  std::vector<LanguageInfo> listed_;  // from i18n/languages.json
  EasyRead easy_read_;
};

// Reads a catalog's "meta" ({"locale", "status", "translator", "date", "note"});
// returns its status, "" if unreadable.
std::string read_catalog_meta(const json::JsonReader& meta, const std::string& locale);

// Reads one catalog file's text.
std::optional<Catalog> read_catalog(const std::string& text, const std::string& file, const std::string& locale,
                                    const std::string& name, json::Diagnostics& out);

}  // namespace signpost::core::i18n
