// Languages: negotiation from what a browser asks for, the order languages are
// offered in, and the pseudo-locales that catch words not taken from a catalog
// (en-XA) and layouts that cannot run right to left (ar-XB).
#include <algorithm>
#include <functional>
#include <set>

#include "support.h"

#include "core/flow/walk.h"
#include "core/i18n/locales.h"

using namespace signpost;
using core::i18n::negotiate_locale;

namespace {

// An element's own easy read ideas: a paragraph's, a notice's, a question's hint's.
std::vector<core::view::Idea> own_ideas(const core::view::Element& e) {
  using core::view::Idea;
  return std::visit(core::view::Overloaded{[](const core::view::Paragraph& p) { return p.ideas; },
                                           [](const core::view::Notice& n) { return n.ideas; },
                                           [](const core::view::Question& q) { return q.hint_ideas; },
                                           [](const auto&) { return std::vector<Idea>(); }},
                    e);
}

}  // namespace

TEST_CASE("the browser's preferred language is used when there are words for it, else English") {
  const std::vector<std::string> have = {"en-GB", "pl", "ur", "pa", "pt"};
  CHECK(negotiate_locale({"pl-PL", "en"}, have) == "pl");
  CHECK(negotiate_locale({"pa-Guru-IN"}, have) == "pa");
  CHECK(negotiate_locale({"en-US"}, have) == "en-GB");
  CHECK(negotiate_locale({"so", "ur-PK"}, have) == "ur");
  CHECK(negotiate_locale({"so"}, have) == "en-GB");
  CHECK(negotiate_locale({}, have) == "en-GB");
}

TEST_CASE("languages are offered in the order their common.json gives: English first, then as most spoken in England") {
  std::vector<std::string> offered;
  for (const auto& l : test::builtin_catalogs().languages()) offered.push_back(l.locale);
  CHECK(offered == std::vector<std::string>{"en-GB", "pl", "ro", "pa", "ur", "pt", "es", "ar", "bn", "gu", "it"});
  // A language whose catalog is added later (as the web checker fetches one) keeps its place.
  core::i18n::Catalogs catalogs;
  core::json::Diagnostics out;
  for (const char* locale : {"it", "ur", "en-GB", "pl"}) {
    const std::string file = std::string("i18n/") + locale + "/common.json";
    auto c = core::i18n::read_catalog(*test::builtin().read(file), file, locale, "common", out);
    REQUIRE(c);
    catalogs.put(std::move(*c));
  }
  offered.clear();
  for (const auto& l : catalogs.languages()) offered.push_back(l.locale);
  CHECK(offered == std::vector<std::string>{"en-GB", "pl", "ur", "it"});
}

TEST_CASE("a language's direction and place are read from its common.json, and only there") {
  core::json::Diagnostics out;
  auto c = core::i18n::read_catalog(R"({"meta": {"locale": "so", "status": "machine-draft", "direction": "sideways", "order": -1},
                                      "messages": {}})",
                                    "i18n/so/common.json", "so", "common", out);
  CHECK(out.to_string().find("i18n/so/common.json: /meta/direction: expected one of \"ltr\" or \"rtl\"") != std::string::npos);
  CHECK(out.to_string().find("i18n/so/common.json: /meta/order: expected a place in the language control (0 first) from 0 to 1000") != std::string::npos);
  core::json::Diagnostics elsewhere;
  core::i18n::read_catalog(R"({"meta": {"locale": "so", "status": "machine-draft", "direction": "rtl"}, "messages": {}})",
                           "i18n/so/dorset.json", "so", "dorset", elsewhere);
  CHECK(elsewhere.to_string() == "i18n/so/dorset.json: /meta/direction: expected only in common.json, which describes the language\n");
}

