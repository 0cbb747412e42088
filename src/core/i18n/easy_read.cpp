#include "core/i18n/easy_read.h"

#include "core/i18n/catalog.h"
#include "core/i18n/keyed.h"
#include "core/json/reader.h"

namespace signpost::core::i18n {

namespace {

// An "ideas" object, or the "young-person" one: each key's sentences and pictures.
void read_ideas(json::JsonReader ideas, std::map<std::string, std::vector<EasyIdea>>& into) {
  for (const auto& [key, _] : ideas.value().items()) {
    auto list = ideas.member(key);
    if (!list.expect_array()) continue;
    if (list.value().empty()) list.error("expected at least one idea, got an empty array");
    std::vector<EasyIdea> out_ideas;
    for (std::size_t i = 0; i < list.value().size(); ++i) {
      auto idea = list.element(i);
      if (!idea.expect_object()) continue;
      idea.only_keys({"text", "picture"});
      auto pattern = idea.member("text").string();
      auto picture = idea.member("picture").string();
      if (!pattern || !picture) continue;
      ParseError err;
      auto message = Message::parse(*pattern, &err);
      if (!message) {
        idea.member("text").error("ICU MessageFormat error at character " + std::to_string(err.offset + 1) + ": " + err.message);
        continue;
      }
      out_ideas.push_back({std::move(*message), *pattern, *picture});
    }
    into[key] = std::move(out_ideas);
  }
}

}  // namespace

std::optional<EasyReadCatalog> read_easy_read(const std::string& text, const std::string& file, const std::string& locale,
                                              const std::string& name, json::Diagnostics& out) {
  auto doc = json::parse(text, file, out);
  if (!doc) return std::nullopt;
  json::JsonReader r(*doc, file, "", out);
  if (!r.expect_object()) return std::nullopt;
  r.only_keys({"meta", "ideas", kYoungPerson});
  EasyReadCatalog c;
  c.locale = locale;
  c.name = name;
  c.status = read_catalog_meta(r.member("meta"), locale);
  auto ideas = r.member("ideas");
  if (!ideas.expect_object()) return std::nullopt;
  read_ideas(ideas, c.ideas);
  if (r.has(kYoungPerson)) {
    auto young = r.member(kYoungPerson);
    if (young.expect_object()) read_ideas(young, c.young_ideas);
  }
  return c;
}

std::optional<PictureWords> read_picture_words(const std::string& text, const std::string& file, const std::string& locale,
                                               json::Diagnostics& out) {
  auto doc = json::parse(text, file, out);
  if (!doc) return std::nullopt;
  json::JsonReader r(*doc, file, "", out);
  if (!r.expect_object()) return std::nullopt;
  r.only_keys({"meta", "alt"});
  PictureWords words;
  words.locale = locale;
  words.status = read_catalog_meta(r.member("meta"), locale);
  auto alt = r.member("alt");
  if (!alt.expect_object()) return std::nullopt;
  for (const auto& [id, _] : alt.value().items()) {
    auto text_of = alt.member(id);
    auto s = text_of.string();
    if (!s) continue;
    if (s->empty()) text_of.error("every picture needs alternative text, got an empty string");
    else words.alt[id] = *s;
  }
  return words;
}

const EasyReadCatalog* EasyRead::find(const std::string& locale, const std::string& name) const {
  for (const auto& c : catalogs)
    if (c.locale == locale && c.name == name) return &c;
  return nullptr;
}

void EasyRead::put(EasyReadCatalog catalog) { put_by_locale_and_name(catalogs, std::move(catalog)); }

const Picture* EasyRead::picture(const std::string& id) const {
  for (const auto& p : pictures)
    if (p.id == id) return &p;
  return nullptr;
}

std::string EasyRead::alt(const std::string& id, const std::string& locale) const {
  for (const auto& w : picture_words)
    if (w.locale == locale)
      if (auto it = w.alt.find(id); it != w.alt.end()) return it->second;
  const Picture* p = picture(id);
  return p != nullptr ? p->alt : std::string();
}

void EasyRead::put(PictureWords words) { put_by_locale_and_name(picture_words, std::move(words)); }

// Each picture's file and the words that describe it.
void EasyRead::read_pictures(const std::string& text, json::Diagnostics& out) {
  auto doc = json::parse(text, kPicturesPath, out);
  if (!doc) return;
  json::JsonReader r(*doc, kPicturesPath, "", out);
  if (!r.expect_object()) return;
  r.only_keys({"source", "licence", "pictures"});
  if (auto s = r.member("source").string()) pictures_source = *s;
  if (auto l = r.member("licence").string()) pictures_licence = *l;
  auto list = r.member("pictures");
  if (!list.expect_object()) return;
  pictures.clear();
  for (const auto& [id, _] : list.value().items()) {
    auto p = list.member(id);
    if (!p.expect_object()) continue;
    p.only_keys({"file", "alt", "directional"});
    Picture picture{id, p.member("file").string().value_or(""), p.member("alt").string().value_or("")};
    if (p.has("directional")) picture.directional = p.member("directional").boolean().value_or(false);
    if (p.has("alt") && picture.alt.empty()) p.member("alt").error("every picture needs alternative text, got an empty string");
    pictures.push_back(std::move(picture));
  }
}

EasyRead EasyRead::load(const content::ContentSource& content, json::Diagnostics& out) {
  EasyRead e;
  for (const auto& locale : content.list("easyread")) {
    if (locale == "pictures") continue;
    for (const auto& file : content.list("easyread/" + locale)) {
      if (file.size() <= 5 || file.compare(file.size() - 5, 5, ".json") != 0) continue;
      std::string path = "easyread/" + locale + "/" + file;
      const std::string name = file.substr(0, file.size() - 5);
      auto text = content.read(path);
      if (!text) continue;
      if (name == kPictureWordsName) {
        if (auto w = read_picture_words(*text, path, locale, out)) e.put(std::move(*w));
      } else if (auto c = read_easy_read(*text, path, locale, name, out)) {
        e.catalogs.push_back(std::move(*c));
      }
    }
  }
  if (auto text = content.read(kPicturesPath)) e.read_pictures(*text, out);
  return e;
}

}  // namespace signpost::core::i18n
