// Easy read: the same meaning as a catalog's messages, as short sentences each
// beside a picture (docs/easy-read.md). easyread/<locale>/<catalog>.json holds
// the ideas; easyread/pictures/pictures.json names each picture and its
// alternative text. Depends on the catalog and MessageFormat only.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/content/content_source.h"
#include "core/i18n/message_format.h"
#include "core/i18n/voice.h"
#include "core/json/diagnostics.h"

namespace signpost::core::i18n {

struct EasyIdea {
  Message text;
  std::string pattern;  // as written, for lint
  std::string picture;  // a picture id
};

struct EasyReadCatalog {
  std::string locale;
  std::string name;
  std::string status;
  std::map<std::string, std::vector<EasyIdea>> ideas;  // by message key
  std::map<std::string, std::vector<EasyIdea>> young_ideas;  // the young person's own words (voice.h)
};

struct Picture {
  std::string id;
  std::string file;
  std::string alt;  // in English
  // Points one way (an arrow going on or back): shown mirrored on a page
  // written right to left, where going on is leftwards.
  bool directional = false;
};

// A language's words for the pictures: easyread/<locale>/pictures.json,
// {"meta": {...}, "alt": {"<picture id>": "<alternative text>"}}.
inline constexpr const char* kPictureWordsName = "pictures";
struct PictureWords {
  std::string locale;
  std::string name = kPictureWordsName;
  std::string status;
  std::map<std::string, std::string> alt;  // by picture id
};

// Reads one easyread/<locale>/pictures.json, reporting problems.
std::optional<PictureWords> read_picture_words(const std::string& text, const std::string& file, const std::string& locale,
                                               json::Diagnostics& out);

// Reads one easy read file (easyread/<locale>/<name>.json), reporting problems.
std::optional<EasyReadCatalog> read_easy_read(const std::string& text, const std::string& file, const std::string& locale,
                                              const std::string& name, json::Diagnostics& out);

struct EasyRead {
  std::vector<EasyReadCatalog> catalogs;
  std::vector<Picture> pictures;
  std::vector<PictureWords> picture_words;  // other languages' alternative text
  std::string pictures_source, pictures_licence;

  const EasyReadCatalog* find(const std::string& locale, const std::string& name) const;
  // Adds or replaces a catalog (the web checker fetches easy read when a family turns it on).
  void put(EasyReadCatalog catalog);
  const Picture* picture(const std::string& id) const;
  // The picture's alternative text in `locale`, else in English.
  std::string alt(const std::string& id, const std::string& locale) const;
  // Adds or replaces a language's words for the pictures (the web checker fetches them with easy read).
  void put(PictureWords words);
  // Reads easyread/pictures/pictures.json's text into pictures and their
  // source and licence (the web checker fetches it with easy read).
  void read_pictures(const std::string& text, json::Diagnostics& out);
  static constexpr const char* kPicturesPath = "easyread/pictures/pictures.json";
  // Loads easyread/<locale>/*.json (its pictures.json: the pictures' words) and
  // easyread/pictures/pictures.json, reporting problems.
  static EasyRead load(const content::ContentSource& content, json::Diagnostics& out);
};

}  // namespace signpost::core::i18n
