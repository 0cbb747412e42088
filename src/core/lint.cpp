// Sections: the message keys an offer needs (keys_of); an offer's words and
// their arguments; criterion numbers written out; the catalog sets (chrome,
// each language's place, every catalog in every language); signposting
// (places and directory); lint() itself. Easy read and the young person's
// voice are checked in lint_easy_read.cpp and lint_voice.cpp.
#include "core/lint.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "core/directory/directory.h"
#include "core/directory/suits.h"
#include "core/flow/chrome_keys.h"
#include "core/flow/criterion_words.h"
#include "core/flow/screens.h"
#include "core/i18n/catalog.h"
#include "core/lint_parts.h"
#include "core/json/reader.h"
#include "core/offer/offer_reader.h"
#include "core/text/echo.h"

namespace signpost::core {
namespace {

using i18n::Catalog;
using i18n::Catalogs;

// Arguments the core itself passes to messages.
const std::set<std::string> kCoreArguments = {"result", "part",    "option", "page",  "service", "title",   "count", "district",
                                              "query",  "minutes", "min",    "max",   "until",   "opens",   "closes", "route",
                                              "council", "date",   "contact"};

struct KeyUse {
  std::string key;
  std::string file;     // where it is needed
  std::string pointer;  // empty for keys the format derives from ids
  bool optional = false;
};

std::vector<KeyUse> keys_of(const offer::Offer& o) {
  const std::string dir = "offers/" + o.id + "/";
  std::vector<KeyUse> keys;
  auto derived = [&](std::string key, const std::string& file, bool optional = false) {
    keys.push_back({std::move(key), dir + file, "", optional});
  };
  for (const char* k : {"offer.name", "offer.area", "offer.intro"}) derived(k, "pack.json");
  for (const auto& t : o.tiers) {
    derived("tier." + t + ".name", "pack.json");
    derived("tier." + t + ".summary", "pack.json");
  }
  for (const auto& c : o.contacts) {
    derived("contact." + c.id + ".name", "pack.json");
    derived("contact." + c.id + ".how", "pack.json");
  }
  for (const auto& q : o.questions) {
    const std::string base = "question." + q.id;
    for (const char* part : {".title", ".short", ".error.required"}) derived(base + part, "questions.json");
    derived(base + ".hint", "questions.json", true);
    derived(base + ".need", "questions.json", true);
    for (const auto& opt : q.options)
      if (q.kind != offer::QuestionKind::kPlace || opt == offer::kUnknownAnswer) derived(base + ".option." + opt, "questions.json");
    if (q.kind == offer::QuestionKind::kPlace)  // the areas are named in places.json
      for (const char* part : {".postcode", ".postcode_hint", ".areas", ".error.postcode", ".error.district"}) derived(base + part, "questions.json");
    if (q.kind == offer::QuestionKind::kDate)
      for (const char* part : {".error.missing", ".error.invalid", ".error.future"}) derived(base + part, "questions.json");
    if (q.voice) derived(base + ".error.ages", "questions.json");
  }
  for (std::size_t i = 0; i < o.routes.size(); ++i) {
    const auto& r = o.routes[i];
    derived("route." + r.id + ".title", "rules.json");
    derived("route." + r.id + ".summary", "rules.json");
    derived("route." + r.id + ".who", "rules.json");
    for (std::size_t k = 0; k < r.next_steps.size(); ++k)
      keys.push_back({r.next_steps[k], dir + "rules.json", "/routes/" + std::to_string(i) + "/next_steps/" + std::to_string(k)});
  }
  for (const auto& c : o.criteria) {
    derived("criterion." + c.id, "rules.json");
    if (!c.check.empty()) keys.push_back({c.check, dir + "rules.json", c.pointer + "/check"});
    if (!c.waiting_for.empty()) keys.push_back({c.waiting_for, dir + "rules.json", c.pointer + "/waiting_for"});
  }
  for (const auto& s : o.steps) {
    derived("pathway." + s.id + ".title", "pathway.json");
    derived("pathway." + s.id + ".body", "pathway.json");
    derived("pathway." + s.id + ".when", "pathway.json", true);
  }
  for (const auto& s : o.complaints) {
    derived("complaint." + s.id + ".title", "pathway.json");
    derived("complaint." + s.id + ".body", "pathway.json");
  }
  return keys;
}

void check_offer_words(const offer::Offer& o, const Catalogs& catalogs, LintReport& report) {
  auto& out = report.diagnostics;
  const std::string catalog_file = std::string("i18n/") + i18n::kSourceLocale + "/" + o.catalog + ".json";
  const Catalog* words = catalogs.find(i18n::kSourceLocale, o.catalog);
  const Catalog* common = catalogs.find(i18n::kSourceLocale, i18n::kCommonCatalog);
  if (words == nullptr) {
    out.error("offers/" + o.id + "/pack.json", "/catalog", "no catalog " + catalog_file + " for " + text::quoted(o.catalog));
    return;
  }
  auto known = [&](const std::string& key) {
    return words->patterns.count(key) || (common != nullptr && common->patterns.count(key));
  };
  for (const auto& use : keys_of(o)) {
    if (use.optional || known(use.key)) continue;
    if (use.pointer.empty()) out.error(catalog_file, "/messages", "missing message " + text::quoted(use.key) + ", needed by " + use.file);
    else out.error(use.file, use.pointer, "unknown message key " + text::quoted(use.key) + "; add it to " + catalog_file);
  }
  // Arguments a message may use: the offer's facts, any route's facts, and the
  // core's own. A fact marked assumed is never shown to a family as a figure.
  std::set<std::string> allowed = kCoreArguments, assumed;
  auto allow = [&](const offer::Fact& f) { (f.provenance.published ? allowed : assumed).insert(f.name); };
  for (const auto& f : o.facts) allow(f);
  for (const auto& r : o.routes)
    for (const auto& f : r.facts) allow(f);
  for (const auto& [key, message] : words->messages)
    for (const auto& arg : message.arguments())
      if (assumed.count(arg))
        out.error(catalog_file, json::child_pointer("/messages", key),
                  "{" + arg + "} is a fact marked assumed: a family is never shown it as a figure; say the council will tell them");
      else if (!allowed.count(arg))
        out.error(catalog_file, json::child_pointer("/messages", key), "unknown argument {" + text::echo(arg) + "}: no fact of the offer has this name");
}

// A criterion's sentence is handed the rule's numbers ({min}, {max}, {until}:
// flow/criterion_words.h); written out in a catalog, in any language or in
// easy read, they would stay behind when the rule changes.
void check_criterion_numbers(const offer::Offer& o, const Catalogs& catalogs, LintReport& report) {
  auto check = [&](const std::string& file, const std::string& pointer, const std::string& pattern, const offer::Criterion& c) {
    for (long long n : flow::numbers_written_out(pattern, c))
      report.diagnostics.error(file, pointer,
                               "writes the rule's number " + std::to_string(n) + " (offers/" + o.id + "/rules.json " + c.pointer +
                                   ") as text: use {min}, {max} or {until}, which follow the rule");
  };
  for (const auto& c : o.criteria) {
    const std::string key = "criterion." + c.id;
    for (const auto& catalog : catalogs.all())
      if (catalog.name == o.catalog)
        if (auto it = catalog.patterns.find(key); it != catalog.patterns.end())
          check("i18n/" + catalog.locale + "/" + catalog.name + ".json", json::child_pointer("/messages", key), it->second, c);
    for (const auto& easy : catalogs.easy_read().catalogs)
      if (easy.name == o.catalog)
        if (auto it = easy.ideas.find(key); it != easy.ideas.end())
          for (std::size_t i = 0; i < it->second.size(); ++i)
            check("easyread/" + easy.locale + "/" + easy.name + ".json",
                  json::child_pointer(json::child_pointer("/ideas", key), i) + "/text", it->second[i].pattern, c);
  }
}

void check_catalog_sets(const Catalogs& catalogs, LintReport& report) {
  auto& out = report.diagnostics;
  const Catalog* common = catalogs.find(i18n::kSourceLocale, i18n::kCommonCatalog);
  const std::string common_file = std::string("i18n/") + i18n::kSourceLocale + "/common.json";
  if (common == nullptr) {
    out.error(common_file, "", "missing: the chrome of every screen comes from here");
  } else {
    for (const char* key : flow::kChromeKeys)
      if (!common->patterns.count(key)) out.error(common_file, "/messages", "missing message " + text::quoted(key));
    for (const char* name : flow::kLabelNames)
      if (!common->patterns.count(std::string("label.") + name))
        out.error(common_file, "/messages", std::string("missing message \"label.") + name + "\"");
  }
  // Each language has its own place in the language control.
  std::map<int, std::string> places;
  for (const auto& c : catalogs.all()) {
    if (c.name != i18n::kCommonCatalog || !c.language || !c.language->order) continue;
    auto [it, fresh] = places.emplace(*c.language->order, c.locale);
    if (!fresh)
      out.error("i18n/" + c.locale + "/common.json", "/meta/order",
                "expected a place in the language control that no other language has, got " + std::to_string(*c.language->order) +
                    ", which i18n/" + it->second + "/common.json has too");
  }
  // Every language has every catalog English has.
  for (const auto& locale : catalogs.locales()) {
    for (const auto& c : catalogs.all()) {
      if (c.locale != i18n::kSourceLocale || catalogs.find(locale, c.name) != nullptr) continue;
      report.fallbacks += static_cast<int>(c.patterns.size());
      out.error("i18n/" + locale + "/" + c.name + ".json", "", "missing: every language needs the catalogs English has (English is shown instead)");
    }
  }
  for (const auto& c : catalogs.all()) {
    report.messages += static_cast<int>(c.patterns.size());
    if (c.locale == i18n::kSourceLocale) continue;
    const Catalog* source = catalogs.find(i18n::kSourceLocale, c.name);
    const std::string file = "i18n/" + c.locale + "/" + c.name + ".json";
    if (source == nullptr) {
      out.error(file, "", "no English catalog i18n/en-GB/" + c.name + ".json to translate from");
      continue;
    }
    for (const auto& [key, message] : c.messages) {
      auto english = source->messages.find(key);
      if (english == source->messages.end()) {
        out.error(file, json::child_pointer("/messages", key), "extra message: en-GB has no such key");
      } else if (message.arguments() != english->second.arguments()) {
        auto names = [](const std::vector<std::string>& args) {
          std::string s;
          for (const auto& a : args) s += (s.empty() ? "{" : ", {") + a + "}";
          return s.empty() ? std::string("none") : s;
        };
        out.error(file, json::child_pointer("/messages", key),
                  "placeholders differ from English: English has " + names(english->second.arguments()) + ", this has " +
                      names(message.arguments()));
      }
    }
    // A missing message falls back to English: counted, and an error, since a
    // family reading this language would meet English there.
    for (const auto& [key, _] : source->patterns) {
      if (c.patterns.count(key)) continue;
      ++report.fallbacks;
      out.error(file, "/messages", "missing message " + text::quoted(key) + " (English is shown instead)");
    }
  }
}

// The directory the offer's families are pointed to, and the answers the
// matcher reads: each must use values the matcher knows, or it would quietly
// match nothing.
void check_signposting(const content::ContentSource& content, const offer::Offer& o, LintReport& report) {
  auto& out = report.diagnostics;
  const std::string dir = "offers/" + o.id + "/";
  const std::pair<const char*, const std::vector<std::string>*> vocabularies[] = {
      {directory::kSupportNeedsQuestion, &directory::kSupportNeeds},
      {directory::kAccessNeedsQuestion, &directory::kAccessNeeds},
      {directory::kBreakTimesQuestion, &directory::kBreakTimes}};
  for (std::size_t i = 0; i < o.questions.size(); ++i) {
    const auto& q = o.questions[i];
    for (const auto& [id, known] : vocabularies) {
      if (q.id != id) continue;
      for (std::size_t k = 0; k < q.options.size(); ++k) {
        const auto& v = q.options[k];
        const bool neutral = v == offer::kUnknownAnswer || std::find(q.exclusive.begin(), q.exclusive.end(), v) != q.exclusive.end();
        if (!neutral && std::find(known->begin(), known->end(), v) == known->end()) {
          std::string list;
          for (const auto& x : *known) list += (list.empty() ? "\"" : ", \"") + x + "\"";
          out.error(dir + "questions.json", "/questions/" + std::to_string(i) + "/options/" + std::to_string(k),
                    text::quoted(v) + " is not a value services are matched on; use one of " + list + ", or an exclusive option");
        }
      }
    }
  }
  // Reading it checks every service (directory.h's ServiceRules), with the
  // offer's tiers, links and places.
  directory::load_directory(content, o, out);
}

}  // namespace

LintReport lint(const content::ContentSource& content, const std::optional<std::string>& only, std::optional<rules::Date> today) {
  LintReport report;
  Catalogs catalogs = Catalogs::load(content, report.diagnostics);
  report.catalogs = static_cast<int>(catalogs.all().size());
  check_catalog_sets(catalogs, report);
  check_easy_read(content, catalogs, report);
  check_voices(catalogs, report);
  std::vector<std::string> ids = only ? std::vector<std::string>{*only} : offer::offer_ids(content);
  if (ids.empty()) report.diagnostics.error("offers", "", "no offer packs found");
  for (const auto& id : ids) {
    auto loaded = offer::load_offer(content, id);
    report.diagnostics.append(loaded.diagnostics);
    ++report.offers;
    if (!loaded.offer) continue;
    check_offer_words(*loaded.offer, catalogs, report);
    check_criterion_numbers(*loaded.offer, catalogs, report);
    check_signposting(content, *loaded.offer, report);
    json::Diagnostics reported;  // the directory's own problems: check_signposting reports them
    auto directory = directory::load_directory(content, *loaded.offer, reported);
    check_statement(content, *loaded.offer, directory ? &*directory : nullptr, report);
    const auto review_by = rules::parse_iso_date(loaded.offer->version.review_by);
    if (today && review_by && *review_by < *today)
      report.warnings.error("offers/" + id + "/pack.json", "/review_by",
                            "past its review date " + loaded.offer->version.review_by +
                                ": check the council's pages still say what this pack says, then set published_on and review_by");
  }
  return report;
}

}  // namespace signpost::core
