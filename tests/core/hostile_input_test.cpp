// Hostile input, each from a probe of the CLI, lint and import: links that are
// not links, numbers out of range, keys given twice, text that floods or
// reorders a terminal line, a feed that half-writes or poisons an offer, and a
// cache that content can grow. Each has its reproducer here.
#include <cmath>

#include "support.h"

#include "core/directory/oruk_import.h"
#include "core/i18n/bounded_cache.h"
#include "core/text/echo.h"
#include "core/url/link.h"
#include "core/view/screen.h"
#include "render/html/html_renderer.h"

using namespace signpost;
using core::json::Json;

namespace {

const core::directory::ServiceRules kAnyTier{};

// One ORUK 3.0 record, good unless a test spoils it.
Json record(const std::string& id) {
  Json r = Json::parse(R"({"name": "Sensory club", "url": "https://example.org/club",
    "schedules": [{"byday": "SA,SU", "opens_at": "10:00:00", "closes_at": "12:00"}],
    "service_at_locations": [{"location": {"latitude": 52.63, "longitude": "-1.13"}}]})");
  r["id"] = id;
  return r;
}

// Imports the records as one feed; returns the ids kept and the messages.
std::pair<std::vector<std::string>, std::string> import(const Json& records) {
  auto result = core::directory::import_oruk(records, "feed.json", "targeted", kAnyTier);
  std::vector<std::string> ids;
  for (const auto& s : result.services) ids.push_back(s.id);
  // Whatever is kept must write out and read back whole, as directory.json.
  core::directory::Directory d{result.services};
  const std::string text = core::directory::to_json(d).dump(2);
  core::json::Diagnostics back;
  auto doc = core::json::parse(text, "directory.json", back);
  REQUIRE(doc);
  CHECK(core::directory::read_directory(*doc, "directory.json", kAnyTier, back));
  CHECK(back.to_string() == "");
  return {ids, result.problems.to_string()};
}

}  // namespace

TEST_CASE("links can only be links: every trick with a scheme is refused") {
  using core::url::web_link;
  for (const char* bad : {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
                          "&#106;avascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "//evil.example.org",
                          "https://", "https://example.org/\" onmouseover=\"x", "https://exa mple.org", "https://example.org/a b",
                          " https://example.org", "https://example.org\n", "HTTPS://example.org", "ftp://example.org"}) {
    CAPTURE(bad);
    CHECK_FALSE(web_link(bad));
    CHECK_FALSE(web_link(bad, true));
  }
  CHECK(web_link("https://www.leicestershire.gov.uk/short-breaks?x=1#top") == "https://www.leicestershire.gov.uk/short-breaks?x=1#top");
  CHECK_FALSE(web_link("http://example.org/"));
  CHECK(web_link("http://example.org/", true) == "http://example.org/");

  CHECK(core::url::tel_link("0116 305 0005") == "tel:01163050005");
  CHECK(core::url::tel_link("+44 (0)116 305-0005") == "tel:+4401163050005");
  for (const char* bad : {"javascript:0116", "0116 305 0005?x", "12", "+", "0116+305", "tel:0116"}) {
    CAPTURE(bad);
    CHECK_FALSE(core::url::tel_link(bad));
  }

  CHECK(core::url::mailto_link("sendshortbreak@leics.gov.uk") == "mailto:sendshortbreak@leics.gov.uk");
  for (const char* bad : {"a@b.org?cc=c@d.org", "a@b.org&body=x", "mailto:a@b.org", "a b@c.org", "a@b.org,c@d.org", "a@b", "@b.org",
                          "a@b.org%0Abcc:c@d.org", "a@b.org\n"}) {
    CAPTURE(bad);
    CHECK_FALSE(core::url::mailto_link(bad));
  }
  // Only Signpost adds a subject and a body, encoded.
  CHECK(core::url::mailto_with("a@b.org", "Request & more", "line\nline") == "mailto:a@b.org?subject=Request%20%26%20more&body=line%0Aline");
  CHECK_FALSE(core::url::mailto_with("a@b.org?subject=x", "s", "b"));
}

