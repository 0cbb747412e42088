// The HTML renderer: escaped text everywhere, ids that every link, label and
// aria-describedby points at, and the GOV.UK question pattern.
#include <regex>
#include <set>

#include "../core/support.h"

#include "core/flow/session.h"
#include "render/html/html_renderer.h"

using namespace signpost;
using core::flow::Event;
using core::json::Json;

namespace {

std::string href(const core::view::Action& a) { return "#state:" + std::string(core::view::to_string(a.event)) + (a.target.empty() ? "" : ":" + a.target); }

// Links that say what they do rather than carry a state.
render::html::Links links() {
  return {.action = href,
          .locale = [](const std::string& l) { return "#state:locale:" + l; },
          .easy_read = [](bool on) { return std::string(on ? "#state:easy" : "#state:plain"); }};
}

std::set<std::string> matches(const std::string& html, const std::string& pattern) {
  std::set<std::string> out;
  std::regex re(pattern);
  for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator(); ++it) out.insert((*it)[1]);
  return out;
}

// Every id that a link, label or aria-describedby names exists in the page.
void check_references(const std::string& html) {
  auto ids = matches(html, R"re( id="([^"]+)")re");
  for (const auto& target : matches(html, R"re(href="#([a-z_][^":]*)")re")) CHECK_MESSAGE(ids.count(target), target);
  for (const auto& target : matches(html, R"re( for="([^"]+)")re")) CHECK_MESSAGE(ids.count(target), target);
  for (const auto& list : matches(html, R"re(aria-describedby="([^"]+)")re")) {
    std::size_t start = 0;
    while (start < list.size()) {
      auto end = list.find(' ', start);
      std::string one = list.substr(start, end == std::string::npos ? std::string::npos : end - start);
      CHECK_MESSAGE(ids.count(one), one);
      if (end == std::string::npos) break;
      start = end + 1;
    }
  }
}

struct Walk {
  const core::offer::Offer& offer = test::builtin_offer("leicestershire");
  core::i18n::Catalogs catalogs = test::builtin_catalogs();
  std::unique_ptr<core::i18n::Localizer> words;
  std::unique_ptr<core::flow::Session> session;
  Walk() { reset(); }
  void reset() {
    words = std::make_unique<core::i18n::Localizer>(catalogs, offer, "en-GB");
    session = std::make_unique<core::flow::Session>(offer, test::kToday);
  }
  std::string html() {
    return render::html::render(session->screen(*words), links());
  }
};

}  // namespace

TEST_CASE("text is escaped: a catalog string holding a script shows as text") {
  Walk w;
  auto common = *w.catalogs.find("en-GB", "common");
  common.patterns["start.heading"] = "<script>alert(1)</script>";
  common.messages.erase("start.heading");
  common.messages.emplace("start.heading", *core::i18n::Message::parse("<script>alert(1)</script>"));
  w.catalogs.put(common);
  w.reset();
  std::string html = w.html();
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(render::html::escape(R"(a&b<c>"d"'e')") == "a&amp;b&lt;c&gt;&quot;d&quot;&#39;e&#39;");
}

TEST_CASE("a question is a fieldset whose legend is the page's h1, with its hint described") {
  Walk w;
  w.session->handle({Event::Kind::kStart, "", {}});
  w.session->handle({Event::Kind::kAnswer, "who", "parent"});
  std::string html = w.html();
  CHECK(html.find(R"(<legend class="sp-fieldset__legend"><h1 class="sp-fieldset__heading" tabindex="-1">Does your child live in Leicestershire?</h1></legend>)") !=
        std::string::npos);
  CHECK(html.find(R"(aria-describedby="lives_in_area-hint")") != std::string::npos);
  CHECK(html.find(R"(<input class="sp-choice__input" id="lives_in_area" name="lives_in_area" type="radio" value="yes">)") != std::string::npos);
  CHECK(html.find(R"(<div class="sp-choice-divider">or</div>)") != std::string::npos);  // before "I'm not sure"
  CHECK(html.find(R"(<button type="submit" class="sp-button" data-module="submit">Continue</button></form>)") != std::string::npos);
  check_references(html);
}

TEST_CASE("an error is in the summary, linked to the field, and inline with a hidden Error: prefix") {
  Walk w;
  w.session->handle({Event::Kind::kStart, "", {}});
  w.session->handle({Event::Kind::kAnswer, "who", "parent"});
  w.session->handle({Event::Kind::kAnswer, "lives_in_area", "yes"});
  w.session->handle({Event::Kind::kAnswer, "date_of_birth", Json{{"day", "3"}, {"month", ""}, {"year", "2015"}}});
  std::string html = w.html();
  CHECK(html.find(R"(<li><a href="#date_of_birth-month">Date of birth must include a month</a></li>)") != std::string::npos);
  CHECK(html.find(R"(<span class="sp-visually-hidden">Error:</span> Date of birth must include a month)") != std::string::npos);
  CHECK(html.find(R"(aria-describedby="date_of_birth-hint date_of_birth-error")") != std::string::npos);
  CHECK(html.find(R"(id="date_of_birth-day" name="day" type="text" inputmode="numeric" autocomplete="off" spellcheck="false" value="3")") !=
        std::string::npos);
  // Only the missing month is marked in red.
  CHECK(html.find(R"(<input class="sp-input sp-input--width-2 sp-input--error" id="date_of_birth-month")") != std::string::npos);
  CHECK(html.find(R"(<input class="sp-input sp-input--width-2" id="date_of_birth-day")") != std::string::npos);
  CHECK(html.find(R"(<input class="sp-input sp-input--width-4" id="date_of_birth-year")") != std::string::npos);
  check_references(html);
}

TEST_CASE("check your answers is a summary list whose change links name what they change") {
  Walk w;
  w.session->resume(test::case_answers("mo", w.offer));
  std::string html = w.html();
  CHECK(html.find(R"(<dt class="sp-summary-list__key">Date of birth</dt><dd class="sp-summary-list__value">14 May 2017</dd>)") != std::string::npos);
  CHECK(html.find(R"(<a href="#state:change:date_of_birth" data-event="change">Change<span class="sp-visually-hidden"> Date of birth</span></a>)") !=
        std::string::npos);
  check_references(html);
}

TEST_CASE("the result page shows each route as a card headed by its title, with why and what next") {
  Walk w;
  w.session->resume(test::case_answers("melody", w.offer));
  w.session->handle({Event::Kind::kConfirm, "", {}});
  std::string html = w.html();
  CHECK(html.find(R"(<section class="sp-card sp-card--assessment" aria-labelledby="route-worker-assessed-dp">)") != std::string::npos);
  // Melody's EHCP is under way: not yet, saying what to wait for, with why folded away.
  CHECK(html.find(R"(<section class="sp-card sp-card--not-yet" aria-labelledby="route-summer-dp-card">)") != std::string::npos);
  CHECK(html.find(R"(<p class="sp-card__wait"><strong>Your child is being assessed for an EHCP.)") != std::string::npos);
  CHECK(html.find(R"(<details class="sp-details sp-card__more"><summary class="sp-details__summary">What it is, and why<span class="sp-visually-hidden">: )") !=
        std::string::npos);
  CHECK(html.find(R"(<li class="sp-reason sp-reason--unknown"><span class="sp-visually-hidden">Not known yet: </span>)") != std::string::npos);
  CHECK(html.find("<h4 class=\"sp-card__label\">Who does the assessment</h4>") != std::string::npos);
  // What to do now comes first, with First Response's published number as a tel: link.
  CHECK(html.find(R"(<ol class="sp-todo">)") < html.find("sp-card--"));
  CHECK(html.find(R"(<a href="tel:01163050005">0116 305 0005</a>)") != std::string::npos);
  CHECK(html.find(R"(<a href="#request">Your request, ready to send</a>)") != std::string::npos);
  // The request: answers to tick, letters in English (the council's copy), and no email where none is published.
  CHECK(html.find(R"(<div class="sp-request" id="request" data-request data-subject="Request for a short breaks assessment">)") != std::string::npos);
  CHECK(html.find(R"(<article class="sp-letter" lang="en-GB" dir="ltr" data-letter-en>)") != std::string::npos);
  CHECK(html.find("data-request-email") == std::string::npos);
  CHECK(html.find("First Response has not published an email address for this.") != std::string::npos);
  CHECK(html.find(R"(<p class="sp-code__value" data-code>)") != std::string::npos);
  // One h1, and headings that never skip a level.
  CHECK(matches(html, "(<h1)").size() == 1);
  check_references(html);
}

TEST_CASE("the place question: a postcode box carrying the question's id, then the areas as radios") {
  Walk w;
  w.session->resume(test::case_answers("mo", w.offer));
  w.session->handle({Event::Kind::kChange, "postcode_district", {}});
  w.session->handle({Event::Kind::kAnswer, "postcode_district", core::json::Json{{"postcode", "<b>"}, {"area", ""}}});
  std::string html = w.html();
  CHECK(html.find(R"(<form class="sp-form" method="post" novalidate data-question="postcode_district" data-kind="place">)") != std::string::npos);
  CHECK(html.find(R"(id="postcode_district" name="postcode" type="text" autocomplete="postal-code")") != std::string::npos);
  CHECK(html.find(R"(value="&lt;b&gt;")") != std::string::npos);  // what was typed comes back, escaped
  CHECK(html.find(R"(<input class="sp-choice__input" id="postcode_district-charnwood" name="area" type="radio" value="charnwood")") !=
        std::string::npos);
  CHECK(html.find("Enter the first part of a postcode, like LE19 or LE11") != std::string::npos);
  check_references(html);
}

TEST_CASE("a service card: its name escaped, marked English on another language's page, an example said to be one") {
  Walk w;
  core::directory::Directory d;
  core::directory::Service s;
  s.id = "swim";
  s.name = "Swim <club>";
  s.tier = "universal";
  s.demo = true;
  s.phone = "0116 000 0000";
  s.locations.push_back({"LE11", std::nullopt, std::nullopt});
  d.services.push_back(s);
  core::i18n::Localizer polish(w.catalogs, w.offer, "pl");
  core::flow::Session session(w.offer, test::kToday, &d);
  session.resume(test::case_answers("mo", w.offer));
  session.handle({Event::Kind::kConfirm, "", {}});
  std::string html = render::html::render(session.screen(polish), links());
  CHECK(html.find(R"(<section class="sp-card sp-card--service sp-card--demo" aria-labelledby="service-swim">)") != std::string::npos);
  CHECK(html.find(R"(<h3 class="sp-card__title" id="service-swim" lang="en-GB" dir="ltr">Swim &lt;club&gt;</h3>)") != std::string::npos);
  CHECK(html.find(R"(<a href="tel:01160000000">0116 000 0000</a>)") != std::string::npos);
  CHECK(html.find(R"(<form class="sp-search" role="search" novalidate data-search>)") != std::string::npos);
  CHECK(html.find("<club>") == std::string::npos);
  check_references(html);
}

TEST_CASE("the request's email holds the subject and every answer, in English for the council, and the letters each language") {
  core::view::Screen screen;
  screen.kind = core::view::ScreenKind::kResult;
  core::view::Request r;
  r.to = {"front-door", "Front Door", "", "", "ask@example.org", "", "", ""};
  r.lead = "You send it yourself.";
  r.rows = {{"ehcp", "EHCP", "Tak", "EHCP", "Yes"}, {"dla_care", "DLA", "Wysoka", "DLA", "High & more"}};
  r.email_button = "Napisz e-mail";
  r.email_subject = "Request for a short breaks assessment";
  core::view::Letter polish{"pl", "ltr", "Prośba", "Do: Front Door", {"Proszę"}, "Odpowiedzi:", {"Imię"}, {"Dziękuję"}};
  core::view::Letter english{"en-GB", "ltr", "Request for a short breaks assessment", "To: Front Door", {"I am writing"}, "My answers:",
                             {"Name"}, {"Thank you."}};
  r.letters = {polish, english};
  screen.elements.push_back(r);
  const std::string html = render::html::render(screen, {});
  CHECK(html.find(R"(data-to="ask@example.org")") != std::string::npos);
  CHECK(html.find(R"(<a class="sp-button" data-request-email href="mailto:ask@example.org?subject=Request%20for%20a%20short%20breaks%20assessment&amp;body=)") !=
        std::string::npos);
  CHECK(html.find("%0A-%20DLA%3A%20High%20%26%20more%0A") != std::string::npos);  // each answer a line of its own, encoded
  CHECK(html.find("Wysoka") != std::string::npos);                             // the family reads its own words
  CHECK(html.find(R"(data-line="EHCP: Yes")") != std::string::npos);
  CHECK(html.find(R"(<article class="sp-letter" lang="pl" dir="ltr">)") < html.find(R"(<article class="sp-letter" lang="en-GB")"));
}
