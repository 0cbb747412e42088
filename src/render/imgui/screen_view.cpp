// ScreenView: sections: keeping the form, drawing elements, questions, cards.
#include "render/imgui/screen_view.h"

#include <algorithm>

namespace signpost::render::imgui {
namespace {

using core::flow::Event;
using core::view::Action;
using core::view::ActionEvent;
using core::view::Element;
using core::view::ErrorSummary;
using core::view::Heading;
using core::view::List;
using core::view::Notice;
using core::view::Outcome;
using core::view::Overloaded;
using core::view::Paragraph;
using core::view::Question;
using core::view::QuestionKind;
using core::view::Search;
using core::view::Service;
using core::view::Steps;
using core::view::Summary;

}  // namespace

void ScreenView::paragraph_or_ideas(Canvas& canvas, const std::string& text, const std::vector<core::view::Idea>& ideas) {
  if (ideas.empty()) {
    canvas.paragraph(text);
    return;
  }
  const int side = static_cast<int>(std::max(canvas.text_px() * 1.8f, 72.0f));
  for (const auto& idea : ideas)
    canvas.idea(idea.text, pictures_ != nullptr ? pictures_->texture(idea.picture, side) : nullptr, idea.mirrored);
}

// --- keeping the form

bool ScreenView::holds_typing() const {
  return !picked_.empty() || !editing_.empty() ||
         std::any_of(typed_.begin(), typed_.end(), [](const auto& t) { return !t.second.empty(); });
}

void ScreenView::forget() {
  screen_key_.clear();
  kind_ = QuestionKind::kChoice;
  picked_.clear();
  exclusive_.clear();
  typed_.clear();
  editing_.clear();
  open_.clear();
}

void ScreenView::sync(const core::view::Screen& screen) {
  // Not the language: what a family picked or typed stays when they change it.
  std::string key = std::string(core::view::to_string(screen.kind)) + "/" + screen.question;
  for (const Element& e : screen.elements)
    if (const auto* search = std::get_if<Search>(&e)) key += "/" + search->box.value;
  if (key == screen_key_) return;
  forget();
  screen_key_ = key;
  for (const Element& e : screen.elements) {
    if (const auto* q = std::get_if<Question>(&e)) {
      kind_ = q->kind;
      for (const auto& o : q->options) {
        if (o.selected) picked_.insert(o.value);
        if (o.exclusive) exclusive_.insert(o.value);
      }
      for (const auto& [part, value] : q->date) typed_[part] = value;
      if (q->kind == QuestionKind::kPlace) typed_["postcode"] = q->postcode.value;
    } else if (const auto* search = std::get_if<Search>(&e)) {
      typed_["q"] = search->box.value;
    } else if (const auto* code = std::get_if<core::view::CodeEntry>(&e)) {
      typed_["code"] = code->box.value;
    }
  }
}

void ScreenView::type(const std::string& utf8) {
  if (editing_.empty()) return;
  std::string& value = typed_[editing_];
  if (value.size() + utf8.size() <= 200) value += utf8;
}

void ScreenView::erase() {
  if (editing_.empty()) return;
  std::string& value = typed_[editing_];
  // Removes one whole character, never half of one.
  while (!value.empty()) {
    const unsigned char last = static_cast<unsigned char>(value.back());
    value.pop_back();
    if ((last & 0xC0) != 0x80) break;
  }
}

Event ScreenView::answer(const std::string& question) const {
  Event e;
  e.kind = Event::Kind::kAnswer;
  e.question = question;
  auto typed = [&](const char* part) {
    auto it = typed_.find(part);
    return it == typed_.end() ? std::string() : it->second;
  };
  switch (kind_) {
    case QuestionKind::kDate: e.value = {{"day", typed("day")}, {"month", typed("month")}, {"year", typed("year")}}; break;
    case QuestionKind::kPlace:
      e.value = {{"postcode", typed("postcode")}, {"area", picked_.empty() ? std::string() : *picked_.begin()}};
      break;
    case QuestionKind::kMulti:
      e.value = core::json::Json::array();
      for (const auto& v : picked_) e.value.push_back(v);
      break;
    case QuestionKind::kChoice: e.value = picked_.empty() ? core::json::Json() : core::json::Json(*picked_.begin()); break;
  }
  return e;
}

// --- drawing elements

std::optional<Event> ScreenView::draw(Canvas& canvas, const core::view::Screen& screen) {
  sync(screen);
  std::optional<Event> sent;
  auto more = screen.labels.find("more");
  more_ = more == screen.labels.end() ? "" : more->second;
  bool folded = false;  // inside a fold the family has not opened
  for (const Element& e : screen.elements) {
    if (const auto* f = std::get_if<core::view::Fold>(&e)) {
      folded = !fold(canvas, "fold:" + f->summary, f->summary);
      continue;
    }
    if (std::holds_alternative<core::view::FoldEnd>(e)) {
      folded = false;
      continue;
    }
    if (folded) continue;
    std::visit(Overloaded{
                   [&](const Heading& h) { canvas.heading(h.text, h.level); },
                   [&](const Paragraph& p) { paragraph_or_ideas(canvas, p.text, p.ideas); },
                   [&](const List& l) { canvas.bullets(l.items); },
                   [&](const Notice& n) { canvas.notice(n.text); },
                   [&](const ErrorSummary& s) {
                     canvas.error(s.title);
                     for (const auto& link : s.errors) canvas.error(link.text);
                   },
                   [&](const Question& q) { question(canvas, q); },
                   [&](const Summary& s) {
                     if (auto c = summary(canvas, s)) sent = c;
                   },
                   [&](const Outcome& o) { outcome(canvas, o.card); },
                   [&](const Service& s) { service(canvas, s.card); },
                   [&](const Steps& s) {
                     for (const auto& step : s.steps) {
                       canvas.heading(step.title, 3);
                       paragraph_or_ideas(canvas, step.body, step.body_ideas);
                     }
                   },
                   [&](const Search& s) {
                     if (auto e = box_and_button(canvas, "q", s.box, s.button, Event::Kind::kSearch, false)) sent = e;
                   },
                   [&](const Action& a) {
                     if (canvas.button(a.label, a.primary))
                       sent = a.event == ActionEvent::kAnswer ? answer(a.target) : core::flow::event_of(a);
                   },
                   [&](const core::view::Todo& t) { todo(canvas, t); },
                   [&](const core::view::Contacts& c) {
                     for (const auto& item : c.items) contact(canvas, item, true);
                   },
                   [&](const core::view::Request& r) { request(canvas, r); },
                   [&](const core::view::ResumeCode& c) {
                     canvas.heading(c.label, 2);
                     canvas.heading(c.code, 1, "en-GB");
                     canvas.paragraph(c.hint, true);
                   },
                   [&](const core::view::CodeEntry& c) {
                     if (!c.error.empty()) canvas.error(c.error);
                     if (auto e = box_and_button(canvas, "code", c.box, c.button, Event::Kind::kCode, true)) sent = e;
                   },
                   [&](const core::view::Pathway& p) { pathway(canvas, p); },
                   [](const core::view::Fold&) {},
                   [](const core::view::FoldEnd&) {},
               },
               e);
  }
  return sent;
}

// --- questions

std::optional<Event> ScreenView::box_and_button(Canvas& canvas, const std::string& name, const core::view::TextBox& box,
                                                const std::string& button, Event::Kind kind, bool primary) {
  field(canvas, name, box.label, box.hint);
  if (!canvas.button(button, primary)) return std::nullopt;
  Event e;
  e.kind = kind;
  e.value = typed_[name];
  return e;
}

void ScreenView::field(Canvas& canvas, const std::string& name, const std::string& label, const std::string& hint) {
  if (canvas.field(label, hint, typed_[name], editing_ == name)) editing_ = editing_ == name ? "" : name;
}

void ScreenView::question(Canvas& canvas, const Question& q) {
  canvas.heading(q.text, 1);
  if (!q.hint_ideas.empty()) paragraph_or_ideas(canvas, q.hint, q.hint_ideas);
  else if (!q.hint.empty()) canvas.paragraph(q.hint, true);
  if (!q.error.empty()) canvas.error(q.error);
  if (q.kind == QuestionKind::kDate) {
    // Day, month and year side by side, as the GOV.UK date input sets them.
    const std::pair<const char*, float> parts[] = {{"day", 3.5f}, {"month", 3.5f}, {"year", 5}};
    std::vector<Canvas::Field> row;
    for (const auto& [part, width] : parts) {
      auto label = q.date_labels.find(part);
      row.push_back({label == q.date_labels.end() ? part : label->second, typed_[part], editing_ == part, width});
    }
    if (auto pressed = canvas.fields(row)) editing_ = editing_ == parts[*pressed].first ? "" : parts[*pressed].first;
    return;
  }
  if (q.kind == QuestionKind::kPlace) {
    field(canvas, "postcode", q.postcode.label, q.postcode.hint);
    canvas.heading(q.options_label, 3);
  }
  const bool multi = q.kind == QuestionKind::kMulti;
  for (const auto& o : q.options) {
    if (!canvas.option(o.label, picked_.count(o.value) > 0, multi)) continue;
    if (!multi) {
      picked_ = {o.value};
    } else if (picked_.count(o.value)) {
      picked_.erase(o.value);
    } else {
      // "None of these" clears the others, and any other clears it.
      if (o.exclusive) picked_.clear();
      for (const auto& x : exclusive_) picked_.erase(x);
      picked_.insert(o.value);
    }
  }
}

std::optional<Event> ScreenView::summary(Canvas& canvas, const Summary& s) {
  std::optional<Event> sent;
  for (const auto& row : s.rows) {
    canvas.card_begin();
    canvas.heading(row.label, 3);
    canvas.paragraph(row.value);
    if (canvas.button(row.change + " " + row.change_hidden, false)) {
      Event c;
      c.kind = Event::Kind::kChange;
      c.question = row.question;
      sent = c;
    }
    canvas.card_end();
  }
  return sent;
}

// --- cards

bool ScreenView::fold(Canvas& canvas, const std::string& key, const std::string& label) {
  const bool open = open_.count(key) > 0;
  if (canvas.button((open ? "\u2212 " : "+ ") + label, false)) {
    if (open) open_.erase(key);
    else open_.insert(key);
  }
  return open_.count(key) > 0;
}

void ScreenView::contact(Canvas& canvas, const core::view::ContactItem& given, bool with_how) {
  const core::view::ContactItem c = core::view::linkable(given);
  canvas.paragraph(c.name);
  if (with_how) canvas.paragraph(c.how, true);
  canvas.paragraph(c.phone);
  canvas.paragraph(c.email);
  canvas.paragraph(c.url, true, "en-GB");
}

// The pathway as boxes in a column, an arrow between each.
void ScreenView::pathway(Canvas& canvas, const core::view::Pathway& p) {
  for (std::size_t i = 0; i < p.steps.size(); ++i) {
    if (i > 0) canvas.paragraph("\u2193", true, "", false);
    canvas.card_begin();
    canvas.heading(std::to_string(i + 1) + ". " + p.steps[i].title, 3);
    canvas.paragraph(p.steps[i].when, true);
    canvas.card_end();
  }
}

void ScreenView::todo(Canvas& canvas, const core::view::Todo& t) {
  for (std::size_t i = 0; i < t.items.size(); ++i) {
    const auto& item = t.items[i];
    canvas.card_begin();
    canvas.heading(std::to_string(i + 1) + ". " + item.title, 3);
    paragraph_or_ideas(canvas, item.body, item.body_ideas);
    for (const auto& c : item.contacts) contact(canvas, c, false);
    canvas.card_end();
  }
}

void ScreenView::request(Canvas& canvas, const core::view::Request& r) {
  canvas.paragraph(r.lead);
  contact(canvas, r.to, false);
  canvas.paragraph(r.include_label, true);
  std::vector<std::string> rows;
  for (const auto& row : r.rows) rows.push_back(row.label + ": " + row.value);
  canvas.bullets(rows);
  if (canvas.button(r.letter_button, true)) letter_asked_ = true;
  canvas.heading(r.phone_heading, 3);
  canvas.paragraph(r.phone_script);
}

void ScreenView::outcome(Canvas& canvas, const core::view::OutcomeCard& card) {
  canvas.card_begin();
  canvas.heading(card.title, 2);
  canvas.paragraph(card.status_text, true);
  for (const auto& w : card.waits) canvas.paragraph(w);
  // What it is, what to do, why and who decides: behind one key on a result
  // (where every card has reasons), as the web folds them.
  const bool reasons = std::any_of(card.reasons.begin(), card.reasons.end(), [](const auto& r) { return r.decisive; });
  if (!reasons || fold(canvas, "more:" + card.route, more_)) {
    paragraph_or_ideas(canvas, card.summary, card.summary_ideas);
    paragraph_or_ideas(canvas, card.who, card.who_ideas);
    canvas.bullets(card.next_steps);
    canvas.bullets(card.otherwise);
    std::vector<std::string> why;
    for (const auto& r : card.reasons)
      if (r.decisive) why.push_back(r.text);
    canvas.bullets(why);
    canvas.bullets(card.checks);
    for (const auto& c : card.assessed_by) contact(canvas, c, true);
    canvas.paragraph(card.providers_label, true);
    canvas.bullets(card.providers);
  }
  canvas.card_end();
}

void ScreenView::service(Canvas& canvas, const core::view::ServiceCard& card) {
  canvas.card_begin();
  canvas.heading(card.name, 3, card.lang);
  canvas.paragraph(card.description, false, card.lang);
  canvas.paragraph(card.travel, true);
  canvas.paragraph(card.near, true);
  canvas.paragraph(card.when, true);
  canvas.paragraph(card.ages, true);
  canvas.paragraph(card.cost, true);
  canvas.bullets(card.access);
  const core::view::ContactItem reach = core::view::linkable(card.contact);
  canvas.paragraph(reach.phone);
  canvas.paragraph(reach.email);
  canvas.paragraph(card.demo, true);
  canvas.card_end();
}

}  // namespace signpost::render::imgui
