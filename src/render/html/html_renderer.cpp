// Sections: escaping; small pieces; the question form; outcome cards; render().
#include "render/html/html_renderer.h"

#include <algorithm>
#include <cctype>

#include "core/url/link.h"

namespace signpost::render::html {

using core::view::Action;
using core::view::ActionEvent;
using core::view::ErrorSummary;
using core::view::Heading;
using core::view::List;
using core::view::Notice;
using core::view::Outcome;
using core::view::Overloaded;
using core::view::Paragraph;
using core::view::Question;
using core::view::QuestionKind;
using core::view::Screen;
using core::view::ScreenKind;
using core::view::Search;
using core::view::Service;
using core::view::Steps;
using core::view::Summary;
using core::view::CodeEntry;
using core::view::Contacts;
using core::view::Fold;
using core::view::FoldEnd;
using core::view::Request;
using core::view::ResumeCode;
using core::view::Todo;

// --- escaping and writing --------------------------------------------------------

namespace {

void escape_to(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
}

// A piece of markup, written as it is, or escaped (text and attribute values).
struct Piece {
  Piece(const char* markup) : text(markup) {}
  Piece(const std::string& markup) : text(markup) {}
  Piece(std::string_view t, bool escaped) : text(t), escape(escaped) {}
  std::string_view text;
  bool escape = false;
};
Piece esc(std::string_view text) { return {text, true}; }

// A line of markup in one call: each piece appended in turn, rather than a
// chain of string temporaries (far less code in the WebAssembly module).
void put(std::string& out, std::initializer_list<Piece> pieces) {
  for (const Piece& p : pieces) {
    if (p.escape) escape_to(out, p.text);
    else out += p.text;
  }
}

}  // namespace

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  escape_to(out, text);
  return out;
}

namespace {

// --- small pieces -----------------------------------------------------------------

class Writer {
 public:
  Writer(const Screen& s, const Links& links) : screen_(s), links_(links) {}

  // A label's words (unescaped: written with esc()); its name where there are none.
  const std::string& label(const std::string& name) const {
    auto it = screen_.labels.find(name);
    return it == screen_.labels.end() ? name : it->second;
  }
  std::string href(const Action& a) const { return links_.action ? links_.action(a) : "#"; }
  std::string locale_href(const std::string& locale) const { return links_.locale ? links_.locale(locale) : "#"; }

  // Easy read ideas: each sentence with its picture beside it.
  void ideas(std::string& out, const std::vector<core::view::Idea>& list) const {
    out += "<ul class=\"sp-ideas\">";
    for (const auto& i : list) {
      // A picture already shown on the page is not shown again; the sentence keeps its place in line.
      if (i.picture.empty()) {
        out += "<li class=\"sp-idea sp-idea--text\">";
      } else {
        put(out, {"<li class=\"sp-idea\"><img class=\"sp-idea__picture", i.mirrored ? " sp-idea__picture--mirrored" : "", "\" src=\"",
                  esc(links_.pictures + id(i.picture) + ".svg"), "\" alt=\"", esc(i.alt), "\" width=\"56\" height=\"56\">"});
      }
      put(out, {"<span class=\"sp-idea__text\">", esc(i.text), "</span></li>"});
    }
    out += "</ul>";
  }
  // A paragraph, or its ideas in easy read.
  void text_or_ideas(std::string& out, const std::string& text, const std::vector<core::view::Idea>& list, const char* tag = "p",
                     const char* cls = "sp-body") const {
    if (!list.empty()) ideas(out, list);
    else if (!text.empty()) put(out, {"<", tag, " class=\"", cls, "\">", esc(text), "</", tag, ">"});
  }

