// Screen: what the core shows, as a small tree of elements whose text is
// already localized. It is the contract between the core and every renderer
// (HTML on the web, Dear ImGui on the kiosk, PDF for a printout): renderers
// draw it and send events back; they never decide or pick words. Each kind of
// element is its own type and an Element is one of them, so a renderer
// dispatches on types (std::visit) and the compiler names any kind it forgot.
// Serialises to JSON for tests and golden files. Depends on the standard
// library, nlohmann/json and the offer's QuestionKind.
#pragma once

#include <map>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/offer/offer.h"

namespace signpost::core::view {

// Easy read: one short sentence beside one picture.
struct Idea {
  std::string text;
  std::string picture;  // picture id (easyread/pictures/<id>.svg)
  std::string alt;      // the picture's alternative text
  bool mirrored = false;  // drawn mirrored: it points the way a right-to-left page goes
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
  std::string id{}, name{}, how{}, phone{}, email{}, url{};
  std::string source_url{}, read_on{};  // where phone, email and url were read, and when
};
// The contact with only the phone, email and web addresses that can be links
// (url/link.h); anything else a pack or a feed held is dropped, never shown.
// The core applies it with the offer's http_links, every renderer again
// before it shows or links a contact.
ContactItem linkable(ContactItem contact, bool http_links = true);

struct OutcomeCard {
  std::string route;
  // eligible | may-be-eligible | not-yet | assessment | not-eligible; "offer" on the start
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
  std::vector<std::string> waits;        // not-yet: the letter to wait for, and what it opens
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
  std::vector<ContactItem> contacts;  // how to reach who the step names, where published
};

// One thing to do now: what, why, and the contact to do it with.
struct TodoItem {
  std::string title;
  std::string body;
  std::vector<Idea> body_ideas;
  std::vector<ContactItem> contacts;
  std::string link;       // a place on the page ("#request"), or empty
  std::string link_text;
};

// One answer the family may put in its request, in the screen's words and in
// English (the letter's copy for the council).
struct RequestRow {
  std::string question;
  std::string label, value;
  std::string label_en, value_en;
};

// The request letter, in one language.
struct Letter {
  std::string locale;
  std::string dir;
  std::string title;
  std::string to;                        // "To: First Response, Leicestershire County Council"
  std::vector<std::string> paragraphs;   // before the answers
  std::string answers_label;
  std::vector<std::string> fields;       // lines to fill in by hand ("Your child's name")
  std::vector<std::string> closing;      // after the answers: its words, then the lines to sign and date
};

// A box to type into: its label, its hint, and what was typed.
struct TextBox {
  std::string label;
  std::string hint;
  std::string value;
};

// --- the elements

struct Heading {
  int level = 1;  // 1-3
  std::string text;
};

struct Paragraph {
  std::string text;
  std::vector<Idea> ideas;  // easy read
  std::string lang = {};    // set when not in the screen's language (a council's own words, in English)
  std::string link = {};    // a web address the text holds, to show as a link (where a statement's words were read)
};

struct List {
  std::vector<std::string> items;
};

struct Notice {
  std::string text;
  std::vector<Idea> ideas;  // easy read
};

struct ErrorSummary {
  std::string title;
  std::vector<ErrorLink> errors;
};

// choice | multi | date | place, as the offer's question is.
using QuestionKind = offer::QuestionKind;

struct Question {
  std::string id;
  QuestionKind kind = QuestionKind::kChoice;
  std::string text;  // the question: the page's heading
  std::string hint;
  std::vector<Idea> hint_ideas;  // easy read
  std::string error;
  std::vector<Option> options;
  // kPlace: the postcode box above the options, which options_label heads.
  TextBox postcode;
  std::string options_label;
  // kDate: day, month and year, as typed and in words.
  std::map<std::string, std::string> date;
  std::map<std::string, std::string> date_labels;
  // kDate with an error: the parts to mark ("day", "month_year"); empty marks all three.
  std::string error_part;
};

struct Summary {
  std::vector<SummaryRow> rows;
};

struct Outcome {
  OutcomeCard card;
};

struct Steps {
  std::vector<StepItem> steps;
};

// What an action sends back (core::flow::event_of makes it an Event). An
// answer needs its value from the question's form, so it is that form's button.
// kCode opens the box a resume code is typed into ("I have a code").
enum class ActionEvent { kStart, kAnswer, kBack, kChange, kConfirm, kRestart, kCode };

struct Action {
  ActionEvent event = ActionEvent::kStart;
  std::string label;
  std::string target;  // kAnswer, kChange: the question
  bool primary = false;
};

struct Service {
  ServiceCard card;
};

// "What to do now": the few actions that matter for this family, in order.
struct Todo {
  std::vector<TodoItem> items;
};

// A part of the page folded away until opened (a disclosure: <details> on the
// web, a header to press on the kiosk); the elements up to the next FoldEnd
// are inside. A printout shows everything.
struct Fold {
  std::string summary;
};
struct FoldEnd {};

struct Contacts {
  std::vector<ContactItem> items;
};

// The request for an assessment, ready for the family to send themselves: an
// email (a mailto: link), a letter to print, and what to say on the phone.
// Nothing is ever sent by the product.
struct Request {
  std::string id = "request";
  std::string lead;
  ContactItem to;              // who takes requests, with the address the email goes to
  std::string include_label;   // "Tick the answers to put in your request"
  std::vector<RequestRow> rows;
  std::string email_button;
  std::string email_subject;   // in English, for the council
  std::string email_missing;   // when the council publishes no email for this
  std::string letter_button;
  std::string phone_heading;
  std::string phone_script;
  std::vector<Letter> letters;  // the family's language, then English (one, if that is English)
};

// What happens after a family asks, as a picture: the pathway's steps in
// order, each with its timescale where the council publishes one ("Every 2
// weeks"). The list is its own text equivalent.
struct PathwayStep {
  std::string title;
  std::string when;
};
struct Pathway {
  std::string label;
  std::vector<PathwayStep> steps;
};

// The family's answers as a code to write down (flow/resume_code.h).
struct ResumeCode {
  std::string label;
  std::string code;
  std::string hint;
};

// The box a code is typed into; its button sends flow::Event's kCode.
struct CodeEntry {
  std::string id = "code";
  TextBox box;
  std::string error;
  std::string button;
};

// The services' search box: its button sends a search (flow::Event's kSearch)
// with what was typed.
struct Search {
  std::string id;
  TextBox box;
  std::string button;
};

using Element = std::variant<Heading, Paragraph, List, Notice, ErrorSummary, Question, Summary, Outcome, Steps, Action, Service, Search,
                             Todo, Fold, FoldEnd, Contacts, Request, ResumeCode, CodeEntry, Pathway>;

// Lambdas as one visitor: std::visit(Overloaded{[](const Heading& h) {...}, ...}, element).
// (The deduction guide is for compilers without C++20's aggregate deduction.)
template <class... F>
struct Overloaded : F... {
  using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

struct LanguageChoice {
  std::string locale;
  std::string name;  // in its own language
  std::string dir;   // of that name: ltr | rtl
  bool current = false;
};

// kStatement: the council's Short Breaks Services Statement (core/statement), a page of its own.
enum class ScreenKind { kStart, kQuestion, kCheckAnswers, kResult, kCode, kStatement };

struct Screen {
  ScreenKind kind = ScreenKind::kStart;
  std::string title;  // the page title (document title, window title)
  std::string locale;
  std::string dir;       // ltr | rtl
  std::string question;  // kQuestion: its id
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

// The names in JSON, in the HTML's data- attributes and in test output:
// "check-answers", "restart", "multi".
const char* to_string(ScreenKind kind);
const char* to_string(ActionEvent event);
const char* to_string(QuestionKind kind);

}  // namespace signpost::core::view
