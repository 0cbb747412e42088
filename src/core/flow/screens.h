// Builds the Screens of a session from the offer and the words. Pure functions:
// no state, no rules beyond what they are handed.
#pragma once

#include <string>
#include <vector>

#include "core/directory/match.h"
#include "core/i18n/localizer.h"
#include "core/json/reader.h"
#include "core/offer/offer.h"
#include "core/rules/answers.h"
#include "core/rules/outcome.h"
#include "core/view/screen.h"

namespace signpost::core::flow {

// What a question screen shows in its inputs: a refused raw answer with its
// problem, or the answer already given, or nothing.
struct QuestionState {
  const json::Json* raw = nullptr;
  const rules::CheckedAnswer* problem = nullptr;
  const rules::AnswerValue* given = nullptr;
};

view::Screen start_screen(const offer::Offer& offer, const i18n::Localizer& words);
struct DecodedCode;
// The box a resume code is typed into; with `error`, why `typed` could not be read.
view::Screen code_screen(const i18n::Localizer& words, const std::string& typed, const DecodedCode* error);
view::Screen question_screen(const offer::Offer& offer, const i18n::Localizer& words, const offer::Question& q,
                             const QuestionState& state);
view::Screen check_answers_screen(const offer::Offer& offer, const i18n::Localizer& words, const std::vector<std::string>& asked,
                                  const rules::Answers& answers);
// The services that suit the family, after any search, for the result screen.
struct ServicesFound {
  std::vector<directory::Match> matches;  // what the search kept, best first
  std::size_t matched = 0;                // how many suited before the search
  std::string query;
};
inline constexpr std::size_t kServicesShown = 10;
// Matches the family's answers (those that count) against the directory, then
// keeps those that `query` finds, searching in `locale` (see SearchIndex).
ServicesFound find_services(const offer::Offer& offer, const directory::Directory& directory, const rules::Answers& counted,
                            const std::vector<rules::Outcome>& outcomes, rules::Date today, const std::string& query,
                            const std::string& locale);

// With `services`, the result has the services section; without (an offer
// with no directory), it does not. `counted` are the answers that count: the
// request for an assessment and the resume code hold them.
view::Screen result_screen(const offer::Offer& offer, const i18n::Localizer& words, const std::vector<rules::Outcome>& outcomes,
                           const rules::Answers& counted, const ServicesFound* services = nullptr);
// Who takes a family's request for an assessment: the first step of the
// pathway that names a contact.
const offer::Contact* ask_contact(const offer::Offer& offer);
// The pathway's steps as a picture, with their timescales ("pathway.<id>.when").
view::Pathway pathway_picture(const offer::Offer& offer, const i18n::Localizer& words);
// "Based on <council>'s short breaks offer as published on <date>."
std::string based_on(const offer::Offer& offer, const i18n::Localizer& words);
// A list of steps (the pathway's, or the complaints'), each with its contact where it can be reached.
view::Element steps(const offer::Offer& offer, const i18n::Localizer& words, const std::vector<offer::Step>& list, const std::string& prefix);
// A contact that a family can reach (a phone, an email or a page), or none.
std::vector<view::ContactItem> reachable(const offer::Offer& offer, const i18n::Localizer& words, const std::string& id);
std::vector<view::Element> services_section(const offer::Offer& offer, const i18n::Localizer& words, const ServicesFound& found);
view::ServiceCard service_card(const offer::Offer& offer, const i18n::Localizer& words, const directory::Match& match);

// One route's outcome in words: title, status, reasons, what to check, who
// assesses, next steps, what to try instead. The result screen and the CLI share it.
view::OutcomeCard outcome_card(const offer::Offer& offer, const i18n::Localizer& words, const rules::Outcome& outcome);
// A route as the start page describes it, before any answer: who can get it and how to ask.
view::OutcomeCard offer_card(const offer::Offer& offer, const i18n::Localizer& words, const offer::Route& route);

// The chrome words every Screen carries for its renderer (i18n keys "label.<name>").
inline constexpr const char* kLabelNames[] = {
    "why", "who", "check", "assessed_by", "next", "otherwise", "error_prefix", "or", "result.met", "result.not-met",
    "result.unknown", "read_aloud", "stop_reading", "print", "phone", "email", "website", "skip_to_content",
    "save", "saved", "forget", "resume", "tier", "travel", "when", "ages", "cost", "access", "more", "statement",
    "counts_heading", "counts_body", "counts_yes", "counts_no", "counts_sent", "counts_declined", "counts_failed"};

// Shared pieces.
view::Screen blank_screen(view::ScreenKind kind, const std::string& heading, const i18n::Localizer& words);
view::Element heading(int level, std::string text);
view::Element paragraph(std::string text);
// A paragraph of a catalog message, with its easy read ideas when easy read is on.
view::Element paragraph(const i18n::Localizer& words, const std::string& key);
std::vector<view::Idea> ideas_of(const i18n::Localizer& words, const std::string& key, const i18n::Args& args = {});
view::Element action(view::ActionEvent event, std::string label, bool primary, std::string target = "");
// An answer in words: the option's label, the labels of a list, a date, or a place.
std::string answer_text(const offer::Offer& offer, const i18n::Localizer& words, const offer::Question& q,
                        const rules::AnswerValue& value);

}  // namespace signpost::core::flow