  // One row above the question: the easy read switch, and the language
  // control folded into one disclosure (its summary names the current
  // language; each language is named in itself). Then the notice that a
  // machine-drafted language has not been checked.
  void top(std::string& out) const {
    const bool languages = screen_.languages.size() > 1;
    if (!screen_.easy_read_switch.empty() || languages) out += "<div class=\"sp-topbar\">";
    if (!screen_.easy_read_switch.empty()) {
      put(out, {"<a class=\"sp-topbar__easy-read\" href=\"", esc(links_.easy_read ? links_.easy_read(!screen_.easy_read) : "#"),
                "\" data-easy-read=\"", screen_.easy_read ? "off" : "on", "\"><img src=\"", esc(links_.pictures),
                "look.svg\" alt=\"\" width=\"24\" height=\"24\"> ", esc(screen_.easy_read_switch), "</a>"});
    }
    if (languages) {
      std::string current;
      for (const auto& l : screen_.languages)
        if (l.current) current = l.name;
      put(out, {"<details class=\"sp-languages\"><summary class=\"sp-languages__summary\"><svg class=\"sp-languages__icon\" "
                "xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\" viewBox=\"0 0 20 20\" aria-hidden=\"true\" focusable=\"false\">"
                "<g fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.6\"><circle cx=\"10\" cy=\"10\" r=\"8.2\"/><ellipse cx=\"10\" cy=\"10\" "
                "rx=\"3.6\" ry=\"8.2\"/><path d=\"M1.8 10h16.4M3.2 5.5h13.6M3.2 14.5h13.6\"/></g></svg>",
                esc(screen_.language_label), ": ", esc(current), "</summary><nav aria-label=\"", esc(screen_.language_label),
                "\"><ul class=\"sp-languages__list\">"});
      for (const auto& l : screen_.languages) {
        put(out, {"<li class=\"sp-languages__item\"><a class=\"sp-languages__link\" href=\"", esc(locale_href(l.locale)), "\" lang=\"", esc(l.locale),
                  "\" hreflang=\"", esc(l.locale), "\" dir=\"", esc(l.dir), "\" data-locale=\"", esc(l.locale), "\"",
                  l.current ? " aria-current=\"true\"" : "", ">", esc(l.name), "</a></li>"});
      }
      out += "</ul></nav></details>";
    }
    if (!screen_.easy_read_switch.empty() || languages) out += "</div>";
    if (!screen_.draft_notice.empty()) {
      put(out, {"<div class=\"sp-draft\" role=\"note\"><p class=\"sp-draft__text\">", esc(screen_.draft_notice), " <a href=\"",
                esc(locale_href("en-GB")), "\" data-locale=\"en-GB\">", esc(screen_.draft_english), "</a></p></div>"});
    }
  }
  // Ids come from pack ids; keep them to characters safe in id and CSS selectors.
  static std::string id(std::string_view raw) {
    std::string out;
    for (char c : raw) out += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '-';
    return out;
  }

  void list(std::string& out, const std::vector<std::string>& items, const char* cls = "sp-list sp-list--bullet") const {
    if (items.empty()) return;
    put(out, {"<ul class=\"", cls, "\">"});
    for (const auto& i : items) put(out, {"<li>", esc(i), "</li>"});
    out += "</ul>";
  }

  // A card's small heading and its list, when there is anything to list.
  void labelled_list(std::string& out, const std::string& label_name, const std::vector<std::string>& items) const {
    if (items.empty()) return;
    small_heading(out, label_name);
    list(out, items);
  }
  void small_heading(std::string& out, const std::string& label_name) const {
    put(out, {"<h4 class=\"sp-card__label\">", esc(label(label_name)), "</h4>"});
  }

  void action(std::string& out, const Action& a) const {
    switch (a.event) {
      case ActionEvent::kBack:
        put(out, {"<a href=\"", esc(href(a)), "\" class=\"sp-back-link\" data-event=\"back\">", esc(a.label), "</a>"});
        return;
      case ActionEvent::kStart:
        put(out, {"<a href=\"", esc(href(a)), "\" role=\"button\" draggable=\"false\" class=\"sp-button sp-button--start\" data-event=\"start\">",
                  esc(a.label),
                  "<svg class=\"sp-button__icon\" xmlns=\"http://www.w3.org/2000/svg\" width=\"17.5\" height=\"19\" viewBox=\"0 0 33 40\" "
                  "aria-hidden=\"true\" focusable=\"false\"><path fill=\"currentColor\" d=\"M0 0h13l20 20-20 20H0l20-20z\"/></svg></a>"});
        return;
      case ActionEvent::kAnswer: return;  // the question's form has its button
      case ActionEvent::kCode:
        put(out, {"<p class=\"sp-code-link\"><a href=\"", esc(href(a)), "\" data-event=\"code\">", esc(a.label), "</a></p>"});
        return;
      case ActionEvent::kChange:
      case ActionEvent::kConfirm:
      case ActionEvent::kRestart:
        put(out, {"<a href=\"", esc(href(a)), "\" role=\"button\" draggable=\"false\" class=\"",
                  a.primary ? "sp-button" : "sp-button sp-button--secondary", "\" data-event=\"", core::view::to_string(a.event), "\">", esc(a.label),
                  "</a>"});
        return;
    }
  }