TEST_CASE("every word on every screen comes from a catalog: nothing is left unmarked in en-XA") {
  for (const char* offer_id : {"leicestershire", "wakefield", "dorset"}) {
    const auto& offer = test::builtin_offer(offer_id);
    std::set<std::string> area_names;  // proper nouns, like providers' names
    for (const auto& a : offer.places.areas) area_names.insert(a.name);
    core::i18n::Localizer words(test::builtin_catalogs(), offer, core::i18n::kPseudoAccented);
    const std::string id = offer_id;
    const char* family = id == "wakefield" ? "wakefield-specialist" : id == "dorset" ? "dorset-targeted" : "mia";
    std::string error;
    auto screens = core::flow::walk_answers(offer, words, test::kToday, test::case_answers(family, offer), &error);
    REQUIRE(screens);
    int checked = 0;
    for (const auto& screen : *screens) {
      CHECK(screen.locale == "en-XA");
      // Every string a family reads is wrapped [ ... ]; ids, values and
      // provider names (proper nouns, the same in every language) are not.
      std::function<void(const core::json::Json&, const std::string&)> walk = [&](const core::json::Json& j, const std::string& key) {
        if (j.is_object()) {
          for (const auto& [k, v] : j.items()) walk(v, k);
        } else if (j.is_array()) {
          for (const auto& v : j) walk(v, key);
        } else if (j.is_string()) {
          static const std::set<std::string> kWords = {"text", "title", "label", "hint", "error", "value", "status_text", "summary",
                                                       "who", "body", "change", "change_hidden", "how", "name", "tier_name",
                                                       "language_label", "items", "checks", "next_steps", "otherwise"};
          if (!kWords.count(key) || key == "name") return;
          std::string s = j;
          if (key == "label" && area_names.count(s)) return;
          if (key == "value" && offer.places.districts.count(s)) return;  // a postcode district, as given
          if (s.empty()) return;
          CAPTURE(key);
          CAPTURE(s);
          CHECK((s.front() == '[' && s.back() == ']'));
          ++checked;
        }
      };
      auto json = screen.to_json();
      json.erase("languages");  // each language's own name stays as it is
      // The request letter's copy for the council is in English on purpose.
      for (auto& e : json["elements"])
        if (e.value("type", "") == "request") {
          e.erase("email_subject");
          for (auto& r : e["rows"]) r.erase("label_en"), r.erase("value_en");
          auto& letters = e["letters"];
          letters.erase(std::remove_if(letters.begin(), letters.end(), [](const auto& l) { return l.value("locale", "") == "en-GB"; }),
                        letters.end());
        }
      for (auto& e : json["elements"])
        if (e.contains("options"))
          for (auto& o : e["options"]) o.erase("value");
      walk(json, "");
    }
    CHECK(checked > 100);
  }
}

TEST_CASE("ar-XB runs right to left") {
  const auto& offer = test::builtin_offer("leicestershire");
  core::i18n::Localizer words(test::builtin_catalogs(), offer, core::i18n::kPseudoRightToLeft);
  CHECK(std::string(words.direction()) == "rtl");
  CHECK(words.text("nav.back") == "\u200FBack\u200F");
}

TEST_CASE("in easy read every screen of every offer shows its longer texts as sentences beside pictures") {
  for (const char* offer_id : {"leicestershire", "wakefield", "dorset"}) {
    const auto& offer = test::builtin_offer(offer_id);
    core::i18n::Localizer words(test::builtin_catalogs(), offer, "en-GB", true);
    const std::string id = offer_id;
    const char* family = id == "wakefield" ? "wakefield-specialist" : id == "dorset" ? "dorset-targeted" : "melody";
    std::string error;
    auto screens = core::flow::walk_answers(offer, words, test::kToday, test::case_answers(family, offer), &error);
    REQUIRE(screens);
    for (const auto& screen : *screens) {
      CAPTURE(core::view::to_string(screen.kind));
      CHECK(screen.easy_read);
      int with_ideas = 0;
      for (const auto& e : screen.elements) {
        const auto ideas = own_ideas(e);
        for (const auto& i : ideas) {
          CHECK_FALSE(i.text.empty());
          CHECK(i.alt.empty() == i.picture.empty());  // a picture shown has its description; one shown already is not shown again
        }
        const auto* outcome = std::get_if<core::view::Outcome>(&e);
        if (!ideas.empty() || (outcome != nullptr && (!outcome->card.summary_ideas.empty() || !outcome->card.who_ideas.empty())))
          ++with_ideas;
        if (std::holds_alternative<core::view::Paragraph>(e)) CHECK_FALSE(ideas.empty());
      }
      // Every screen but a question without a hint has something to show as ideas.
      if (screen.kind != core::view::ScreenKind::kQuestion) CHECK(with_ideas > 0);
    }
  }
}

TEST_CASE("a list's items after the first are lower-cased where the language has case, but acronyms and names keep theirs") {
  const auto& offer = test::builtin_offer("leicestershire");
  core::i18n::Localizer en(test::builtin_catalogs(), offer, "en-GB");
  CHECK(en.list({"At weekends", "For up to 4 hours", "In the school holidays"}) == "At weekends, for up to 4 hours and in the school holidays");
  CHECK(en.list({"Step-free access", "DLA", "Changing Places toilet", "BSL"}) == "Step-free access, DLA, Changing Places toilet and BSL");
  core::i18n::Localizer pl(test::builtin_catalogs(), offer, "pl");
  CHECK(pl.list({"W weekendy", "W wakacje"}) == "W weekendy i w wakacje");
  core::i18n::Localizer ur(test::builtin_catalogs(), offer, "ur");  // no case: the items stand as written
  CHECK(ur.list({"\xD8\xA7", "\xD8\xA8"}).find("\xD8\xA8") != std::string::npos);
  // Items that are sentences (easy read's options) lose their full stops, so the list reads as one sentence.
  CHECK(en.list({"After school or in the evening.", "Overnight."}) == "After school or in the evening and overnight");
  CHECK(en.list({"At home..."}) == "At home...");
  CHECK(ur.list({"\xD8\xA7\xDB\x94", "\xD8\xA8\xDB\x94"}).find("\xDB\x94") == std::string::npos);  // the Urdu full stop
}
