// Screen::to_json: each element as {"type": ..., its fields}, leaving out what is
// empty, and the names of the Screen's enums. Golden files hold this JSON, so
// a change here is a change to every golden Screen.
#include "core/view/screen.h"

#include "core/json/reader.h"
#include "core/url/link.h"

namespace signpost::core::view {

ContactItem linkable(ContactItem c, bool http_links) {
  if (!url::tel_link(c.phone)) c.phone.clear();
  if (!url::mailto_link(c.email)) c.email.clear();
  if (!url::web_link(c.url, http_links)) c.url.clear();
  if (!url::web_link(c.source_url)) c.source_url.clear();
  return c;
}

namespace {

using Json = nlohmann::json;

Json ideas_json(const std::vector<Idea>& ideas) {
  Json out = Json::array();
  for (const auto& i : ideas) {
    out.push_back({{"text", i.text}, {"picture", i.picture}, {"alt", i.alt}});
    if (i.mirrored) out.back()["mirrored"] = true;
  }
  return out;
}

Json contact_json(const ContactItem& c) {
  Json j = {{"id", c.id}, {"name", c.name}};
  json::put_if_set(j, "how", c.how);
  json::put_if_set(j, "phone", c.phone);
  json::put_if_set(j, "email", c.email);
  json::put_if_set(j, "url", c.url);
  if (!c.source_url.empty()) j["source"] = {{"url", c.source_url}, {"read_on", c.read_on}};
  return j;
}

Json contacts_json(const std::vector<ContactItem>& list) {
  Json out = Json::array();
  for (const auto& c : list) out.push_back(contact_json(c));
  return out;
}

Json outcome_json(const OutcomeCard& o) {
  Json j = {{"route", o.route}, {"status", o.status}, {"status_text", o.status_text}, {"title", o.title}, {"tier", o.tier}};
  json::put_if_set(j, "tier_name", o.tier_name);
  json::put_if_set(j, "summary", o.summary);
  if (!o.summary_ideas.empty()) j["summary_ideas"] = ideas_json(o.summary_ideas);
  json::put_if_set(j, "who", o.who);
  if (!o.who_ideas.empty()) j["who_ideas"] = ideas_json(o.who_ideas);
  Json reasons = Json::array();
  for (const auto& r : o.reasons)
    reasons.push_back({{"criterion", r.criterion}, {"result", r.result}, {"text", r.text}, {"decisive", r.decisive}});
  if (!reasons.empty()) j["reasons"] = reasons;
  json::put_if_set(j, "checks", o.checks);
  json::put_if_set(j, "waits", o.waits);
  if (!o.assessed_by.empty()) {
    j["assessed_by"] = Json::array();
    for (const auto& c : o.assessed_by) j["assessed_by"].push_back(contact_json(c));
  }
  json::put_if_set(j, "next_steps", o.next_steps);
  json::put_if_set(j, "otherwise", o.otherwise);
  json::put_if_set(j, "providers", o.providers);
  json::put_if_set(j, "providers_label", o.providers_label);
  return j;
}

Json service_json(const ServiceCard& c) {
  Json j = {{"id", c.id}, {"name", c.name}};
  const std::pair<const char*, const std::string*> fields[] = {
      {"description", &c.description}, {"lang", &c.lang}, {"tier_name", &c.tier_name}, {"travel", &c.travel}, {"near", &c.near},
      {"when", &c.when}, {"ages", &c.ages}, {"cost", &c.cost}, {"demo", &c.demo}};
  for (const auto& [key, value] : fields) json::put_if_set(j, key, *value);
  json::put_if_set(j, "access", c.access);
  Json contact = contact_json(c.contact);
  if (contact.size() > 2) j["contact"] = contact;
  return j;
}

void put_ideas(Json& j, const char* key, const std::vector<Idea>& ideas) {
  if (!ideas.empty()) j[key] = ideas_json(ideas);
}

void put_box(Json& j, const TextBox& box) {
  json::put_if_set(j, "input_label", box.label);
  json::put_if_set(j, "input_hint", box.hint);
  json::put_if_set(j, "input_value", box.value);
}

// --- one element: {"type": ..., then its own fields, each left out when empty}

Json element_json(const Heading& e) {
  Json j = {{"type", "heading"}};
  if (e.level > 0) j["level"] = e.level;
  json::put_if_set(j, "text", e.text);
  return j;
}

Json element_json(const Paragraph& e) {
  Json j = {{"type", "paragraph"}};
  json::put_if_set(j, "text", e.text);
  put_ideas(j, "ideas", e.ideas);
  json::put_if_set(j, "lang", e.lang);
  json::put_if_set(j, "link", e.link);
  return j;
}

Json element_json(const List& e) {
  Json j = {{"type", "list"}};
  json::put_if_set(j, "items", e.items);
  return j;
}

Json element_json(const Notice& e) {
  Json j = {{"type", "notice"}};
  json::put_if_set(j, "text", e.text);
  put_ideas(j, "ideas", e.ideas);
  return j;
}

Json element_json(const ErrorSummary& e) {
  Json j = {{"type", "error-summary"}};
  json::put_if_set(j, "text", e.title);
  if (!e.errors.empty()) {
    j["errors"] = Json::array();
    for (const auto& err : e.errors) j["errors"].push_back({{"text", err.text}, {"target", err.target}});
  }
  return j;
}

Json element_json(const Question& e) {
  Json j = {{"type", "question"}, {"question_kind", to_string(e.kind)}};
  json::put_if_set(j, "id", e.id);
  json::put_if_set(j, "text", e.text);
  json::put_if_set(j, "hint", e.hint);
  put_ideas(j, "ideas", e.hint_ideas);
  put_box(j, e.postcode);
  json::put_if_set(j, "options_label", e.options_label);
  json::put_if_set(j, "error", e.error);
  if (!e.options.empty()) {
    j["options"] = Json::array();
    for (const auto& o : e.options) {
      Json opt = {{"value", o.value}, {"label", o.label}, {"selected", o.selected}};
      if (o.exclusive) opt["exclusive"] = true;
      j["options"].push_back(opt);
    }
  }
  if (!e.date.empty()) j["date"] = e.date;
  if (!e.date_labels.empty()) j["date_labels"] = e.date_labels;
  return j;
}

Json element_json(const Summary& e) {
  Json j = {{"type", "summary"}};
  if (!e.rows.empty()) {
    j["rows"] = Json::array();
    for (const auto& r : e.rows)
      j["rows"].push_back({{"question", r.question}, {"label", r.label}, {"value", r.value}, {"change", r.change}, {"change_hidden", r.change_hidden}});
  }
  return j;
}

Json element_json(const Outcome& e) { return {{"type", "outcome"}, {"outcome", outcome_json(e.card)}}; }

Json element_json(const Steps& e) {
  Json j = {{"type", "steps"}};
  if (!e.steps.empty()) {
    j["steps"] = Json::array();
    for (const auto& s : e.steps) {
      Json step = {{"title", s.title}, {"body", s.body}};
      if (!s.body_ideas.empty()) step["body_ideas"] = ideas_json(s.body_ideas);
      if (!s.contacts.empty()) step["contacts"] = contacts_json(s.contacts);
      j["steps"].push_back(step);
    }
  }
  return j;
}

Json element_json(const Action& e) {
  Json j = {{"type", "action"}, {"event", to_string(e.event)}, {"primary", e.primary}};
  json::put_if_set(j, "text", e.label);
  json::put_if_set(j, "target", e.target);
  return j;
}

Json element_json(const Service& e) { return {{"type", "service"}, {"service", service_json(e.card)}}; }

Json element_json(const Search& e) {
  Json j = {{"type", "search"}, {"event", "search"}};
  json::put_if_set(j, "id", e.id);
  put_box(j, e.box);
  json::put_if_set(j, "text", e.button);
  return j;
}

Json element_json(const Todo& e) {
  Json j = {{"type", "todo"}, {"items", Json::array()}};
  for (const auto& i : e.items) {
    Json item = {{"title", i.title}};
    json::put_if_set(item, "body", i.body);
    put_ideas(item, "body_ideas", i.body_ideas);
    if (!i.contacts.empty()) item["contacts"] = contacts_json(i.contacts);
    json::put_if_set(item, "link", i.link);
    json::put_if_set(item, "link_text", i.link_text);
    j["items"].push_back(item);
  }
  return j;
}

Json element_json(const Fold& e) { return {{"type", "fold"}, {"text", e.summary}}; }
Json element_json(const FoldEnd&) { return {{"type", "fold-end"}}; }
Json element_json(const Contacts& e) { return {{"type", "contacts"}, {"contacts", contacts_json(e.items)}}; }

Json element_json(const Request& e) {
  Json j = {{"type", "request"}, {"id", e.id}, {"to", contact_json(e.to)}};
  const std::pair<const char*, const std::string*> fields[] = {
      {"lead", &e.lead}, {"include_label", &e.include_label}, {"email_button", &e.email_button}, {"email_subject", &e.email_subject},
      {"email_missing", &e.email_missing}, {"letter_button", &e.letter_button}, {"phone_heading", &e.phone_heading},
      {"phone_script", &e.phone_script}};
  for (const auto& [key, value] : fields) json::put_if_set(j, key, *value);
  j["rows"] = Json::array();
  for (const auto& r : e.rows)
    j["rows"].push_back({{"question", r.question}, {"label", r.label}, {"value", r.value}, {"label_en", r.label_en}, {"value_en", r.value_en}});
  j["letters"] = Json::array();
  for (const auto& l : e.letters)
    j["letters"].push_back({{"locale", l.locale}, {"dir", l.dir}, {"title", l.title}, {"to", l.to}, {"paragraphs", l.paragraphs},
                            {"answers_label", l.answers_label}, {"fields", l.fields}, {"closing", l.closing}});
  return j;
}

Json element_json(const Pathway& e) {
  Json j = {{"type", "pathway"}, {"text", e.label}, {"steps", Json::array()}};
  for (const auto& s : e.steps) {
    Json step = {{"title", s.title}};
    json::put_if_set(step, "when", s.when);
    j["steps"].push_back(step);
  }
  return j;
}

Json element_json(const ResumeCode& e) { return {{"type", "resume-code"}, {"text", e.label}, {"code", e.code}, {"hint", e.hint}}; }

Json element_json(const CodeEntry& e) {
  Json j = {{"type", "code-entry"}, {"event", "code"}, {"id", e.id}};
  put_box(j, e.box);
  json::put_if_set(j, "error", e.error);
  json::put_if_set(j, "text", e.button);
  return j;
}

}  // namespace

nlohmann::json Screen::to_json() const {
  Json j = {{"screen", to_string(kind)}, {"title", title}, {"locale", locale}, {"dir", dir}};
  json::put_if_set(j, "question", question);
  if (has_error) j["error"] = true;
  j["labels"] = labels;
  j["language_label"] = language_label;
  j["languages"] = Json::array();
  for (const auto& l : languages) j["languages"].push_back({{"locale", l.locale}, {"name", l.name}, {"dir", l.dir}, {"current", l.current}});
  json::put_if_set(j, "draft_notice", draft_notice);
  if (easy_read) j["easy_read"] = true;
  json::put_if_set(j, "easy_read_switch", easy_read_switch);
  json::put_if_set(j, "draft_english", draft_english);
  j["elements"] = Json::array();
  for (const auto& e : elements) j["elements"].push_back(std::visit([](const auto& one) { return element_json(one); }, e));
  return j;
}

const char* to_string(ScreenKind kind) {
  switch (kind) {
    case ScreenKind::kStart: return "start";
    case ScreenKind::kQuestion: return "question";
    case ScreenKind::kCheckAnswers: return "check-answers";
    case ScreenKind::kResult: return "result";
    case ScreenKind::kCode: return "code";
    case ScreenKind::kStatement: return "statement";
  }
  return "start";
}

const char* to_string(ActionEvent event) {
  switch (event) {
    case ActionEvent::kStart: return "start";
    case ActionEvent::kAnswer: return "answer";
    case ActionEvent::kBack: return "back";
    case ActionEvent::kChange: return "change";
    case ActionEvent::kConfirm: return "confirm";
    case ActionEvent::kRestart: return "restart";
    case ActionEvent::kCode: return "code";
  }
  return "start";
}

const char* to_string(QuestionKind kind) {
  switch (kind) {
    case QuestionKind::kChoice: return "choice";
    case QuestionKind::kMulti: return "multi";
    case QuestionKind::kDate: return "date";
    case QuestionKind::kPlace: return "place";
  }
  return "choice";
}

}  // namespace signpost::core::view
