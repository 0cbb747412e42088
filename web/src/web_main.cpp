// The web checker's entry point, compiled only with Emscripten. The page calls
// one exported function with a request and gets back the HTML to show:
//   request  {"offer": "leicestershire", "today": "YYYY-MM-DD", "accept": [the browser's languages],
//             "fragment": location.hash, "remembered": the last response's "hash" (optional),
//             "event": {...} (optional), "plain": true (optional: English, without easy read),
//             "pictures": where easy read pictures are served, "/pictures/" (optional),
//             "counts": true when the council collects anonymous counts (optional)}
//   response {"html", "title", "service", "skip", "lang", "dir", "screen", "error", "hash",
//             and "record" only on the result when "counts" is on: what this check would send (core/counts/check_record.h)}
//            or {"need": [paths to fetch], "locale"}, or {"failure": why}
// The module holds code and the list of languages, no words. The page fetches
// its own offer's content as one file, content/<offer>.json (rules, questions,
// pathway, places, directory, and the English words, the common ones with the
// offer's own), then any other language's words and easy read as a family asks.
// The fragment is opaque to the page: SessionState reads and writes it. Nothing
// here keeps a family's answers between calls: they travel in the request and
// live only in the page's URL fragment and memory.
#include <algorithm>
#include <emscripten.h>

#include <map>
#include <memory>
#include <set>
#include <string>

#include "core/content/content_source.h"
#include "core/counts/check_record.h"
#include "core/flow/session.h"
#include "core/i18n/locales.h"
#include "core/i18n/localizer.h"
#include "core/i18n/localizers.h"
#include "core/json/reader.h"
#include "core/json/write.h"
#include "core/offer/offer_content.h"
#include "core/offer/offer_reader.h"
#include "render/html/html_renderer.h"
#include "render/html/state_links.h"

namespace {

using namespace signpost;
using core::flow::SessionState;
using core::json::Json;

struct Loaded {
  explicit Loaded(core::offer::OfferContent loaded) : content(std::move(loaded)), words(content.catalogs, content.offer) {}
  core::offer::OfferContent content;
  core::i18n::Localizers words;
};

struct World {
  // What the module holds, and every file the page has handed over since.
  core::content::MemoryContent content = core::content::copy_of(core::content::EmbeddedContent{});
  std::map<std::string, std::unique_ptr<Loaded>> offers;
  std::set<std::string> arrived;  // offers whose content file was handed over
  std::string failure;            // why the last offer asked for could not be loaded

  // Whether the offer's content still has to be fetched.
  bool needs_content(const std::string& id) const {
    return core::offer::is_valid_offer_id(id) && offers.count(id) == 0 && arrived.count(id) == 0 &&
           !content.read("offers/" + id + "/pack.json");
  }

