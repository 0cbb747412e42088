// Reading catalogs and easy read wording: good ones parse once, and every
// fault is named with its file and JSON path.
#include "support.h"

#include "core/i18n/catalog.h"
#include "core/i18n/easy_read.h"

using namespace signpost;

TEST_CASE("a catalog's messages are parsed once, with their status and the language's own description") {
  core::json::Diagnostics out;
  auto c = core::i18n::read_catalog(
      R"({"meta": {"locale": "pl", "status": "machine-draft", "direction": "ltr", "order": 1},
          "messages": {"a.b": "Dzień dobry, {name}", "a.c": "{count, plural, one {# dziecko} few {# dzieci} many {# dzieci} other {# dziecka}}"}})",
      "i18n/pl/common.json", "pl", "common", out);
  INFO(out.to_string());
  REQUIRE(c);
  CHECK(out.empty());
  CHECK(c->status == "machine-draft");
  REQUIRE(c->language);
  CHECK(c->language->direction == "ltr");
  CHECK(c->language->order == 1);
  core::json::Diagnostics missing;
  core::i18n::read_catalog(R"({"meta": {"locale": "so", "status": "machine-draft"}, "messages": {}})", "i18n/so/common.json", "so", "common", missing);
  CHECK(missing.to_string() == "i18n/so/common.json: /meta/direction: missing; this is required\ni18n/so/common.json: /meta/order: missing; this is required\n");
  CHECK(c->messages.size() == 2);
  CHECK(c->patterns.at("a.b") == "Dzień dobry, {name}");
}

TEST_CASE("a catalog's faults are each named by file and JSON path, and bad messages are left out") {
  core::json::Diagnostics out;
  auto c = core::i18n::read_catalog(
      R"({"meta": {"locale": "ro", "status": "finished", "direction": "rtl", "order": 2, "colour": "blue"},
          "messages": {"ok": "Bună", "broken": "{count, plural, one {x}", "number": 7},
          "extra": true})",
      "i18n/pl/common.json", "pl", "common", out);
  const std::string said = out.to_string();
  CHECK(said.find("i18n/pl/common.json: /meta/locale: expected \"pl\" (the folder's name), got \"ro\"") != std::string::npos);
  CHECK(said.find("i18n/pl/common.json: /meta/status: expected one of") != std::string::npos);
  CHECK(said.find("i18n/pl/common.json: /meta/colour: unknown key; expected") != std::string::npos);
  CHECK(said.find("i18n/pl/common.json: /extra: unknown key; expected \"meta\", \"messages\" or \"young-person\"") != std::string::npos);
  CHECK(said.find("i18n/pl/common.json: /messages/broken: ICU MessageFormat error at character") != std::string::npos);
  CHECK(said.find("i18n/pl/common.json: /messages/number: expected a string") != std::string::npos);
  REQUIRE(c);
  CHECK(c->messages.count("ok") == 1);
  CHECK(c->messages.count("broken") == 0);
  CHECK(c->messages.count("number") == 0);
}

TEST_CASE("a catalog that is not JSON says where it broke") {
  core::json::Diagnostics out;
  CHECK_FALSE(core::i18n::read_catalog("{\n  \"messages\": {\n    \"a\": \"b\",\n  }\n}", "i18n/pl/common.json", "pl", "common", out));
  CHECK(out.to_string().rfind("i18n/pl/common.json:4:", 0) == 0);
}

TEST_CASE("easy read wording reads each idea with its picture, and names what is wrong") {
  core::json::Diagnostics out;
  auto good = core::i18n::read_easy_read(R"({"meta": {"locale": "en-GB", "status": "source"},
      "ideas": {"start.heading": [{"text": "Find out about short breaks.", "picture": "look"}]}})",
                                         "easyread/en-GB/common.json", "en-GB", "common", out);
  INFO(out.to_string());
  REQUIRE(good);
  CHECK(out.empty());
  core::json::Diagnostics bad;
  core::i18n::read_easy_read(R"({"meta": {"locale": "en-GB", "status": "source"},
      "ideas": {"start.heading": [{"text": "No picture."}], "start.time": "not a list"}})",
                             "easyread/en-GB/common.json", "en-GB", "common", bad);
  INFO(bad.to_string());
  CHECK(bad.to_string().find("easyread/en-GB/common.json: /ideas/start.heading/0") != std::string::npos);
  CHECK(bad.to_string().find("easyread/en-GB/common.json: /ideas/start.time") != std::string::npos);
}
