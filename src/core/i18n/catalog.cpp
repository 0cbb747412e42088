#include "core/i18n/catalog.h"

#include <algorithm>

#include "core/i18n/keyed.h"
#include "core/json/reader.h"
#include "core/text/echo.h"

namespace signpost::core::i18n {

namespace {

// common.json says how its language is written and where it is offered;
// other catalogs leave that to it.
std::optional<LanguageMeta> read_language_meta(const json::JsonReader& meta, const std::string& name) {
  const bool common = name == kCommonCatalog;
  if (!common) {
    for (const char* key : {"direction", "order"})
      if (meta.value().contains(key)) meta.member(key).error("expected only in common.json, which describes the language");
    return std::nullopt;
  }
  LanguageMeta language;
  // A missing member is reported once, as missing.
  for (const char* key : {"direction", "order"})
    if (!meta.has(key)) meta.member(key);
  if (meta.has("direction")) language.direction = meta.member("direction").one_of({"ltr", "rtl"}).value_or("ltr");
  if (!meta.has("order")) return language;
  if (auto order = meta.member("order").integer_in(0, 1000, "a place in the language control (0 first)")) language.order = static_cast<int>(*order);
  return language;
}

}  // namespace

std::string read_catalog_meta(const json::JsonReader& meta, const std::string& locale) {
  if (!meta.expect_object()) return "";
  meta.only_keys({"locale", "status", "translator", "date", "note", "direction", "order"});
  if (auto l = meta.member("locale").string(); l && *l != locale)
    meta.member("locale").error("expected " + text::quoted(locale) + " (the folder's name), got " + text::quoted(*l));
  return meta.member("status").one_of({"source", "machine-draft", "reviewed"}).value_or("");
}

namespace {

// A "messages" object, or the "young-person" one: each pattern parsed.
void read_messages(json::JsonReader messages, std::map<std::string, std::string>& patterns, std::map<std::string, Message>& parsed) {
  for (const auto& [key, value] : messages.value().items()) {
    auto m = messages.member(key);
    auto pattern = m.string();
    if (!pattern) continue;
    ParseError err;
    auto message = Message::parse(*pattern, &err);
    if (!message) {
      m.error("ICU MessageFormat error at character " + std::to_string(err.offset + 1) + ": " + err.message);
      continue;
    }
    patterns[key] = *pattern;
    parsed.emplace(key, std::move(*message));
  }
}

}  // namespace

std::optional<Catalog> read_catalog(const std::string& text, const std::string& file, const std::string& locale,
                                    const std::string& name, json::Diagnostics& out) {
  auto doc = json::parse(text, file, out);
  if (!doc) return std::nullopt;
  json::JsonReader r(*doc, file, "", out);
  if (!r.expect_object()) return std::nullopt;
  r.only_keys({"meta", "messages", kYoungPerson});
  Catalog c;
  c.locale = locale;
  c.name = name;
  c.status = read_catalog_meta(r.member("meta"), locale);
  if (r.member("meta").value().is_object()) c.language = read_language_meta(r.member("meta"), name);
  auto messages = r.member("messages");
  if (!messages.expect_object()) return std::nullopt;
  read_messages(messages, c.patterns, c.messages);
  if (r.has(kYoungPerson)) {
    auto young = r.member(kYoungPerson);
    if (young.expect_object()) read_messages(young, c.young_patterns, c.young_messages);
  }
  return c;
}

Catalogs Catalogs::load(const content::ContentSource& content, json::Diagnostics& out) {
  Catalogs catalogs;
  if (auto listed = content.read("i18n/languages.json")) {
    json::Diagnostics ignored;  // written by the build from the catalogs themselves
    if (auto doc = json::parse(*listed, "i18n/languages.json", ignored); doc && doc->contains("languages"))
      for (const auto& l : (*doc)["languages"])
        if (l.is_object() && l.value("locale", "") != "")
          catalogs.listed_.push_back({l.value("locale", ""), l.value("name", ""), l.value("status", ""), l.value("easy_read", false),
                                      l.value("direction", "ltr"), l.value("order", 1000)});
  }
  for (const auto& locale : content.list("i18n")) {
    for (const auto& file : content.list("i18n/" + locale)) {
      if (file.size() <= 5 || file.compare(file.size() - 5, 5, ".json") != 0) continue;
      std::string path = "i18n/" + locale + "/" + file;
      auto text = content.read(path);
      if (!text) continue;
      if (auto c = read_catalog(*text, path, locale, file.substr(0, file.size() - 5), out)) catalogs.put(std::move(*c));
    }
  }
  catalogs.easy_read_ = EasyRead::load(content, out);
  return catalogs;
}

const Catalog* Catalogs::find(const std::string& locale, const std::string& name) const {
  for (const auto& c : catalogs_)
    if (c.locale == locale && c.name == name) return &c;
  return nullptr;
}

std::vector<std::string> Catalogs::locales() const {
  std::vector<std::string> out;
  for (const auto& c : catalogs_)
    if (std::find(out.begin(), out.end(), c.locale) == out.end()) out.push_back(c.locale);
  return out;
}

std::vector<LanguageInfo> Catalogs::languages() const {
  std::vector<LanguageInfo> out = listed_;
  for (const auto& c : catalogs_) {
    if (c.name != kCommonCatalog) continue;
    LanguageInfo info{c.locale, c.locale, c.status};
    if (auto name = c.patterns.find("language.name"); name != c.patterns.end()) info.name = name->second;
    if (c.language) {
      info.direction = c.language->direction;
      info.order = c.language->order.value_or(info.order);
    }
    auto listed = std::find_if(out.begin(), out.end(), [&](const LanguageInfo& l) { return l.locale == c.locale; });
    if (listed == out.end()) {
      out.push_back(std::move(info));
    } else {
      info.easy_read = listed->easy_read;
      *listed = std::move(info);  // the catalog itself, when loaded, over the build's list
    }
  }
  // Locales are unique here, so (order, locale) orders them all. An insertion
  // sort, for a dozen languages: far less code in the module than std::sort's.
  const auto before = [](const LanguageInfo& a, const LanguageInfo& b) {
    return a.order != b.order ? a.order < b.order : a.locale < b.locale;
  };
  for (auto it = out.begin(); it != out.end(); ++it) std::rotate(std::upper_bound(out.begin(), it, *it, before), it, it + 1);
  return out;
}

std::optional<LanguageInfo> Catalogs::language(const std::string& locale) const {
  for (auto& l : languages())
    if (l.locale == locale) return l;
  return std::nullopt;
}

void Catalogs::put(Catalog catalog) { put_by_locale_and_name(catalogs_, std::move(catalog)); }

}  // namespace signpost::core::i18n