  // Loaded as every front end loads content, checked for what the check
  // needs to run safely; lint's authoring findings (routes no family could
  // reach, facts without a source) were found before `make dist` wrote the
  // content file (core/offer/offer_checks.h), and are not searched for again.
  Loaded* offer(const std::string& id) {
    auto it = offers.find(id);
    if (it != offers.end()) return it->second.get();
    core::json::Diagnostics problems;
    auto loaded = core::offer::load_offer_content(content, id, problems, core::offer::Pictures::kLeave, core::offer::Checks::kSoundness);
    if (!loaded) {
      failure = problems.to_string();
      return nullptr;
    }
    return offers.emplace(id, std::make_unique<Loaded>(std::move(*loaded))).first->second.get();
  }
};

World& world() {
  static World w;
  return w;
}

std::string text_of(const Json& request, const char* key, const char* fallback = "") {
  auto it = request.find(key);
  return it != request.end() && it->is_string() ? it->get<std::string>() : std::string(fallback);
}

// The family's state from the fragment, with any answer they gave earlier in
// this page's life that the fragment lacks (going back through the browser's
// history keeps every answer, as the back link does).
SessionState state_of(const Json& request) {
  SessionState state = SessionState::from_fragment(text_of(request, "fragment")).value_or(SessionState{});
  if (auto remembered = SessionState::from_fragment(text_of(request, "remembered")))
    for (const auto& [id, value] : remembered->answers) state.answers.emplace(id, value);
  if (auto plain = request.find("plain"); plain != request.end() && *plain == true) {
    state.locale = core::i18n::kSourceLocale;
    state.easy_read = false;
  }
  return state;
}

// The language: the one the state names (the family chose it), else the best
// match for the browser's own preferences.
std::string locale_of(const Json& request, const SessionState& state, const core::i18n::Catalogs& catalogs) {
  if (core::i18n::is_pseudo_locale(state.locale)) return state.locale;
  std::vector<std::string> wanted;
  if (!state.locale.empty()) wanted.push_back(state.locale);
  if (auto a = request.find("accept"); a != request.end() && a->is_array())
    for (const auto& tag : *a)
      if (tag.is_string()) wanted.push_back(tag);
  std::vector<std::string> available;
  for (const auto& l : catalogs.languages()) available.push_back(l.locale);
  return core::i18n::negotiate_locale(wanted, available);
}

std::string view(const Json& request) {
  const std::string offer_id = text_of(request, "offer", "leicestershire");
  if (world().needs_content(offer_id)) return core::json::write(Json{{"need", Json::array({"content/" + offer_id + ".json"})}});
  Loaded* loaded = world().offer(offer_id);
  if (loaded == nullptr) return core::json::write(Json{{"failure", world().failure}});
  auto today = core::rules::parse_iso_date(text_of(request, "today"));
  if (!today) return core::json::write(Json{{"failure", "no date, or not a date as YYYY-MM-DD"}});
  const auto& catalogs = loaded->content.catalogs;

  SessionState state = state_of(request);
  state.locale = locale_of(request, state, catalogs);
  // English comes with the offer's content; another language's catalogs are
  // fetched by the page the first time a family picks it, and easy read the
  // first time they turn it on, then handed over with signpost_add_content.
  const std::string words_locale = core::i18n::is_pseudo_locale(state.locale) ? core::i18n::kSourceLocale : state.locale;
  bool has_easy_read = false;
  for (const auto& l : catalogs.languages()) has_easy_read |= l.locale == words_locale && l.easy_read;
  Json need = Json::array();
  for (const std::string& name : {std::string(core::i18n::kCommonCatalog), loaded->content.offer.catalog}) {
    if (catalogs.find(words_locale, name) == nullptr) need.push_back("i18n/" + words_locale + "/" + name + ".json");
    if (state.easy_read && has_easy_read && catalogs.easy_read().find(words_locale, name) == nullptr)
      need.push_back("easyread/" + words_locale + "/" + name + ".json");
  }
  if (state.easy_read && has_easy_read && catalogs.easy_read().pictures.empty()) need.push_back(core::i18n::EasyRead::kPicturesPath);
  // The pictures described in the family's language.
  const auto& described = catalogs.easy_read().picture_words;
  if (state.easy_read && has_easy_read && words_locale != core::i18n::kSourceLocale &&
      std::none_of(described.begin(), described.end(), [&](const auto& w) { return w.locale == words_locale; }))
    need.push_back("easyread/" + words_locale + "/" + core::i18n::kPictureWordsName + ".json");
  if (!need.empty()) return core::json::write(Json{{"need", need}, {"locale", state.locale}});

  const auto& content = loaded->content;
  core::flow::Session session(content.offer, *today, content.directory ? &*content.directory : nullptr);
  session.restore(state);
  if (auto e = request.find("event"); e != request.end()) {
    if (auto event = core::flow::Event::from_json(*e, nullptr)) session.handle(*event);
  }
  const auto& words = loaded->words.get(session.state().locale, session.state().easy_read);
  auto screen = session.screen(words);
  auto links = render::html::links_for(session);
  links.pictures = text_of(request, "pictures", "pictures/");  // the page's way to them; the renderer escapes it
  links.statement = text_of(request, "statement", "");         // the offer's statement, linked from its start page
  // The council asks for anonymous counts: the result asks the family, and the
  // page holds this check's record, to send only if they say yes.
  auto counts = request.find("counts");
  links.counts = counts != request.end() && *counts == true;
  Json response{{"html", render::html::render(screen, links)},
                {"title", screen.title},
                {"service", words.text("offer.name")},
                {"skip", screen.labels["skip_to_content"]},
                {"lang", screen.locale},
                {"dir", screen.dir},
                {"screen", core::view::to_string(screen.kind)},
                {"error", screen.has_error},
                {"hash", session.state().to_fragment()}};
  if (links.counts && screen.kind == core::view::ScreenKind::kResult)
    response["record"] = core::counts::record_of(content.offer, content.directory ? &*content.directory : nullptr, session.counted_answers(),
                                                 session.outcomes(), *today, session.state().locale, session.state().easy_read)
                             .to_json();
  return core::json::write(response);
}

// A path the page may hand over: under offers/<id>/, i18n/<locale>/ or
// easyread/<locale>/, ending .json, with no way out of those folders.
bool is_content_path(const std::string& p) {
  const bool under = p.rfind("offers/", 0) == 0 || p.rfind("i18n/", 0) == 0 || p.rfind("easyread/", 0) == 0;
  return under && p.size() > 5 && p.compare(p.size() - 5, 5, ".json") == 0 && p.find("..") == std::string::npos &&
         p.find("//") == std::string::npos && p.find('\\') == std::string::npos;
}

// An offer's content file: {"files": {"offers/<id>/pack.json": "<its text>", ...}}.
// Each file is read later, under its own path, as every front end reads it.
bool add_offer_content(const std::string& id, const std::string& path, const std::string& text) {
  core::json::Diagnostics problems;
  auto doc = core::json::parse(text, path, problems);
  world().arrived.insert(id);
  const Json* files = doc && doc->is_object() && doc->contains("files") ? &(*doc)["files"] : nullptr;
  if (files == nullptr || !files->is_object()) return false;
  for (const auto& [file, body] : files->items())
    if (is_content_path(file) && body.is_string()) world().content.put(file, body.get<std::string>());
  return true;
}

// Adds a catalog ("i18n/pl/common.json"), easy read ("easyread/en-GB/common.json")
// or the easy read pictures' descriptions (easyread/pictures/pictures.json, and
// in a language, easyread/pl/pictures.json)
// to every offer loaded, and to the content an offer loads from later.
bool add_words(const std::string& p, const std::string& text) {
  const bool easy = p.rfind("easyread/", 0) == 0;
  const std::size_t start = easy ? 9 : 5;
  if (!is_content_path(p) || p.rfind("offers/", 0) == 0 || p.size() < start + 7) return false;
  auto slash = p.find('/', start);
  if (slash == std::string::npos) return false;
  std::string locale = p.substr(start, slash - start), name = p.substr(slash + 1, p.size() - slash - 6);
  core::json::Diagnostics problems;
  if (p == core::i18n::EasyRead::kPicturesPath) {
    for (auto& [id, offer] : world().offers) offer->content.catalogs.easy_read().read_pictures(text, problems);
    if (!problems.empty()) return false;
  } else if (easy && name == core::i18n::kPictureWordsName) {
    auto words = core::i18n::read_picture_words(text, p, locale, problems);
    if (!words) return false;
    for (auto& [id, offer] : world().offers) offer->content.catalogs.easy_read().put(*words);
  } else if (easy) {
    auto catalog = core::i18n::read_easy_read(text, p, locale, name, problems);
    if (!catalog) return false;
    for (auto& [id, offer] : world().offers) offer->content.catalogs.easy_read().put(*catalog);
  } else {
    auto catalog = core::i18n::read_catalog(text, p, locale, name, problems);
    if (!catalog) return false;
    for (auto& [id, offer] : world().offers) offer->content.catalogs.put(*catalog);
  }
  world().content.put(p, text);
  return true;
}

}  // namespace

// Adds a file the page fetched: an offer's content ("content/wakefield.json"),
// a language's words ("i18n/pl/common.json") or easy read
// ("easyread/en-GB/common.json"); 0 if it is none of these or does not read.
extern "C" EMSCRIPTEN_KEEPALIVE int signpost_add_content(const char* path, const char* text) {
  const std::string p = path;
  if (p.rfind("content/", 0) == 0 && p.size() > 13 && p.compare(p.size() - 5, 5, ".json") == 0) {
    const std::string id = p.substr(8, p.size() - 13);
    return core::offer::is_valid_offer_id(id) && add_offer_content(id, p, text) ? 1 : 0;
  }
  return add_words(p, text) ? 1 : 0;
}

extern "C" EMSCRIPTEN_KEEPALIVE const char* signpost_view(const char* request) {
  static std::string out;
  core::json::Diagnostics problems;
  auto parsed = core::json::parse(request, "request", problems);
  out = parsed ? view(*parsed) : core::json::write(Json{{"failure", "the request is not JSON: " + problems.to_string()}});
  return out.c_str();
}
