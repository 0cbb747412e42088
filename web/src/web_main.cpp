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
#include "core/i18n/localizer.h"
#include "core/offer/offer_reader.h"
#include "render/html/html_renderer.h"
#include "render/html/state_links.h"

namespace {

using namespace signpost;
using core::json::Json;

struct Loaded {
  core::offer::Offer offer;
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
    return offers.emplace(id, std::move(l)).first->second.get();
  }

  const core::i18n::Localizer& words(Loaded& l, std::string locale) {
    auto locales = catalogs.locales();
    if (std::find(locales.begin(), locales.end(), locale) == locales.end()) locale = core::i18n::kSourceLocale;
    auto& slot = l.words[locale];
    if (!slot) slot = std::make_unique<core::i18n::Localizer>(catalogs, l.offer, locale);
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

  const auto& words = world().words(*loaded, text("locale", core::i18n::kSourceLocale));
  core::flow::Session session(loaded->offer, words, *today);
  if (auto s = request.find("state"); s != request.end()) session.restore(*s);
  if (auto e = request.find("event"); e != request.end()) {
    if (auto event = core::flow::Event::from_json(*e, nullptr)) session.handle(*event);
  }
  auto screen = session.screen();
  auto href = [&](const core::view::Element& action) { return render::html::state_href(session, action); };
  return Json{{"html", render::html::render(screen, href)},
              {"title", screen.title},
              {"service", words.text("offer.name")},
              {"lang", screen.locale},
              {"dir", screen.dir},
              {"screen", screen.kind},
              {"error", screen.has_error},
              {"hash", "#" + render::html::percent_encode(session.state().dump())}}
      .dump();
}

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE const char* signpost_view(const char* request) {
  static std::string out;
  auto parsed = Json::parse(request, nullptr, false);
  out = parsed.is_discarded() ? Json{{"failure", "the request is not JSON"}}.dump() : view(parsed);
  return out.c_str();
}