  // An error message under its field, with a hidden "Error:" before it.
  void error_message(std::string& out, const std::string& field_id, const std::string& text) const {
    put(out, {"<p id=\"", field_id, "-error\" class=\"sp-error-message\"><span class=\"sp-visually-hidden\">", esc(label("error_prefix")), "</span> ",
              esc(text), "</p>"});
  }

  // --- the question form ------------------------------------------------------------

  void question(std::string& out, const Question& q, const Action* submit) const {
    const std::string qid = id(q.id);
    const bool error = !q.error.empty();
    std::string described;
    if (!q.hint.empty()) described += qid + "-hint";
    if (error) described += (described.empty() ? "" : " ") + qid + "-error";

    put(out, {"<form class=\"sp-form\" method=\"post\" novalidate data-question=\"", esc(q.id), "\" data-kind=\"", core::view::to_string(q.kind), "\">",
              "<div class=\"sp-form-group", error ? " sp-form-group--error" : "", "\">", "<fieldset class=\"sp-fieldset\"",
              described.empty() ? "" : " aria-describedby=\"", described, described.empty() ? "" : "\"",
              q.kind == QuestionKind::kDate ? " role=\"group\"" : "", ">",
              "<legend class=\"sp-fieldset__legend\"><h1 class=\"sp-fieldset__heading\" tabindex=\"-1\">", esc(q.text), "</h1></legend>"});
    if (!q.hint.empty()) {
      put(out, {"<div id=\"", qid, "-hint\" class=\"sp-hint\">"});
      if (!q.hint_ideas.empty()) ideas(out, q.hint_ideas);
      else escape_to(out, q.hint);
      out += "</div>";
    }
    if (error) error_message(out, qid, q.error);

    if (q.kind == QuestionKind::kDate) {
      out += "<div class=\"sp-date-input\">";
      for (const std::string part : {"day", "month", "year"}) {
        const std::string pid = qid + "-" + part;
        auto value = q.date.find(part), text = q.date_labels.find(part);
        const bool marked = error && (q.error_part.empty() || q.error_part.find(part) != std::string::npos);
        put(out, {"<div class=\"sp-date-input__item\"><label class=\"sp-label\" for=\"", pid, "\">",
                  esc(text == q.date_labels.end() ? part : text->second), "</label>",
                  "<input class=\"sp-input sp-input--width-", part == "year" ? "4" : "2", marked ? " sp-input--error" : "", "\" id=\"", pid,
                  "\" name=\"", part, "\" type=\"text\" inputmode=\"numeric\" autocomplete=\"off\" spellcheck=\"false\" value=\"",
                  esc(value == q.date.end() ? std::string_view() : std::string_view(value->second)), "\"></div>"});
      }
      out += "</div>";
    } else {
      const bool multi = q.kind == QuestionKind::kMulti, place = q.kind == QuestionKind::kPlace;
      if (place) {
        // The postcode box first (it carries the question's id, for the error
        // summary), then the areas to pick from instead.
        put(out, {"<div class=\"sp-form-group sp-form-group--nested\"><label class=\"sp-label\" for=\"", qid, "\">", esc(q.postcode.label),
                  "</label><div id=\"", qid, "-postcode-hint\" class=\"sp-hint\">", esc(q.postcode.hint),
                  "</div><input class=\"sp-input sp-input--width-10", error ? " sp-input--error" : "", "\" id=\"", qid,
                  "\" name=\"postcode\" type=\"text\" autocomplete=\"postal-code\" spellcheck=\"false\" aria-describedby=\"", qid,
                  "-postcode-hint\" value=\"", esc(q.postcode.value), "\"></div>", "<p class=\"sp-label sp-label--heading\">", esc(q.options_label),
                  "</p>"});
      }
      put(out, {"<div class=\"", multi ? "sp-checkboxes" : "sp-radios", "\">"});
      for (std::size_t i = 0; i < q.options.size(); ++i) {
        const auto& o = q.options[i];
        // The first input carries the question's own id, so the error summary can link to it.
        const std::string oid = i == 0 && !place ? qid : qid + "-" + id(o.value);
        if (o.exclusive || o.value == "unknown") put(out, {"<div class=\"sp-choice-divider\">", esc(label("or")), "</div>"});
        put(out, {"<div class=\"sp-choice\"><input class=\"sp-choice__input\" id=\"", oid, "\" name=\"", place ? Piece("area") : esc(q.id),
                  "\" type=\"", multi ? "checkbox" : "radio", "\" value=\"", esc(o.value), "\"", o.selected ? " checked" : "",
                  o.exclusive ? " data-exclusive" : "", "><label class=\"sp-label sp-choice__label\" for=\"", oid, "\">", esc(o.label),
                  "</label></div>"});
      }
      out += "</div>";
    }
    out += "</fieldset></div>";
    if (submit != nullptr) put(out, {"<button type=\"submit\" class=\"sp-button\" data-module=\"submit\">", esc(submit->label), "</button>"});
    out += "</form>";
  }

