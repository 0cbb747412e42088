// ScreenView: sections: keeping the form, drawing elements, questions, cards.
#include "render/imgui/screen_view.h"

#include <algorithm>

namespace signpost::render::imgui {
namespace {

using core::flow::Event;
using core::view::Element;
using core::view::Kind;

}  // namespace

void ScreenView::paragraph_or_ideas(Canvas& canvas, const std::string& text, const std::vector<core::view::Idea>& ideas) {
  if (ideas.empty()) {
    canvas.paragraph(text);
    return;
  }
  const int side = static_cast<int>(std::max(canvas.text_px() * 1.8f, 72.0f));
  for (const auto& idea : ideas) canvas.idea(idea.text, pictures_ != nullptr ? pictures_->texture(idea.picture, side) : nullptr);
}

// --- keeping the form

void ScreenView::forget() {
  screen_key_.clear();
  kind_.clear();
  picked_.clear();
  exclusive_.clear();
  typed_.clear();
  editing_.clear();
}

void ScreenView::sync(const core::view::Screen& screen) {
  // Not the language: what a family picked or typed stays when they change it.
  std::string key = screen.kind + "/" + screen.question;
  for (const Element& e : screen.elements) {
    if (e.kind == Kind::kSearch) key += "/" + e.input_value;
  }
  if (key == screen_key_) return;
  forget();
  screen_key_ = key;
  for (const Element& e : screen.elements) {
    if (e.kind == Kind::kQuestion) {
      kind_ = e.question_kind;
      for (const auto& o : e.options) {
        if (o.selected) picked_.insert(o.value);
        if (o.exclusive) exclusive_.insert(o.value);
      }
      for (const auto& [part, value] : e.date) typed_[part] = value;
      if (e.question_kind == "place") typed_["postcode"] = e.input_value;
    } else if (e.kind == Kind::kSearch) {
      typed_["q"] = e.input_value;
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
  if (kind_ == "date") {
    e.value = {{"day", typed("day")}, {"month", typed("month")}, {"year", typed("year")}};
  } else if (kind_ == "place") {
    e.value = {{"postcode", typed("postcode")}, {"area", picked_.empty() ? std::string() : *picked_.begin()}};
  } else if (kind_ == "multi") {
    e.value = core::json::Json::array();
    for (const auto& v : picked_) e.value.push_back(v);
  } else {
    e.value = picked_.empty() ? core::json::Json() : core::json::Json(*picked_.begin());
  }
  return e;
}

// --- drawing elements

std::optional<Event> ScreenView::draw(Canvas& canvas, const core::view::Screen& screen) {
  sync(screen);
  std::optional<Event> sent;
  for (const Element& e : screen.elements) {
    switch (e.kind) {
      case Kind::kHeading: canvas.heading(e.text, e.level); break;
      case Kind::kParagraph: paragraph_or_ideas(canvas, e.text, e.ideas); break;
      case Kind::kList: canvas.bullets(e.items); break;
      case Kind::kNotice: canvas.notice(e.text); break;
      case Kind::kErrorSummary:
        canvas.error(e.text);
        for (const auto& link : e.errors) canvas.error(link.text);
        break;
      case Kind::kQuestion:
        if (auto q = question(canvas, e)) sent = q;
        break;
      case Kind::kSummary:
        if (auto c = summary(canvas, e)) sent = c;
        break;
      case Kind::kOutcome: outcome(canvas, e.outcome); break;
      case Kind::kService: service(canvas, e.service); break;
      case Kind::kSteps:
        for (const auto& step : e.steps) {
          canvas.heading(step.title, 3);
          paragraph_or_ideas(canvas, step.body, step.body_ideas);
        }
        break;
      case Kind::kSearch:
        field(canvas, "q", e.input_label, e.input_hint);
        if (canvas.button(e.text, false)) {
          Event s;
          s.kind = Event::Kind::kSearch;
          s.value = typed_["q"];
          sent = s;
        }
        break;
      case Kind::kAction:
        if (canvas.button(e.text, e.primary)) sent = e.event == "answer" ? answer(e.target) : core::flow::event_of(e);
        break;
    }
  }
  return sent;
}

// --- questions

void ScreenView::field(Canvas& canvas, const std::string& name, const std::string& label, const std::string& hint) {
  if (canvas.field(label, hint, typed_[name], editing_ == name)) editing_ = editing_ == name ? "" : name;
}

std::optional<Event> ScreenView::question(Canvas& canvas, const Element& e) {
  canvas.heading(e.text, 1);
  if (!e.ideas.empty()) paragraph_or_ideas(canvas, e.hint, e.ideas);
  else if (!e.hint.empty()) canvas.paragraph(e.hint, true);
  if (!e.error.empty()) canvas.error(e.error);
  if (e.question_kind == "date") {
    for (const char* part : {"day", "month", "year"}) {
      auto label = e.date_labels.find(part);
      field(canvas, part, label == e.date_labels.end() ? part : label->second, "");
    }
    return std::nullopt;
  }
  if (e.question_kind == "place") {
    field(canvas, "postcode", e.input_label, e.input_hint);
    canvas.heading(e.options_label, 3);
  }
  const bool multi = e.question_kind == "multi";
  for (const auto& o : e.options) {
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
  return std::nullopt;
}

std::optional<Event> ScreenView::summary(Canvas& canvas, const Element& e) {
  std::optional<Event> sent;
  for (const auto& row : e.rows) {
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

void ScreenView::outcome(Canvas& canvas, const core::view::OutcomeCard& card) {
  canvas.card_begin();
  canvas.heading(card.title, 2);
  canvas.paragraph(card.status_text, true);
  paragraph_or_ideas(canvas, card.summary, card.summary_ideas);
  paragraph_or_ideas(canvas, card.who, card.who_ideas);
  std::vector<std::string> reasons;
  for (const auto& r : card.reasons) reasons.push_back(r.text);
  canvas.bullets(reasons);
  canvas.bullets(card.checks);
  for (const auto& c : card.assessed_by) {
    canvas.paragraph(c.name);
    canvas.paragraph(c.how, true);
    canvas.paragraph(c.phone, true);
  }
  canvas.bullets(card.next_steps);
  canvas.bullets(card.otherwise);
  canvas.paragraph(card.providers_label, true);
  canvas.bullets(card.providers);
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
  canvas.paragraph(card.contact.phone);
  canvas.paragraph(card.contact.email);
  canvas.paragraph(card.demo, true);
  canvas.card_end();
}

}  // namespace signpost::render::imgui
