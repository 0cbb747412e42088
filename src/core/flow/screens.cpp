// The start, question and check-your-answers screens (the result screen is in
// result_screen.cpp).
#include "core/flow/screens.h"

#include <algorithm>

#include "core/flow/resume_code.h"
#include "core/flow/voice.h"

namespace signpost::core::flow {

using view::Element;
using view::Screen;

Element heading(int level, std::string text) { return view::Heading{level, std::move(text)}; }

Element paragraph(std::string text) { return view::Paragraph{std::move(text), {}}; }

std::vector<view::Idea> ideas_of(const i18n::Localizer& words, const std::string& key, const i18n::Args& args) {
  std::vector<view::Idea> out;
  for (auto& i : words.ideas(key, args)) out.push_back({std::move(i.text), std::move(i.picture), std::move(i.alt), i.mirrored});
  return out;
}

Element paragraph(const i18n::Localizer& words, const std::string& key) {
  return view::Paragraph{words.text(key), ideas_of(words, key)};
}

Element action(view::ActionEvent event, std::string label, bool primary, std::string target) {
  return view::Action{event, std::move(label), std::move(target), primary};
}

Screen blank_screen(view::ScreenKind kind, const std::string& heading_text, const i18n::Localizer& words) {
  Screen s;
  s.kind = kind;
  s.locale = words.locale();
  s.dir = words.direction();
  s.title = words.text("page.title", {{"page", heading_text}, {"service", words.text("offer.name")}});
  for (const char* name : kLabelNames) s.labels[name] = words.text(std::string("label.") + name);
  s.language_label = words.text("language.label");
  for (const auto& l : words.languages())
    s.languages.push_back({l.locale, l.name, l.dir, l.locale == words.locale()});
  s.easy_read = words.easy_read();
  s.easy_read_switch = words.text(words.easy_read() ? "easyread.off" : "easyread.switch");
  if (words.draft()) {
    s.draft_notice = words.text("draft.notice");
    s.draft_english = words.text("draft.english");
  }
  return s;
}

std::string option_label(const offer::Offer& offer, const i18n::Localizer& words, const offer::Question& q, const std::string& v) {
  if (q.kind == offer::QuestionKind::kPlace) {
    if (q.districts.count(v)) return v;
    for (const auto& area : offer.places.areas)
      if (area.id == v) return area.name;
  }
  return words.text("question." + q.id + ".option." + v, q.voice ? voice_ages(offer) : i18n::Args{});
}

std::string answer_text(const offer::Offer& offer, const i18n::Localizer& words, const offer::Question& q,
                        const rules::AnswerValue& value) {
  auto option = [&](const std::string& v) { return option_label(offer, words, q, v); };
  if (const auto* list = std::get_if<std::vector<std::string>>(&value)) {
    std::vector<std::string> labels;
    for (const auto& v : *list) labels.push_back(option(v));
    return words.list(labels);
  }
  const auto& s = std::get<std::string>(value);
  if (q.kind == offer::QuestionKind::kDate) {
    if (auto d = rules::parse_iso_date(s)) return words.date(*d, i18n::DateStyle::kLong);
    return s;
  }
  return option(s);
}

Screen code_screen(const i18n::Localizer& words, const std::string& typed, const DecodedCode* error) {
  Screen s = blank_screen(view::ScreenKind::kCode, words.text("code.heading"), words);
  s.elements.push_back(action(view::ActionEvent::kBack, words.text("nav.back"), false));
  view::CodeEntry entry;
  entry.box = {words.text("code.label"), words.text("code.hint"), typed};
  entry.button = words.text("button.continue");
  if (error != nullptr) {
    s.has_error = true;
    s.title = words.text("page.error_title", {{"title", s.title}});
    entry.error = words.text(std::string("resume.error.") + to_string(error->error),
                             {{"part", error->detail}, {"count", static_cast<double>(error->length)}});
    s.elements.push_back(view::ErrorSummary{words.text("error.summary.title"), {{entry.error, entry.id}}});
  }
  s.elements.push_back(heading(1, words.text("code.heading")));
  s.elements.push_back(std::move(entry));
  return s;
}

Screen start_screen(const offer::Offer& offer, const i18n::Localizer& words) {
  Screen s = blank_screen(view::ScreenKind::kStart, words.text("start.heading"), words);
  s.elements.push_back(heading(1, words.text("start.heading")));
  s.elements.push_back(paragraph(words, "offer.intro"));
  s.elements.push_back(paragraph(words, "start.time"));
  // Start comes before what to have to hand, so that it is in sight on a phone.
  s.elements.push_back(action(view::ActionEvent::kStart, words.text("start.button"), true));
  s.elements.push_back(action(view::ActionEvent::kCode, words.text("code.link"), false));
  view::List need;
  // Each question may say what a family needs to hand to answer it.
  for (const auto& q : offer.questions)
    if (words.has("question." + q.id + ".need")) need.items.push_back(words.text("question." + q.id + ".need"));
  if (!need.items.empty()) {
    s.elements.push_back(heading(2, words.text("start.need.heading")));
    s.elements.push_back(std::move(need));
  }
  s.elements.push_back(view::Notice{words.text("start.privacy"), ideas_of(words, "start.privacy")});
  s.elements.push_back(heading(2, words.text("start.other.heading")));
  s.elements.push_back(paragraph(words, "start.other.body"));
  // What the offer holds and who can get each part: readable before any answer,
  // and all a family without JavaScript gets on the web.
  if (!offer.steps.empty()) {
    s.elements.push_back(heading(2, words.text("result.pathway.heading")));
    s.elements.push_back(pathway_picture(offer, words));
  }
  s.elements.push_back(heading(2, words.text("start.offer.heading")));
  for (const auto& route : offer.routes) s.elements.push_back(view::Outcome{offer_card(offer, words, route)});
  return s;
}

namespace {

// Two of the offer's own postcode districts, for "like {first} or {second}".
i18n::Args district_examples(const offer::Offer& offer) {
  auto examples = places::example_districts(offer.places, 2);
  while (examples.size() < 2) examples.push_back(examples.empty() ? std::string() : examples.front());
  return {{"first", examples[0]}, {"second", examples[1]}};
}

std::string error_text(const offer::Offer& offer, const i18n::Localizer& words, const offer::Question& q, const rules::CheckedAnswer& c) {
  const std::string base = "question." + q.id + ".error.";
  switch (c.problem) {
    case rules::AnswerProblem::kDateMissing: return words.text(base + "missing", {{"part", c.part}});
    case rules::AnswerProblem::kDateInvalid: return words.text(base + "invalid", {{"part", c.part.empty() ? std::string("date") : c.part}});
    case rules::AnswerProblem::kDateFuture: return words.text(base + "future");
    case rules::AnswerProblem::kExclusive:
      return words.text("error.exclusive", {{"option", words.text("question." + q.id + ".option." + q.exclusive.front())}});
    case rules::AnswerProblem::kNotPostcode: return words.text(base + "postcode", district_examples(offer));
    case rules::AnswerProblem::kUnknownPlace: return words.text(base + "district", {{"district", c.part}});
    case rules::AnswerProblem::kOutsideVoiceAges:
      if (const offer::Question* voice = voice_question(offer)) return words.text("question." + voice->id + ".error.ages", voice_ages(offer));
      return words.text(base + "required");
    default: return words.text(base + "required");
  }
}

// What was typed into a place question's postcode box, or the district given.
std::string typed_postcode(const offer::Question& q, const QuestionState& state) {
  if (state.raw != nullptr && state.raw->is_object())
    if (auto it = state.raw->find("postcode"); it != state.raw->end() && it->is_string()) return *it;
  if (state.raw == nullptr && state.given != nullptr)
    if (const auto* v = std::get_if<std::string>(state.given); v && q.districts.count(*v)) return *v;
  return "";
}

// The day, month and year boxes as the family typed them, or from a given date.
std::map<std::string, std::string> date_boxes(const QuestionState& state) {
  std::map<std::string, std::string> boxes{{"day", ""}, {"month", ""}, {"year", ""}};
  if (state.raw != nullptr && state.raw->is_object()) {
    for (auto& [part, text] : boxes)
      if (auto it = state.raw->find(part); it != state.raw->end() && it->is_string()) text = *it;
  } else if (state.given != nullptr) {
    if (auto d = rules::parse_iso_date(std::get<std::string>(*state.given))) {
      boxes["day"] = std::to_string(d->day);
      boxes["month"] = std::to_string(d->month);
      boxes["year"] = std::to_string(d->year);
    }
  }
  return boxes;
}

bool is_selected(const QuestionState& state, const std::string& option) {
  if (state.raw != nullptr) {
    if (state.raw->is_string()) return *state.raw == option;
    if (state.raw->is_object()) {
      auto area = state.raw->find("area");
      return area != state.raw->end() && *area == option;
    }
    if (state.raw->is_array()) return std::find(state.raw->begin(), state.raw->end(), option) != state.raw->end();
    return false;
  }
  if (state.given == nullptr) return false;
  if (const auto* s = std::get_if<std::string>(state.given)) return *s == option;
  const auto& list = std::get<std::vector<std::string>>(*state.given);
  return std::find(list.begin(), list.end(), option) != list.end();
}

}  // namespace

Screen question_screen(const offer::Offer& offer, const i18n::Localizer& words, const offer::Question& q, const QuestionState& state) {
  const std::string key = "question." + q.id;
  const i18n::Args args = q.voice ? voice_ages(offer) : i18n::Args{};  // the voice question's ages
  const std::string title = words.text(key + ".title", args);
  Screen s = blank_screen(view::ScreenKind::kQuestion, title, words);
  s.question = q.id;
  s.elements.push_back(action(view::ActionEvent::kBack, words.text("nav.back"), false));

  view::Question input;
  input.id = q.id;
  input.kind = q.kind;
  input.text = title;
  if (words.has(key + ".hint")) {
    input.hint = words.text(key + ".hint", args);
    input.hint_ideas = ideas_of(words, key + ".hint", args);
  }
  if (q.kind == offer::QuestionKind::kMulti) {
    std::string select_all = words.text("question.multi.hint");
    input.hint = input.hint.empty() ? select_all : input.hint + " " + select_all;
    for (auto& idea : ideas_of(words, "question.multi.hint")) input.hint_ideas.push_back(std::move(idea));
  }
  for (const auto& o : q.options) {
    bool exclusive = std::find(q.exclusive.begin(), q.exclusive.end(), o) != q.exclusive.end();
    input.options.push_back({o, option_label(offer, words, q, o), is_selected(state, o), exclusive});
  }
  if (q.kind == offer::QuestionKind::kPlace) {
    input.postcode = {words.text(key + ".postcode"), words.text(key + ".postcode_hint", district_examples(offer)), typed_postcode(q, state)};
    input.options_label = words.text(key + ".areas");
  }
  if (q.kind == offer::QuestionKind::kDate) {
    input.date = date_boxes(state);
    for (const char* part : {"day", "month", "year"}) input.date_labels[part] = words.text(std::string("date.") + part);
  }

  if (state.problem != nullptr) {
    input.error = error_text(offer, words, q, *state.problem);
    s.has_error = true;
    s.title = words.text("page.error_title", {{"title", s.title}});
    std::string target = q.id;
    if (q.kind == offer::QuestionKind::kDate) {
      // Only the parts in error are marked; the summary links to the first.
      const std::string& part = state.problem->part;
      input.error_part = state.problem->problem == rules::AnswerProblem::kDateFuture ? "" : part;
      target += "-" + (part.empty() || input.error_part.empty() ? std::string("day") : part.substr(0, part.find('_')));
    }
    s.elements.push_back(view::ErrorSummary{words.text("error.summary.title"), {{input.error, target}}});
  }
  s.elements.push_back(std::move(input));
  s.elements.push_back(action(view::ActionEvent::kAnswer, words.text("button.continue"), true, q.id));
  return s;
}

Screen check_answers_screen(const offer::Offer& offer, const i18n::Localizer& words, const std::vector<std::string>& asked,
                            const rules::Answers& answers) {
  Screen s = blank_screen(view::ScreenKind::kCheckAnswers, words.text("check.heading"), words);
  s.elements.push_back(action(view::ActionEvent::kBack, words.text("nav.back"), false));
  s.elements.push_back(heading(1, words.text("check.heading")));
  s.elements.push_back(paragraph(words, "check.lead"));
  view::Summary summary;
  for (const auto& id : asked) {
    const offer::Question* q = offer.question(id);
    auto it = answers.find(id);
    if (q == nullptr || it == answers.end()) continue;
    std::string label = words.text("question." + id + ".short");
    summary.rows.push_back({id, label, answer_text(offer, words, *q, it->second), words.text("check.change"), label});
  }
  s.elements.push_back(std::move(summary));
  s.elements.push_back(action(view::ActionEvent::kConfirm, words.text("check.confirm"), true));
  return s;
}

}  // namespace signpost::core::flow