  // --- outcome cards ---------------------------------------------------------------------

  // Who to contact and how: the published phone (a tel: link), email and web
  // page, each only where it can only be a link (core/url/link.h): anything
  // else is left out, whatever the content or a feed held.
  void reach(std::string& out, const core::view::ContactItem& given) const {
    const core::view::ContactItem c = core::view::linkable(given);
    if (auto tel = core::url::tel_link(c.phone)) put(out, {"<p>", esc(label("phone")), ": <a href=\"", esc(*tel), "\">", esc(c.phone), "</a></p>"});
    if (auto mail = core::url::mailto_link(c.email))
      put(out, {"<p>", esc(label("email")), ": <a href=\"", esc(*mail), "\">", esc(c.email), "</a></p>"});
    if (auto web = core::url::web_link(c.url, true))
      put(out, {"<p><a href=\"", esc(*web), "\" rel=\"noreferrer\">", esc(label("website")), ": ", esc(c.name), "</a></p>"});
  }

  void contact(std::string& out, const core::view::ContactItem& c, bool with_how = true) const {
    put(out, {"<li><strong>", esc(c.name), "</strong>"});
    if (with_how && !c.how.empty()) put(out, {"<p>", esc(c.how), "</p>"});
    reach(out, c);
    out += "</li>";
  }

  void contacts(std::string& out, const std::vector<core::view::ContactItem>& list, bool with_how = true) const {
    if (list.empty()) return;
    out += "<ul class=\"sp-list sp-contacts\">";
    for (const auto& c : list) contact(out, c, with_how);
    out += "</ul>";
  }

  // A result's card shows its title, status and any letter to wait for; what
  // it is, what to do, why and who decides are folded under one disclosure
  // (what to do first is in "What to do now"). The start page's cards, which
  // have no reasons, show everything.
  void outcome(std::string& out, const core::view::OutcomeCard& o) const {
    const std::string hid = "route-" + id(o.route), status = id(o.status);
    put(out, {"<section class=\"sp-card sp-card--", status, "\" aria-labelledby=\"", hid, "\">", "<h3 class=\"sp-card__title\" id=\"", hid, "\">",
              esc(o.title), "</h3>", "<p class=\"sp-card__status\"><strong class=\"sp-tag sp-tag--", status, "\">", esc(o.status_text),
              "</strong></p>"});
    for (const auto& w : o.waits) put(out, {"<p class=\"sp-card__wait\"><strong>", esc(w), "</strong></p>"});
    const bool folded = std::any_of(o.reasons.begin(), o.reasons.end(), [](const auto& r) { return r.decisive; });
    if (folded)
      put(out, {"<details class=\"sp-details sp-card__more\"><summary class=\"sp-details__summary\">", esc(label("more")),
                "<span class=\"sp-visually-hidden\">: ", esc(o.title), "</span></summary>"});
    text_or_ideas(out, o.summary, o.summary_ideas, "p", "sp-card__summary");
    if (!o.who.empty()) {
      small_heading(out, "who");
      text_or_ideas(out, o.who, o.who_ideas, "p", "sp-card__who");
    }
    labelled_list(out, "next", o.next_steps);
    labelled_list(out, "otherwise", o.otherwise);
    if (folded) {
      small_heading(out, "why");
      out += "<ul class=\"sp-reasons\">";
      for (const auto& r : o.reasons) {
        if (!r.decisive) continue;
        put(out, {"<li class=\"sp-reason sp-reason--", id(r.result), "\"><span class=\"sp-visually-hidden\">", esc(label("result." + r.result)),
                  " </span>", esc(r.text), "</li>"});
      }
      out += "</ul>";
    }
    labelled_list(out, "check", o.checks);
    if (!o.assessed_by.empty()) {
      small_heading(out, "assessed_by");
      contacts(out, o.assessed_by);
    }
    if (!o.providers.empty()) {
      put(out, {"<details class=\"sp-details\"><summary class=\"sp-details__summary\">", esc(o.providers_label), "</summary>"});
      list(out, o.providers);
      out += "</details>";
    }
    if (folded) out += "</details>";
    out += "</section>";
  }

