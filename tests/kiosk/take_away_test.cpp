// Take-away: the resume link carries a family's answers to the web checker,
// which restores them exactly; the QR code holding it is a sane size, and a
// text too long for any QR code is refused cleanly.
#include "../core/support.h"

#include "core/flow/session.h"
#include "kiosk/core/take_away.h"

using namespace signpost;
using core::flow::Event;
using core::flow::Session;
using core::json::Json;

namespace {

// Reverses percent-encoding (test-only: the kiosk never needs to read a link).
std::string percent_decode(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

struct Family {
  const core::offer::Offer& offer = test::builtin_offer("leicestershire");
  Session session{offer, test::kToday};

  Family() { session.set_locale("en-GB"); }

  void answer(const std::string& q, Json value) { session.handle({Event::Kind::kAnswer, q, std::move(value)}); }
  // Mo's answers (tests/cases/mo.json), through to the result.
  void answer_mo() { test::send_mo(session); }
};

Json fragment_state(const std::string& url, const std::string& base) {
  REQUIRE(url.rfind(base + "#", 0) == 0);
  const std::string fragment = url.substr(base.size() + 1);
  // Only RFC 3986 unreserved characters and escapes: safe in any URL and QR code.
  for (char c : fragment) CHECK((std::isalnum(static_cast<unsigned char>(c)) || std::string("-._~%").find(c) != std::string::npos));
  return Json::parse(percent_decode(fragment));
}

}  // namespace

TEST_CASE("take-away: the resume link restores the family's answers in the web checker") {
  Family mo;
  mo.answer_mo();
  REQUIRE(mo.session.stage() == core::flow::Stage::kResult);
  const std::string base = "http://127.0.0.1:8080/";
  mo.session.set_locale("pl");
  mo.session.set_easy_read(true);
  const std::string url = kiosk::resume_url(mo.session.state(), base);
  const Json state = fragment_state(url, base);
  CHECK(state.value("l", "") == "pl");
  CHECK(state.value("e", 0) == 1);
  CHECK(state.value("s", "") == "result");

  Family home;  // the web checker, opened from the link
  home.session.restore(core::flow::SessionState::from_json(state));
  CHECK(home.session.stage() == core::flow::Stage::kResult);
  CHECK(core::rules::to_json(home.session.answers()) == core::rules::to_json(mo.session.answers()));
  CHECK(core::rules::to_json(home.session.answers()) == core::rules::to_json(test::case_answers("mo", mo.offer)));
}

TEST_CASE("take-away: a fragment already on the checker's address is replaced; easy read off leaves no flag") {
  Family mo;
  mo.answer_mo();
  const std::string url = kiosk::resume_url(mo.session.state(), "https://example.org/check/#old");
  const Json state = fragment_state(url, "https://example.org/check/");
  CHECK(state.value("l", "") == "en-GB");
  CHECK_FALSE(state.contains("e"));
}

TEST_CASE("take-away: the link names the kiosk's offer, unless the checker's address names one already") {
  Family mo;
  mo.answer_mo();
  const std::string plain = kiosk::resume_url(mo.session.state(), "https://example.org/check/", "wakefield");
  CHECK(plain.rfind("https://example.org/check/?offer=wakefield#", 0) == 0);
  const std::string query = kiosk::resume_url(mo.session.state(), "https://example.org/check/?lang=x", "dorset");
  CHECK(query.rfind("https://example.org/check/?lang=x&offer=dorset#", 0) == 0);
  const std::string named = kiosk::resume_url(mo.session.state(), "https://example.org/check/?offer=dorset", "dorset");
  CHECK(named.rfind("https://example.org/check/?offer=dorset#", 0) == 0);
}

TEST_CASE("take-away: the QR code of a resume link is a real QR code's size") {
  Family mo;
  mo.answer_mo();
  const std::string url = kiosk::resume_url(mo.session.state(), "http://127.0.0.1:8080/");
  auto code = kiosk::qr_code(url);
  REQUIRE(code);
  MESSAGE("resume link: " << url.size() << " bytes, QR code " << code->size << " modules");
  // Versions 1 to 40 are 21 to 177 modules, 4 more each version.
  CHECK(code->size >= 21);
  CHECK(code->size <= 177);
  CHECK((code->size - 17) % 4 == 0);
  CHECK(code->dark.size() == static_cast<std::size_t>(code->size * code->size));
  // Finder patterns: the three corners' 7x7 squares have a dark outer ring
  // and a light ring inside it.
  for (auto [x, y] : {std::pair{0, 0}, {code->size - 7, 0}, {0, code->size - 7}}) {
    CHECK(code->at(x, y));
    CHECK(code->at(x + 6, y + 6));
    CHECK_FALSE(code->at(x + 1, y + 1));
    CHECK(code->at(x + 3, y + 3));
  }
  CHECK_FALSE(code->at(-1, 0));
  CHECK_FALSE(code->at(0, code->size));
}

TEST_CASE("take-away: only a web address is made a code") {
  CHECK(kiosk::qr_code("https://example.org/"));
  CHECK(kiosk::qr_code("http://127.0.0.1:8080/#s=result"));
  for (const char* bad : {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " https://example.org/", "data:text/html,x", "tel:0116"}) {
    CAPTURE(bad);
    CHECK_FALSE(kiosk::qr_code(bad));
  }
}

TEST_CASE("take-away: a text too long for any QR code gives no code, and a long one still works") {
  CHECK_FALSE(kiosk::qr_code(""));
  const std::string page = "https://example.org/#";
  CHECK_FALSE(kiosk::qr_code(page + std::string(3000, 'x')));  // a web address, but ECC level M holds at most 2331 bytes
  auto big = kiosk::qr_code(page + std::string(2000, 'x'));
  REQUIRE(big);
  CHECK(big->size > 150);  // one of the largest versions
  CHECK(big->size <= 177);
}
