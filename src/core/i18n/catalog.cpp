#include "core/i18n/catalog.h"

#include <algorithm>

#include "core/json/reader.h"

namespace signpost::core::i18n {

std::optional<Catalog> read_catalog(const std::string& text, const std::string& file, const std::string& locale,
                                    const std::string& name, json::Diagnostics& out) {
  auto doc = json::parse(text, file, out);
  if (!doc) return std::nullopt;
  json::JsonReader r(*doc, file, "", out);
  if (!r.expect_object()) return std::nullopt;
  r.only_keys({"meta", "messages"});
  Catalog c;
  c.locale = locale;
  c.name = name;
  auto meta = r.member("meta");
  if (meta.expect_object()) {
    meta.only_keys({"locale", "status", "translator", "date", "note"});
    if (auto l = meta.member("locale").string(); l && *l != locale)
      meta.member("locale").error("expected \"" + locale + "\" (the folder's name), got \"" + *l + "\"");
    if (auto s = meta.member("status").one_of({"source", "machine-draft", "reviewed"})) c.status = *s;
  }
  auto messages = r.member("messages");
  if (!messages.expect_object()) return std::nullopt;
  for (const auto& [key, value] : messages.value().items()) {
    auto m = messages.member(key);
    auto pattern = m.string();
    if (!pattern) continue;
    ParseError err;
    auto parsed = Message::parse(*pattern, &err);
    if (!parsed) {
      m.error("ICU MessageFormat error at character " + std::to_string(err.offset + 1) + ": " + err.message);
      continue;
    }
    c.patterns[key] = *pattern;
    c.messages.emplace(key, std::move(*parsed));
  }
  return c;
}

Catalogs Catalogs::load(const content::ContentSource& content, json::Diagnostics& out) {
  Catalogs catalogs;
  for (const auto& locale : content.list("i18n")) {
    for (const auto& file : content.list("i18n/" + locale)) {
      if (file.size() <= 5 || file.compare(file.size() - 5, 5, ".json") != 0) continue;
      std::string path = "i18n/" + locale + "/" + file;
      auto text = content.read(path);
      if (!text) continue;
      if (auto c = read_catalog(*text, path, locale, file.substr(0, file.size() - 5), out)) catalogs.put(std::move(*c));
    }
  }
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

void Catalogs::put(Catalog catalog) {
  for (auto& c : catalogs_) {
    if (c.locale == catalog.locale && c.name == catalog.name) {
      c = std::move(catalog);
      return;
    }
  }
  catalogs_.push_back(std::move(catalog));
}

}  // namespace signpost::core::i18n