  // --- services -------------------------------------------------------------------------

  void search(std::string& out, const Search& e) const {
    const std::string sid = id(e.id);
    put(out, {"<form class=\"sp-search\" role=\"search\" novalidate data-search><div class=\"sp-form-group\"><label class=\"sp-label\" for=\"", sid,
              "\">", esc(e.box.label), "</label><div id=\"", sid, "-hint\" class=\"sp-hint\">", esc(e.box.hint),
              "</div><div class=\"sp-search__row\"><input class=\"sp-input sp-search__input\" id=\"", sid, "\" name=\"q\" type=\"search\" ",
              "aria-describedby=\"", sid, "-hint\" value=\"", esc(e.box.value), "\"><button type=\"submit\" class=\"sp-button sp-button--secondary\">",
              esc(e.button), "</button></div></div></form>"});
  }

  void field(std::string& out, const char* name, const std::string& value) const {
    if (!value.empty()) put(out, {"<dt>", esc(label(name)), "</dt><dd>", esc(value), "</dd>"});
  }

  void service(std::string& out, const core::view::ServiceCard& c) const {
    const std::string hid = "service-" + id(c.id);
    const std::string lang = c.lang.empty() ? "" : " lang=\"" + escape(c.lang) + "\" dir=\"ltr\"";
    put(out, {"<section class=\"sp-card sp-card--service", c.demo.empty() ? "" : " sp-card--demo", "\" aria-labelledby=\"", hid, "\">",
              "<h3 class=\"sp-card__title\" id=\"", hid, "\"", lang, ">", esc(c.name), "</h3>"});
    if (!c.demo.empty()) put(out, {"<p class=\"sp-card__demo\"><strong class=\"sp-tag sp-tag--demo\">", esc(c.demo), "</strong></p>"});
    put(out, {"<p class=\"sp-card__travel\">", esc(c.travel)});
    if (!c.near.empty()) put(out, {" <strong class=\"sp-tag sp-tag--eligible\">", esc(c.near), "</strong>"});
    out += "</p>";
    if (!c.description.empty()) put(out, {"<p class=\"sp-card__summary\"", lang, ">", esc(c.description), "</p>"});
    out += "<dl class=\"sp-card__facts\">";
    field(out, "tier", c.tier_name);
    field(out, "when", c.when);
    field(out, "ages", c.ages);
    field(out, "cost", c.cost);
    if (!c.access.empty()) {
      put(out, {"<dt>", esc(label("access")), "</dt><dd>"});
      list(out, c.access);
      out += "</dd>";
    }
    out += "</dl>";
    if (!c.contact.phone.empty() || !c.contact.email.empty() || !c.contact.url.empty()) contacts(out, {c.contact});
    out += "</section>";
  }

  // --- what to do now, the request, the code -----------------------------------

  void todo(std::string& out, const Todo& t) const {
    out += "<ol class=\"sp-todo\">";
    for (const auto& i : t.items) {
      put(out, {"<li class=\"sp-todo__item\"><h3 class=\"sp-heading-s\">", esc(i.title), "</h3>"});
      text_or_ideas(out, i.body, i.body_ideas, "p", "sp-todo__body");
      for (const auto& c : i.contacts) reach(out, c);
      if (i.link.rfind('#', 0) == 0) put(out, {"<p><a href=\"", esc(i.link), "\">", esc(i.link_text), "</a></p>"});  // a place on this page
      out += "</li>";
    }
    out += "</ol>";
  }

