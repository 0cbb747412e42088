// Screen: what the core shows, as a small tree of elements whose text is
// already localized. It is the contract between the core and every renderer
// (HTML on the web, Dear ImGui on the kiosk): renderers draw it and send events
// back; they never decide or pick words. Serialises to JSON for tests and
// golden files. Depends on the standard library and nlohmann/json.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace signpost::core::view {

// Easy read: one short sentence beside one picture.
struct Idea {
  std::string text;
  std::string picture;  // picture id (easyread/pictures/<id>.svg)
  std::string alt;      // the picture's alternative text
};

struct Option {
  std::string value;
  std::string label;
  bool selected = false;
  bool exclusive = false;  // multi: picking it clears the others ("None of these")
};

struct ErrorLink {
  std::string text;
  std::string target;  // the input it is about: a question id, or id-day etc.
};

struct SummaryRow {
  std::string question;  // id, for the change link
  std::string label;
  std::string value;
  std::string change;  // the link's words, with a visually hidden part in change_hidden
  std::string change_hidden;
};

struct ReasonItem {
  std::string criterion;
  std::string result;  // met | not-met | unknown
  std::string text;
  bool decisive = false;
};

struct ContactItem {
  std::string id, name, how, phone, email, url;
};

struct OutcomeCard {
  std::string route;
  // eligible | may-be-eligible | assessment | not-eligible; "offer" on the start
  // page, where a card says who can get the route rather than whether you can.
  std::string status;
  std::string status_text;
  std::string title;
  std::string tier;
  std::string tier_name;
  std::string summary;
  std::vector<Idea> summary_ideas;  // easy read
  std::string who;  // "offer" cards: who can get it, in words
  std::vector<Idea> who_ideas;
  std::vector<ReasonItem> reasons;
  std::vector<std::string> checks;       // may-be-eligible: what to look at
  std::vector<ContactItem> assessed_by;  // assessment: who decides, and how to ask
  std::vector<std::string> next_steps;
  std::vector<std::string> otherwise;  // not-eligible: routes to try instead (titles)
  std::vector<std::string> providers;  // named providers for this route
  std::string providers_label;         // "10 approved providers"
};

// A service the family could use, from the offer's directory.
struct ServiceCard {
  std::string id;
  std::string name;  // as its provider names it
  std::string description;
  std::string lang;  // of name and description, when not the screen's ("en-GB" for a service published in English)
  std::string tier_name;
  std::string travel;  // "About 12 minutes away"; or "Ask where it runs"
  std::string near;    // "Within 30 minutes", when it is
  std::string when;    // "After school, at weekends, 16:00 to 18:00"
  std::string ages;
  std::string cost;
  std::vector<std::string> access;
  ContactItem contact;
  std::string demo;  // an invented example: the words that say so
};

struct StepItem {
  std::string title;
  std::string body;
  std::vector<Idea> body_ideas;
};

enum class Kind { kHeading, kParagraph, kList, kNotice, kErrorSummary, kQuestion, kSummary, kOutcome, kSteps, kAction, kService, kSearch };

struct Element {
  Kind kind = Kind::kParagraph;
  int level = 0;                   // kHeading: 1-3
  std::string text;                // heading, paragraph, notice, action label, error summary title
  std::vector<Idea> ideas;         // easy read: paragraph, notice; for a question, its hint
  std::vector<std::string> items;  // kList
  // kQuestion
  std::string id;
  std::string question_kind;  // choice | multi | date | place
  std::string hint;
  // place: the postcode box (its label, hint and what was typed) above the
  // options, which are headed by options_label. kSearch: the search box.
  std::string input_label, input_hint, input_value, options_label;
  std::string error;
  std::vector<Option> options;
  std::map<std::string, std::string> date;         // day, month, year: as typed
  std::map<std::string, std::string> date_labels;  // day, month, year: the words
  std::vector<ErrorLink> errors;                   // kErrorSummary
  std::vector<SummaryRow> rows;                    // kSummary
  OutcomeCard outcome;                             // kOutcome
  std::vector<StepItem> steps;                     // kSteps
  ServiceCard service;                             // kService
  // kAction: an event to send back
  std::string event;   // start | continue | back | change | confirm | restart | search
  std::string target;  // change: the question
  bool primary = false;
};

struct LanguageChoice {
  std::string locale;
  std::string name;  // in its own language
  std::string dir;   // of that name: ltr | rtl
  bool current = false;
};

struct Screen {
  std::string kind;  // start | question | check-answers | result
  std::string title;  // the page title (document title, window title)
  std::string locale;
  std::string dir;       // ltr | rtl
  std::string question;  // kind == question: its id
  bool has_error = false;
  // The chrome words a renderer needs around the elements ("why", "print",
  // the hidden "Error:"), keyed without their "label." prefix.
  std::map<std::string, std::string> labels;
  // The language control on every screen, and, for a machine-drafted language,
  // a notice in that language that nobody has checked the words yet.
  std::string language_label;
  std::vector<LanguageChoice> languages;
  std::string draft_notice;   // empty unless the words are a machine draft
  std::string draft_english;  // the link back to English
  // The easy read switch on every screen.
  bool easy_read = false;
  std::string easy_read_switch;  // the switch's words: turn it on, or off
  std::vector<Element> elements;

  nlohmann::json to_json() const;
};

}  // namespace signpost::core::view
