// The web checker's entry point, compiled only with Emscripten. The page calls
// one exported function with a request and gets back the HTML to show:
//   request  {"offer": "leicestershire", "today": "YYYY-MM-DD", "locale": "en-GB",
//             "state": {...} (from the URL fragment), "event": {...} (optional)}
//   response {"html", "title", "lang", "dir", "screen", "error", "hash"}
// Nothing here keeps a family's answers between calls: the state travels in the
// request and lives only in the page's URL fragment.
#include <emscripten.h>

#include <map>
#include <memory>
#include <string>

#include "core/content/content_source.h"
#include "core/flow/session.h"
#include "core/i18n/locales.h"
#include "core/i18n/localizer.h"
#include "core/offer/offer_reader.h"
#include "render/html/html_renderer.h"
#include "core/url/percent_encode.h"
#include "render/html/state_links.h"

namespace {

using namespace signpost;
using core::json::Json;

struct Loaded {
  core::offer::Offer offer;
  std::optional<core::directory::Directory> directory;  // linted at build time, like the rest
  std::map<std::string, std::unique_ptr<core::i18n::Localizer>> words;  // by locale
};

struct World {
  core::content::EmbeddedContent content;
  core::i18n::Catalogs catalogs;
  std::map<std::string, std::unique_ptr<Loaded>> offers;

  World() {
    core::json::Diagnostics ignored;  // the built-in content is linted at build time
    catalogs = core::i18n::Catalogs::load(content, ignored);
  }

  Loaded* offer(const std::string& id) {
    auto it = offers.find(id);
    if (it != offers.end()) return it->second.get();
    auto loaded = core::offer::load_offer(content, id);
    if (!loaded.offer) return nullptr;
    auto l = std::make_unique<Loaded>();
    l->offer = std::move(*loaded.offer);
    core::json::Diagnostics ignored;
    l->directory = core::directory::load_directory(content, l->offer, ignored);
    return offers.emplace(id, std::move(l)).first->second.get();
  }

  const core::i18n::Localizer& words(Loaded& l, const std::string& locale, bool easy_read) {
    auto& slot = l.words[locale + (easy_read ? "+easy" : "")];
    if (!slot) slot = std::make_unique<core::i18n::Localizer>(catalogs, l.offer, locale, easy_read);
    return *slot;
  }
};

World& world() {
  static World w;
  return w;
}

std::string view(const Json& request) {
  auto text = [&](const char* key, const char* fallback) {
    auto it = request.find(key);
    return it != request.end() && it->is_string() ? it->get<std::string>() : std::string(fallback);
  };
  Loaded* loaded = world().offer(text("offer", "leicestershire"));
  if (loaded == nullptr) loaded = world().offer("leicestershire");
  auto today = core::rules::parse_iso_date(text("today", ""));
  if (loaded == nullptr || !today) return Json{{"failure", "no such offer, or no date"}}.dump();

  // The language: the one the state names (the family chose it), else the best
  // match for the browser's own preferences.
  std::string locale;
  if (auto s = request.find("state"); s != request.end() && s->is_object() && s->contains("l") && (*s)["l"].is_string()) locale = (*s)["l"];
  if (locale.empty() || !core::i18n::is_pseudo_locale(locale)) {
    std::vector<std::string> wanted;
    if (!locale.empty()) wanted.push_back(locale);
    if (auto a = request.find("accept"); a != request.end() && a->is_array())
      for (const auto& tag : *a)
        if (tag.is_string()) wanted.push_back(tag);
    std::vector<std::string> available;
    for (const auto& l : world().catalogs.languages()) available.push_back(l.locale);
    locale = core::i18n::negotiate_locale(wanted, available);
  }
  bool easy = false;
  if (auto s = request.find("state"); s != request.end() && s->is_object()) {
    auto e = s->find("e");
    easy = e != s->end() && e->is_number_integer() && *e == 1;
  }
  // English is built in; another language's catalogs are fetched by the page
  // the first time a family picks it, and easy read the first time they turn
  // it on, then handed over with signpost_add_catalog.
  const std::string words_locale = core::i18n::is_pseudo_locale(locale) ? core::i18n::kSourceLocale : locale;
  bool has_easy_read = false;
  for (const auto& l : world().catalogs.languages()) has_easy_read |= l.locale == words_locale && l.easy_read;
  Json need = Json::array();
  for (const std::string& name : {std::string(core::i18n::kCommonCatalog), loaded->offer.catalog}) {
    if (world().catalogs.find(words_locale, name) == nullptr) need.push_back("i18n/" + words_locale + "/" + name + ".json");
    if (easy && has_easy_read && world().catalogs.easy_read().find(words_locale, name) == nullptr)
      need.push_back("easyread/" + words_locale + "/" + name + ".json");
  }
  if (!need.empty()) return Json{{"need", need}, {"locale", locale}}.dump();
  const auto& words = world().words(*loaded, locale, easy);
  core::flow::Session session(loaded->offer, words, *today, loaded->directory ? &*loaded->directory : nullptr);
  if (auto s = request.find("state"); s != request.end()) session.restore(*s);
  if (auto e = request.find("event"); e != request.end()) {
    if (auto event = core::flow::Event::from_json(*e, nullptr)) session.handle(*event);
  }
  auto screen = session.screen();
  render::html::Links links{[&](const core::view::Element& action) { return render::html::state_href(session, action); },
                            [&](const std::string& locale) { return render::html::locale_href(session, locale); },
                            [&](bool on) { return render::html::easy_read_href(session, on); }};
  return Json{{"html", render::html::render(screen, links)},
              {"title", screen.title},
              {"service", words.text("offer.name")},
              {"lang", screen.locale},
              {"dir", screen.dir},
              {"screen", screen.kind},
              {"error", screen.has_error},
              {"hash", "#" + core::url::percent_encode(session.state().dump())}}
      .dump();
}

}  // namespace

// Adds words the page fetched: a catalog ("i18n/pl/common.json") or easy read
// ("easyread/en-GB/common.json"); false if it is neither.
extern "C" EMSCRIPTEN_KEEPALIVE int signpost_add_catalog(const char* path, const char* text) {
  const std::string p = path;
  const bool easy = p.rfind("easyread/", 0) == 0;
  const std::size_t start = easy ? 9 : 5;
  if ((!easy && p.rfind("i18n/", 0) != 0) || p.size() < start + 7 || p.compare(p.size() - 5, 5, ".json") != 0) return 0;
  auto slash = p.find('/', start);
  if (slash == std::string::npos) return 0;
  std::string locale = p.substr(start, slash - start), name = p.substr(slash + 1, p.size() - slash - 6);
  core::json::Diagnostics problems;
  if (easy) {
    auto catalog = core::i18n::read_easy_read(text, p, locale, name, problems);
    if (!catalog) return 0;
    world().catalogs.easy_read().put(std::move(*catalog));
  } else {
    auto catalog = core::i18n::read_catalog(text, p, locale, name, problems);
    if (!catalog) return 0;
    world().catalogs.put(std::move(*catalog));
  }
  return 1;
}

extern "C" EMSCRIPTEN_KEEPALIVE const char* signpost_view(const char* request) {
  static std::string out;
  auto parsed = Json::parse(request, nullptr, false);
  out = parsed.is_discarded() ? Json{{"failure", "the request is not JSON"}}.dump() : view(parsed);
  return out.c_str();
}
