// Signposting: where the family lives, which services suit them, nearest
// first, and search that ignores case and accents.
#include "support.h"

#include "core/directory/match.h"
#include "core/directory/suits.h"
#include "core/flow/path.h"
#include "core/flow/session.h"
#include "core/places/places.h"

using namespace signpost;
using core::json::Json;
using core::directory::Directory;
using core::directory::Service;

namespace {

const core::offer::Offer& leicestershire() { return test::builtin_offer("leicestershire"); }

Service service(std::string id, std::string tier, std::string district) {
  Service s;
  s.id = id;
  s.name = "Service " + id;
  s.tier = std::move(tier);
  if (!district.empty()) s.locations.push_back({district, std::nullopt, std::nullopt});
  return s;
}

std::vector<std::string> ids(const std::vector<core::directory::Match>& matches) {
  std::vector<std::string> out;
  for (const auto& m : matches) out.push_back(m.service->id);
  return out;
}

core::directory::Family family_in(const std::string& place) {
  core::directory::Family f;
  f.tiers = {"universal", "early-help"};
  if (const auto* at = leicestershire().places.find(place)) f.home = *at;
  return f;
}

}  // namespace

TEST_CASE("a place answer keeps only the postcode district, and knows the offer's districts and areas") {
  const auto* q = leicestershire().question("postcode_district");
  REQUIRE(q != nullptr);
  CHECK(q->signposting);
  auto check = [&](const Json& raw) { return core::rules::check_answer(*q, raw, test::kToday); };
  CHECK(std::get<std::string>(*check("le11 3ab").value) == "LE11");
  CHECK(std::get<std::string>(*check(Json{{"postcode", " LE11 "}, {"area", "melton"}}).value) == "LE11");  // typed wins
  CHECK(std::get<std::string>(*check(Json{{"postcode", ""}, {"area", "melton"}}).value) == "melton");
  CHECK(std::get<std::string>(*check("unknown").value) == "unknown");
  CHECK(check(Json{{"postcode", "not a postcode"}}).problem == core::rules::AnswerProblem::kNotPostcode);
  auto far = check("SW1A 1AA");
  CHECK(far.problem == core::rules::AnswerProblem::kUnknownPlace);
  CHECK(far.part == "SW1A");
  CHECK(check(Json{{"postcode", ""}, {"area", ""}}).problem == core::rules::AnswerProblem::kRequired);
}

TEST_CASE("signposting questions come after every question that decides, and never change an outcome") {
  const auto& offer = leicestershire();
  auto answers = test::case_answers("mo", offer);
  auto path = core::flow::walk_path(offer, answers, test::kToday);
  CHECK_FALSE(path.next);
  REQUIRE(path.asked.size() >= 3);
  CHECK(path.asked[path.asked.size() - 3] == "postcode_district");
  CHECK(path.asked.back() == "break_times");
  auto without = answers;
  for (const char* id : {"postcode_district", "access_needs", "break_times"}) without.erase(id);
  CHECK(test::statuses_by_route(offer, without) == test::statuses_by_route(offer, answers));
  CHECK(*core::flow::walk_path(offer, without, test::kToday).next == "postcode_district");
}

TEST_CASE("travel time is estimated from straight-line distance, and is zero-safe") {
  const auto& places = leicestershire().places;
  const auto loughborough = *places.find("LE11"), melton = *places.find("LE13");
  const double km = core::places::km_between(loughborough, melton);
  CHECK(km > 20);
  CHECK(km < 24);
  CHECK(core::places::travel_minutes(places, loughborough, melton) == int(std::ceil(km * places.detour / places.km_per_hour * 60)));
  CHECK(core::places::travel_minutes(places, loughborough, loughborough) == 1);
}

TEST_CASE("services are ranked: within 30 minutes first by time, then those with no place, then the far ones") {
  Directory d;
  d.services = {service("far", "universal", "LE16"), service("nowhere", "universal", ""), service("near", "universal", "LE12"),
                service("here", "universal", "LE11"), service("specialist", "specialised", "LE11")};
  auto matches = core::directory::match_services(d, leicestershire(), family_in("LE11"));
  CHECK(ids(matches) == std::vector<std::string>{"here", "near", "nowhere", "far"});
  CHECK(matches[0].near);
  CHECK(*matches[0].travel_minutes <= *matches[1].travel_minutes);
  CHECK_FALSE(matches[2].travel_minutes);
  CHECK_FALSE(matches[3].near);
  CHECK(*matches[3].travel_minutes > leicestershire().places.near_minutes);
  // No place given: every service, by tier and name, none of them timed.
  auto anywhere = core::directory::match_services(d, leicestershire(), family_in("unknown"));
  CHECK(anywhere.size() == 4);
  CHECK(std::none_of(anywhere.begin(), anywhere.end(), [](const auto& m) { return m.travel_minutes.has_value(); }));
}

TEST_CASE("services are filtered by age, needs, access and times; what the family did not say removes nothing") {
  Directory d;
  Service young = service("young", "universal", "LE11");
  young.min_age = 0, young.max_age = 8;
  Service step_free = service("step-free", "universal", "LE11");
  step_free.access = {"wheelchair", "changing-places"};
  Service saturdays = service("saturdays", "universal", "LE11");
  saturdays.times = {"weekends"};
  Service care = service("care", "universal", "LE11");
  care.needs = {"personal-care"};
  d.services = {young, step_free, saturdays, care};

  auto f = family_in("LE11");
  CHECK(core::directory::match_services(d, leicestershire(), f).size() == 4);
  f.age = 12;
  CHECK(ids(core::directory::match_services(d, leicestershire(), f)) == std::vector<std::string>{"care", "saturdays", "step-free"});
  f.access = {"wheelchair"};
  CHECK(ids(core::directory::match_services(d, leicestershire(), f)) == std::vector<std::string>{"step-free"});
  f.access.clear();
  f.times = {"after-school"};
  CHECK(ids(core::directory::match_services(d, leicestershire(), f)) == std::vector<std::string>{"care", "step-free"});
  f.needs = {"community-activities"};
  CHECK(ids(core::directory::match_services(d, leicestershire(), f)) == std::vector<std::string>{"step-free"});
}

