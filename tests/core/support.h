// Shared helpers for the core's tests: the built-in content, the family cases
// in tests/cases, and a fixed "today" so that ages never drift.
#pragma once

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include <doctest/doctest.h>

#include "core/content/content_source.h"
#include "core/flow/session.h"
#include "core/i18n/catalog.h"
#include "core/i18n/localizer.h"
#include "core/offer/offer_reader.h"
#include "core/rules/answers.h"
#include "core/rules/outcome.h"

namespace signpost::test {

inline constexpr core::rules::Date kToday{2026, 11, 23};

inline std::string read_source_file(const std::string& relative) {
  std::ifstream in(std::string(SIGNPOST_SOURCE_DIR) + "/" + relative, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read " << relative);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline const core::content::ContentSource& builtin() {
  static const core::content::EmbeddedContent kContent;
  return kContent;
}

inline const core::offer::Offer& builtin_offer(const std::string& id) {
  static std::map<std::string, core::offer::Offer> cache;
  auto it = cache.find(id);
  if (it == cache.end()) {
    auto loaded = core::offer::load_offer(builtin(), id);
    INFO(loaded.diagnostics.to_string());
    REQUIRE(loaded.offer);
    it = cache.emplace(id, std::move(*loaded.offer)).first;
  }
  return it->second;
}

inline const core::i18n::Catalogs& builtin_catalogs() {
  static const core::i18n::Catalogs kCatalogs = [] {
    core::json::Diagnostics out;
    auto c = core::i18n::Catalogs::load(builtin(), out);
    REQUIRE(out.empty());
    return c;
  }();
  return kCatalogs;
}

inline core::rules::Answers answers_from(const std::string& json_text, const core::offer::Offer& offer) {
  core::json::Diagnostics out;
  auto doc = core::json::parse(json_text, "answers", out);
  REQUIRE(doc);
  auto answers = core::rules::read_answers(*doc, offer, kToday, "answers", out);
  INFO(out.to_string());
  REQUIRE(answers);
  return *answers;
}

inline core::rules::Answers case_answers(const std::string& name, const core::offer::Offer& offer) {
  return answers_from(read_source_file("tests/cases/" + name + ".json"), offer);
}

// The families of each offer (tests/cases).
inline const std::map<std::string, std::vector<std::string>> kCases = {
    {"leicestershire", {"mo", "taylor", "melody", "jack", "mia"}},
    {"wakefield", {"wakefield-specialist", "wakefield-targeted"}},
    {"dorset", {"dorset-targeted"}},
};

inline std::map<std::string, std::string> statuses_by_route(const core::offer::Offer& offer, const core::rules::Answers& a,
                                                            core::rules::Date today = kToday) {
  std::map<std::string, std::string> out;
  for (const auto& o : core::rules::decide_all(offer, a, today)) out[o.route->id] = core::rules::to_string(o.status);
  return out;
}

// Mo's answers (tests/cases/mo.json) as a front end sends them, from the start
// screen to the result (or up to and including his support needs).
inline std::vector<core::flow::Event> mo_events(bool to_result = true) {
  using core::flow::Event;
  using core::json::Json;
  auto answer = [](const char* q, Json value) { return Event{Event::Kind::kAnswer, q, std::move(value)}; };
  std::vector<Event> events = {
      {Event::Kind::kStart, "", {}},
      answer("who", "parent"),
      answer("lives_in_area", "yes"),
      answer("date_of_birth", Json{{"day", "14"}, {"month", "5"}, {"year", "2017"}}),
      answer("disability", "yes"),
      answer("dla_care", "high"),
      answer("ehcp", "yes"),
  };
  if (!to_result) return events;
  for (auto e : {answer("support_needs", Json::array({"holiday-activities"})), answer("postcode_district", "LE11"),
                 answer("access_needs", Json::array({"none"})), answer("break_times", Json::array({"weekends", "school-holidays"})),
                 Event{Event::Kind::kConfirm, "", {}}})
    events.push_back(std::move(e));
  return events;
}

// Sends Mo's answers to anything that handles events (a Session, a kiosk's FamilySession).
template <class Handler>
void send_mo(Handler& handler, bool to_result = true) {
  for (const auto& e : mo_events(to_result)) handler.handle(e);
}

}  // namespace signpost::test