  // The request: the answers to tick, the email (its mailto: link holds the
  // ticked answers; a script keeps it up to date as boxes change), the letter
  // to print, what to say on the phone.
  void request(std::string& out, const Request& r) const {
    const std::string rid = id(r.id);
    put(out, {"<div class=\"sp-request\" id=\"", rid, "\" data-request data-subject=\"", esc(r.email_subject), "\"",
              r.to.email.empty() ? "" : " data-to=\"", esc(r.to.email), r.to.email.empty() ? "" : "\"", ">", "<p class=\"sp-body\">", esc(r.lead),
              "</p>", "<ul class=\"sp-list sp-contacts\">"});
    contact(out, r.to, false);
    put(out, {"</ul>", "<fieldset class=\"sp-fieldset\"><legend class=\"sp-fieldset__legend sp-label--heading\">", esc(r.include_label),
              "</legend><div class=\"sp-checkboxes sp-checkboxes--small\">"});
    for (const auto& row : r.rows) {
      const std::string cid = rid + "-" + id(row.question);
      put(out, {"<div class=\"sp-choice\"><input class=\"sp-choice__input\" id=\"", cid, "\" type=\"checkbox\" checked data-line=\"",
                esc(row.label_en), ": ", esc(row.value_en), "\"><label class=\"sp-label sp-choice__label\" for=\"", cid, "\">", esc(row.label), ": ",
                esc(row.value), "</label></div>"});
    }
    out += "</div></fieldset>";
    if (const std::string mail = mailto(r); !mail.empty())
      put(out, {"<p><a class=\"sp-button\" data-request-email href=\"", esc(mail), "\">", esc(r.email_button), "</a></p>"});
    else
      put(out, {"<p class=\"sp-body\">", esc(r.email_missing), "</p>"});
    put(out, {"<p><button type=\"button\" class=\"sp-button sp-button--secondary sp-js-only\" data-tool=\"print-letter\">", esc(r.letter_button),
              "</button></p>", "<h3 class=\"sp-heading-s\">", esc(r.phone_heading), "</h3><p class=\"sp-body\">", esc(r.phone_script), "</p>"});
    for (const auto& l : r.letters) letter(out, l, r);
    out += "</div>";
  }

  // The letter is shown only when printed (the print stylesheet).
  void letter(std::string& out, const core::view::Letter& l, const Request& r) const {
    const bool english = l.locale == "en-GB";
    put(out, {"<article class=\"sp-letter\" lang=\"", esc(l.locale), "\" dir=\"", esc(l.dir), "\"", english ? " data-letter-en" : "", ">",
              "<h2 class=\"sp-letter__title\">", esc(l.title), "</h2><p>", esc(l.to), "</p>"});
    for (const auto& p : l.paragraphs) put(out, {"<p>", esc(p), "</p>"});
    put(out, {"<p>", esc(l.answers_label), "</p><ul class=\"sp-letter__answers\">"});
    for (const auto& row : r.rows)
      put(out, {"<li data-question=\"", esc(row.question), "\">", esc(english ? row.label_en : row.label), ": ", esc(english ? row.value_en : row.value),
                "</li>"});
    out += "</ul><dl class=\"sp-letter__fields\">";
    for (const auto& f : l.fields) put(out, {"<dt>", esc(f), "</dt><dd></dd>"});
    out += "</dl>";
    for (std::size_t i = 0; i < l.closing.size(); ++i) put(out, {i == 0 ? "<p>" : "<p class=\"sp-letter__line\">", esc(l.closing[i]), "</p>"});
    out += "</article>";
  }

  // mailto: with the subject and the English lines of every answer (all are
  // ticked until the family unticks some).
  static std::string mailto(const Request& r) {
    std::string body;
    for (const auto& l : r.letters) {
      if (l.locale != "en-GB") continue;
      put(body, {l.title, "\n\n", l.to, "\n\n"});
      for (const auto& p : l.paragraphs) put(body, {p, "\n\n"});
      put(body, {l.answers_label, "\n"});
      for (const auto& row : r.rows) put(body, {"- ", row.label_en, ": ", row.value_en, "\n"});
      body += "\n";
      for (const auto& f : l.fields) put(body, {f, ": \n"});
      put(body, {"\n", l.closing.empty() ? "" : Piece(l.closing.front()), "\n"});
    }
    return core::url::mailto_with(r.to.email, r.email_subject, body).value_or("");
  }

  void resume_code(std::string& out, const ResumeCode& c) const {
    put(out, {"<div class=\"sp-code\"><h2 class=\"sp-heading-m\">", esc(c.label), "</h2><p class=\"sp-code__value\" data-code>", esc(c.code),
              "</p><p class=\"sp-hint\">", esc(c.hint), "</p></div>"});
  }

  void code_entry(std::string& out, const CodeEntry& e) const {
    const std::string cid = id(e.id);
    const bool error = !e.error.empty();
    put(out, {"<form class=\"sp-form\" method=\"post\" novalidate data-code-entry><div class=\"sp-form-group", error ? " sp-form-group--error" : "",
              "\"><label class=\"sp-label\" for=\"", cid, "\">", esc(e.box.label), "</label><div id=\"", cid, "-hint\" class=\"sp-hint\">",
              esc(e.box.hint), "</div>"});
    if (error) error_message(out, cid, e.error);
    put(out, {"<input class=\"sp-input sp-input--width-20 sp-code__input", error ? " sp-input--error" : "", "\" id=\"", cid,
              "\" name=\"code\" type=\"text\" autocomplete=\"off\" autocapitalize=\"characters\" spellcheck=\"false\" aria-describedby=\"", cid, "-hint",
              error ? " " : "", error ? Piece(cid) : "", error ? "-error" : "", "\" value=\"", esc(e.box.value),
              "\"></div><button type=\"submit\" class=\"sp-button\">", esc(e.button), "</button></form>"});
  }