TEST_CASE("the tiers a family reaches: the first always, others through a route open to them now") {
  const auto& offer = leicestershire();
  auto mo = test::case_answers("mo", offer);
  auto f = core::directory::family_of(offer, mo, core::rules::decide_all(offer, mo, test::kToday), test::kToday);
  CHECK(f.tiers == std::vector<std::string>{"universal", "early-help", "specialised"});  // Mo meets the self-assessment
  CHECK(f.age == 9);
  CHECK(f.home.has_value());
  CHECK(f.needs == std::vector<std::string>{"holiday-activities"});
  CHECK(f.access.empty());  // "none of these" asks for nothing
  CHECK(f.times == std::vector<std::string>{"weekends", "school-holidays"});

  auto melody = test::case_answers("melody", offer);
  auto g = core::directory::family_of(offer, melody, core::rules::decide_all(offer, melody, test::kToday), test::kToday);
  CHECK(std::find(g.tiers.begin(), g.tiers.end(), "specialised") == g.tiers.end());  // only after an assessment
}

TEST_CASE("a feed's terms and schedule say what a service suits") {
  Service s;
  s.terms = {"Wheelchair accessible", "Changing Places toilet", "Holiday playscheme"};
  s.days = {"MO", "SA"};
  s.opens_at = "16:00";
  core::directory::classify(s);
  CHECK(s.access == std::vector<std::string>{"wheelchair", "changing-places"});
  CHECK(s.needs == std::vector<std::string>{"holiday-activities"});
  CHECK(s.times == std::vector<std::string>{"after-school", "weekends", "school-holidays"});
  Service given;
  given.terms = {"Wheelchair accessible"};
  given.access = {"sensory-friendly"};
  core::directory::classify(given);
  CHECK(given.access == std::vector<std::string>{"sensory-friendly"});  // what the council wrote stands
}

TEST_CASE("search ignores case and accents, needs every word, and looks in the family's language") {
  const auto& icu = core::i18n::platform_locale_services();
  CHECK(icu.fold("Café CRÈCHE") == "cafe creche");
  CHECK(icu.fold("Straße") == "strasse");
  CHECK(icu.fold("ﬁsh") == "fish");
  Directory d;
  Service swim = service("swim", "universal", "LE11");
  swim.name = "Séance de natation";
  swim.description = "Relaxed swimming for disabled children";
  swim.translations["pl"] = {"Pływanie", "Spokojne pływanie dla dzieci"};
  Service club = service("club", "universal", "LE11");
  club.name = "Youth club";
  d.services = {swim, club};
  auto all = core::directory::match_services(d, leicestershire(), family_in("LE11"));
  core::directory::SearchIndex english(d, "en-GB", icu), polish(d, "pl", icu);
  CHECK(ids(english.search(all, "SEANCE")) == std::vector<std::string>{"swim"});
  CHECK(ids(english.search(all, "relaxed children")) == std::vector<std::string>{"swim"});
  CHECK(english.search(all, "relaxed club").empty());
  CHECK(english.search(all, "  ").size() == 2);
  CHECK(ids(polish.search(all, "plywanie")).empty());  // ł is a letter of its own, not l with a mark
  CHECK(ids(polish.search(all, "PŁYWANIE")) == std::vector<std::string>{"swim"});
  CHECK(english.search(all, "pływanie").empty());  // the Polish words are searched in Polish only
}

TEST_CASE("the result lists the services that suit the family, with travel, and a search") {
  const auto& offer = leicestershire();
  Directory d;
  Service swim = service("swim", "universal", "LE11");
  swim.needs = {"holiday-activities"};
  swim.demo = true;
  Service far = service("far", "universal", "LE16");
  d.services = {swim, far};
  core::i18n::Localizer words(test::builtin_catalogs(), offer, "en-GB");
  core::flow::Session session(offer, test::kToday, &d);
  session.resume(test::case_answers("mo", offer));
  session.handle({core::flow::Event::Kind::kConfirm, "", {}});
  auto screen = session.screen(words).to_json();
  std::vector<std::string> shown;
  for (const auto& e : screen["elements"])
    if (e["type"] == "service") shown.push_back(e["service"]["id"]);
  CHECK(shown == std::vector<std::string>{"swim", "far"});
  const std::string text = screen.dump();
  CHECK(text.find("Within 30 minutes") != std::string::npos);
  CHECK(text.find("Example only") != std::string::npos);
  session.handle({core::flow::Event::Kind::kSearch, "", "swim"});
  CHECK(session.services().matches.size() == 1);
  CHECK(session.state().search == "swim");
  session.handle({core::flow::Event::Kind::kSearch, "", "nothing like this"});
  CHECK(session.screen(words).to_json().dump().find("No service in this list matches") != std::string::npos);
  // A very long search is cut, but never inside a character (ب is two bytes; 201 bytes would split one).
  std::string long_search = "a";
  for (int i = 0; i < 150; ++i) long_search += "ب";
  session.handle({core::flow::Event::Kind::kSearch, "", long_search});
  const std::string kept = session.state().search;
  CHECK(kept.size() == 199);
  CHECK(session.state().to_fragment().size() > kept.size());  // still valid UTF-8: it serialises
  session.handle({core::flow::Event::Kind::kRestart, "", {}});
  CHECK(session.answers().empty());
  CHECK(session.state().search.empty());
}