TEST_CASE("a contact's link that is not a link is not on the page at all") {
  core::view::Screen screen;
  screen.kind = core::view::ScreenKind::kResult;
  core::view::Contacts contacts;
  contacts.items.push_back({"x", "Evil", "", "javascript:alert(1)", "a@b.org?cc=c@d.org", " JaVaScRiPt:alert(1)", "", ""});
  contacts.items.push_back({"y", "Good", "", "0116 305 0005", "ask@example.org", "https://example.org/", "", ""});
  screen.elements.push_back(contacts);
  const std::string html = render::html::render(screen, {});
  std::string lower = html;
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  CHECK(lower.find("javascript") == std::string::npos);
  CHECK(html.find("cc=") == std::string::npos);
  CHECK(html.find(R"(href="tel:01163050005")") != std::string::npos);
  CHECK(html.find(R"(href="mailto:ask@example.org")") != std::string::npos);
  CHECK(html.find(R"(href="https://example.org/")") != std::string::npos);
}

TEST_CASE("a feed's record is read whole, or skipped with the feed, its id and the field named") {
  SUBCASE("a time or a day is parsed, never cut inside a character") {
    Json feed = Json::array({record("good"), record("time"), record("day")});
    feed[1]["schedules"][0]["opens_at"] = "1234\xC3\xA9";
    feed[2]["schedules"][0]["byday"] = "a\xC3\xA9";
    auto [ids, messages] = import(feed);
    CHECK(ids == std::vector<std::string>{"good"});
    CHECK(messages ==
          "feed.json: /1/schedules/0/opens_at: skipped service \"time\": expected a time as HH:MM or HH:MM:SS, got \"1234\xC3\xA9\"\n"
          "feed.json: /2/schedules/0/byday: skipped service \"day\": expected a day such as MO or Monday, got \"a\xC3\xA9\"\n");
  }
  SUBCASE("a coordinate must be a finite number on the globe") {
    Json feed = Json::array({record("good")});
    for (const char* lat : {"nan", "inf", "1e999", "-inf", "", "52.6x"}) {
      Json r = record(std::string("lat-") + lat);
      r["service_at_locations"][0]["location"]["latitude"] = lat;
      feed.push_back(r);
    }
    Json far = record("far");
    far["service_at_locations"][0]["location"]["latitude"] = 500;
    feed.push_back(far);
    Json west = record("west");
    west["service_at_locations"][0]["location"]["longitude"] = -900;
    feed.push_back(west);
    Json huge = record("huge");
    huge["service_at_locations"][0]["location"]["latitude"] = std::numeric_limits<double>::infinity();
    feed.push_back(huge);
    auto [ids, messages] = import(feed);
    CHECK(ids == std::vector<std::string>{"good"});
    CHECK(messages.find("feed.json: /1/service_at_locations/0/location/latitude: skipped service \"lat-nan\": expected a number from -90 to 90, got \"nan\"") !=
          std::string::npos);
    CHECK(messages.find("skipped service \"far\": expected a number from -90 to 90, got 500") != std::string::npos);
    CHECK(messages.find("/location/longitude: skipped service \"west\": expected a number from -180 to 180, got -900") != std::string::npos);
    CHECK(messages.find("skipped service \"huge\"") != std::string::npos);
  }
  SUBCASE("ages must be whole years in range") {
    Json feed = Json::array({record("good"), record("old"), record("young"), record("half"), record("upside-down")});
    feed[1]["minimum_age"] = 1e300;
    feed[2]["maximum_age"] = -1e300;
    feed[3]["minimum_age"] = 5.5;
    feed[4]["minimum_age"] = 18;
    feed[4]["maximum_age"] = 5;
    auto [ids, messages] = import(feed);
    CHECK(ids == std::vector<std::string>{"good"});
    CHECK(messages.find("feed.json: /1/minimum_age: skipped service \"old\": expected an age from 0 to 130, got 1e+300") != std::string::npos);
    CHECK(messages.find("feed.json: /2/maximum_age: skipped service \"young\"") != std::string::npos);
    CHECK(messages.find("feed.json: /3/minimum_age: skipped service \"half\"") != std::string::npos);
    CHECK(messages.find("feed.json: /4: skipped service \"upside-down\": min_age: the minimum age is above the maximum age") != std::string::npos);
  }
  SUBCASE("the same id twice: the second is skipped") {
    auto [ids, messages] = import(Json::array({record("twin"), record("twin")}));
    CHECK(ids == std::vector<std::string>{"twin"});
    CHECK(messages == "feed.json: /1/id: skipped service \"twin\": this id was read already, at feed.json /0\n");
  }
  SUBCASE("a link that is not a link skips its record") {
    Json feed = Json::array({record("good")});
    for (const char* url : {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
                            "&#106;avascript:alert(1)", "data:text/html,x", "http://example.org/"}) {
      Json r = record(url);
      r["url"] = url;
      feed.push_back(r);
    }
    Json mail = record("mail");
    mail["email"] = "a@b.org?bcc=c@d.org";
    feed.push_back(mail);
    auto [ids, messages] = import(feed);
    CHECK(ids == std::vector<std::string>{"good"});
    CHECK(messages.find("feed.json: /1: skipped service \"javascript:alert(1)\": url: expected a web address that begins https://") != std::string::npos);
    CHECK(messages.find("skipped service \"mail\": email: expected one email address") != std::string::npos);
  }
  SUBCASE("a key given twice skips the record that holds it") {
    core::json::Diagnostics out;
    std::vector<std::string> twice;
    auto doc = core::json::parse(R"([{"id": "a", "name": "A"}, {"id": "b", "name": "B", "url": "https://x.org/", "url": "javascript:x"}])", "feed.json",
                                 out, twice);
    REQUIRE(doc);
    CHECK(twice == std::vector<std::string>{"/1/url"});
    core::directory::FeedImport feed("feed.json", "targeted");
    CHECK(feed.add(*doc, "feed.json", twice) == 2u);  // two new ids read, one kept
    CHECK(feed.result().problems.to_string() == "feed.json: /1/url: skipped service \"b\": this key is given twice in one object\n");
  }
}

TEST_CASE("a key given twice outside every record refuses the page") {
  core::json::Diagnostics out;
  std::vector<std::string> twice;
  auto doc = core::json::parse(R"({"content": [{"id": "a", "name": "A"}], "total_pages": 1, "total_pages": 9})", "page.json", out, twice);
  REQUIRE(doc);
  core::directory::FeedImport feed("feed", "targeted");
  CHECK_FALSE(feed.add(*doc, "page.json", twice));
  CHECK(feed.result().problems.to_string() == "page.json: /total_pages: this key is given twice in one object; the page cannot be read\n");
}

TEST_CASE("nesting deeper than any content is refused, in memory that grows with the depth only") {
  core::json::Diagnostics out;
  CHECK_FALSE(core::json::parse(std::string(100000, '['), "deep.json", out));
  CHECK(out.to_string().find("deep.json: /0/0/0/") == 0);
  CHECK(out.to_string().find("nested more than 256 levels deep") != std::string::npos);
  core::json::Diagnostics fine;
  CHECK(core::json::parse(std::string(200, '[') + std::string(200, ']'), "fine.json", fine));
}

TEST_CASE("a page's count and number are read only in range, so paging cannot overflow") {
  auto page = core::directory::page_of(Json::parse(R"({"content": [], "total_pages": 3, "page_number": 9223372036854775807})"));
  CHECK(page.total_pages == 3);
  CHECK_FALSE(page.page_number);
  CHECK(page.paging_problem == "/page_number: expected a whole number from 0 to 10000, got 9223372036854775807");
  CHECK(core::directory::page_of(Json::parse(R"({"content": [], "totalPages": -1})")).paging_problem.find("/totalPages") == 0);
}

TEST_CASE("a key given twice is an error, named by its pointer, wherever JSON is read") {
  core::json::Diagnostics out;
  CHECK_FALSE(core::json::parse(R"({"lives_in_area": "yes", "disability": "no", "lives_in_area": "no"})", "answers.json", out));
  CHECK(out.to_string() == "answers.json: /lives_in_area: this key is given twice in one object; keep one\n");
  core::json::Diagnostics nested;
  CHECK_FALSE(core::json::parse(R"({"a": [{"b": 1}, {"c": {"d": 1, "d": 2}}]})", "x.json", nested));
  CHECK(nested.to_string() == "x.json: /a/1/c/d: this key is given twice in one object; keep one\n");
}

TEST_CASE("input echoed in a message is cut to 80 characters and cannot reorder the line") {
  CHECK(core::text::quoted("short") == "\"short\"");
  const std::string long_text(5000, 'k');
  CHECK(core::text::quoted(long_text) == "\"" + std::string(80, 'k') + "\xE2\x80\xA6\"");
  CHECK(core::text::echo("a\xE2\x80\xAE" "b\tc\n\x1B[31m") == "a\\u202Eb\\tc\\n\\u001B[31m");
  CHECK(core::text::echo("\xC3") == "\\xC3");                     // not UTF-8
  CHECK(core::text::echo(std::string(79, 'x') + "\xC3\xA9\xC3\xA9") == std::string(79, 'x') + "\xC3\xA9\xE2\x80\xA6");  // never inside a character

  // A 1 MB key, and a bidi override in a value: the message stays one short, plain line.
  const std::string key(1 << 20, 'K');
  core::json::Diagnostics out;
  auto doc = core::json::parse("{\"" + key + "\": 1, \"currency\": \"\xE2\x80\xAEGBP\"}", "pack.json", out);
  REQUIRE(doc);
  core::json::JsonReader r(*doc, "pack.json", "", out);
  r.only_keys({"currency"});
  r.member("currency").integer();
  const std::string text = out.to_string();
  CHECK(text.size() < 400);
  CHECK(text.find("\xE2\x80\xAE") == std::string::npos);
  CHECK(text.find("\\u202E") != std::string::npos);
}

TEST_CASE("a bounded cache keeps at most its capacity, dropping the least recently used") {
  core::i18n::BoundedCache<int> cache(3);
  int made = 0;
  auto get = [&](const std::string& key) { return *cache.get(key, [&] { ++made; return new int(static_cast<int>(key.size())); }); };
  for (int round = 0; round < 2; ++round)
    for (std::string k : {"a", "bb", "ccc"}) CHECK(get(k) == static_cast<int>(k.size()));
  CHECK(made == 3);
  CHECK(get("dddd") == 4);  // drops "a", used least recently
  CHECK(cache.size() == 3);
  get("bb");
  CHECK(made == 4);
  get("a");
  CHECK(made == 5);
  for (int i = 0; i < 1000; ++i) get(std::string(static_cast<std::size_t>(i % 50) + 1, 'z'));
  CHECK(cache.size() == 3);
}