 private:
  const Screen& screen_;
  const Links& links_;
};

}  // namespace

// --- render() -----------------------------------------------------------------------------

std::string render(const Screen& screen, const Links& links) {
  Writer w(screen, links);
  std::string out = screen.easy_read ? "<div class=\"sp-easy-read\">" : "<div>";
  w.top(out);
  if (screen.kind == ScreenKind::kStart)
    put(out, {"<p class=\"sp-resume sp-js-only\" data-resume hidden><a href=\"#\" data-tool=\"resume\">", esc(w.label("resume")), "</a></p>"});
  const Action* submit = nullptr;
  for (const auto& e : screen.elements)
    if (const auto* a = std::get_if<Action>(&e); a != nullptr && a->event == ActionEvent::kAnswer) submit = a;

  for (const auto& e : screen.elements) {
    std::visit(Overloaded{
                   [&](const Heading& h) {
                     const char* level[] = {"1", "2", "3", "4"};
                     const char* tag = level[std::clamp(h.level, 1, 4) - 1];
                     put(out, {"<h", tag, " class=\"", h.level == 1 ? "sp-heading-xl" : h.level == 2 ? "sp-heading-l" : "sp-heading-m", "\"",
                               h.level == 1 ? " tabindex=\"-1\"" : "", ">", esc(h.text), "</h", tag, ">"});
                   },
                   [&](const Paragraph& p) {
                     const auto href = p.link.empty() || !p.ideas.empty() ? std::nullopt : core::url::web_link(p.link);
                     const std::size_t at = href ? p.text.find(p.link) : std::string::npos;
                     const std::string_view text = p.text;
                     if (at != std::string::npos)  // the address in the text, as a link (only a web page's, url/link.h)
                       put(out, {"<p class=\"sp-body\">", esc(text.substr(0, at)), "<a href=\"", esc(*href), "\">", esc(p.link), "</a>",
                                 esc(text.substr(at + p.link.size())), "</p>"});
                     else if (p.lang.empty()) w.text_or_ideas(out, p.text, p.ideas);
                     else put(out, {"<p class=\"sp-body\" lang=\"", esc(p.lang), "\" dir=\"ltr\">", esc(p.text), "</p>"});
                   },
                   [&](const List& l) { w.list(out, l.items); },
                   [&](const Notice& n) {
                     out += "<div class=\"sp-inset\">";
                     w.text_or_ideas(out, n.text, n.ideas, "p", "sp-inset__text");
                     out += "</div>";
                   },
                   [&](const ErrorSummary& s) {
                     put(out, {"<div class=\"sp-error-summary\" tabindex=\"-1\" aria-labelledby=\"error-summary-title\"><div role=\"alert\">",
                               "<h2 class=\"sp-error-summary__title\" id=\"error-summary-title\">", esc(s.title),
                               "</h2><ul class=\"sp-list sp-error-summary__list\">"});
                     for (const auto& err : s.errors) put(out, {"<li><a href=\"#", Writer::id(err.target), "\">", esc(err.text), "</a></li>"});
                     out += "</ul></div></div>";
                   },
                   [&](const Question& q) { w.question(out, q, submit); },
                   [&](const Summary& s) {
                     out += "<dl class=\"sp-summary-list\">";
                     for (const auto& r : s.rows) {
                       const Action change{ActionEvent::kChange, "", r.question};
                       put(out, {"<div class=\"sp-summary-list__row\"><dt class=\"sp-summary-list__key\">", esc(r.label),
                                 "</dt><dd class=\"sp-summary-list__value\">", esc(r.value), "</dd><dd class=\"sp-summary-list__actions\"><a href=\"",
                                 esc(w.href(change)), "\" data-event=\"change\">", esc(r.change), "<span class=\"sp-visually-hidden\"> ",
                                 esc(r.change_hidden), "</span></a></dd></div>"});
                     }
                     out += "</dl>";
                   },
                   [&](const Outcome& o) { w.outcome(out, o.card); },
                   [&](const Service& s) { w.service(out, s.card); },
                   [&](const Search& s) { w.search(out, s); },
                   [&](const Steps& s) {
                     out += "<ol class=\"sp-steps\">";
                     for (const auto& step : s.steps) {
                       put(out, {"<li class=\"sp-steps__item\"><h3 class=\"sp-heading-s\">", esc(step.title), "</h3>"});
                       w.text_or_ideas(out, step.body, step.body_ideas, "p", "sp-steps__body");
                       w.contacts(out, step.contacts, false);
                       out += "</li>";
                     }
                     out += "</ol>";
                   },
                   [&](const Action& a) { w.action(out, a); },
                   [&](const Todo& t) { w.todo(out, t); },
                   [&](const Fold& f) {
                     put(out, {"<details class=\"sp-details sp-fold\"><summary class=\"sp-details__summary\">", esc(f.summary), "</summary>"});
                   },
                   [&](const FoldEnd&) { out += "</details>"; },
                   [&](const Contacts& c) { w.contacts(out, c.items); },
                   [&](const Request& r) { w.request(out, r); },
                   [&](const ResumeCode& c) { w.resume_code(out, c); },
                   [&](const CodeEntry& e) { w.code_entry(out, e); },
                   [&](const core::view::Pathway& p) {
                     put(out, {"<ol class=\"sp-pathway\" aria-label=\"", esc(p.label), "\">"});
                     for (std::size_t i = 0; i < p.steps.size(); ++i) {
                       put(out, {"<li class=\"sp-pathway__step\"><span class=\"sp-pathway__number\" aria-hidden=\"true\">", std::to_string(i + 1),
                                 "</span><span class=\"sp-pathway__title\">", esc(p.steps[i].title), "</span>"});
                       if (!p.steps[i].when.empty()) put(out, {"<span class=\"sp-pathway__when\">", esc(p.steps[i].when), "</span>"});
                       out += "</li>";
                     }
                     out += "</ol>";
                   },
               },
               e);
  }
  // The council's statement, from its start page, in the page's language and reading mode.
  if (screen.kind == ScreenKind::kStart && !links.statement.empty())
    put(out, {"<p class=\"sp-body sp-statement-link\"><a href=\"", esc(links.statement), esc(screen.locale), "/", screen.easy_read ? "easy-read/" : "",
              "\">", esc(w.label("statement")), "</a></p>"});
  // Anonymous counts for the council, asked after the result; the page's
  // script sends them only when the family presses yes (web/app.js).
  if (screen.kind == ScreenKind::kResult && links.counts)
    put(out, {"<section class=\"sp-counts sp-js-only\" data-counts aria-labelledby=\"sp-counts-heading\"><h2 class=\"sp-heading-m\" "
              "id=\"sp-counts-heading\">",
              esc(w.label("counts_heading")), "</h2><p class=\"sp-body\">", esc(w.label("counts_body")),
              "</p><div class=\"sp-counts__buttons\" data-counts-buttons><button type=\"button\" class=\"sp-button\" data-counts-answer=\"yes\">",
              esc(w.label("counts_yes")), "</button> <button type=\"button\" class=\"sp-button sp-button--secondary\" data-counts-answer=\"no\">",
              esc(w.label("counts_no")), "</button></div><p class=\"sp-body sp-counts__said\" role=\"status\" data-counts-said data-sent=\"",
              esc(w.label("counts_sent")), "\" data-declined=\"", esc(w.label("counts_declined")), "\" data-failed=\"", esc(w.label("counts_failed")),
              "\"></p></section>"});
  // A statement is a page to read and print, with no answers to save.
  if (screen.kind == ScreenKind::kStatement) return out + "</div>";
  // Read aloud, print and saving need a script; the page shows them only when
  // one runs. Nothing is saved unless the family presses "Save".
  const char* button = "<button type=\"button\" class=\"sp-tools__button\" ";
  put(out, {"<div class=\"sp-tools sp-js-only\">", button, "data-tool=\"speak\" data-stop=\"", esc(w.label("stop_reading")), "\">",
            esc(w.label("read_aloud")), "</button>", button, "data-tool=\"print\">", esc(w.label("print")), "</button>"});
  if (screen.kind != ScreenKind::kStart) put(out, {button, "data-tool=\"save\">", esc(w.label("save")), "</button>"});
  put(out, {button, "data-tool=\"forget\" hidden>", esc(w.label("forget")), "</button></div>", "<p class=\"sp-saved sp-js-only\" role=\"status\" data-saved hidden>",
            esc(w.label("saved")), "</p>", "</div>"});
  return out;
}

}  // namespace signpost::render::html
