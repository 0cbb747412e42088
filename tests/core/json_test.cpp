// The core's JSON parser and writer: every content file reads as nlohmann's
// parser reads it and writes back as nlohmann writes it; numbers, strings and
// escapes follow RFC 8259; broken text is refused at the right line and column.
#include <functional>

#include "support.h"

#include "core/json/reader.h"
#include "core/json/write.h"

using signpost::core::json::Diagnostics;
using signpost::core::json::Json;
namespace json = signpost::core::json;

namespace {

std::optional<Json> read(std::string_view text, Diagnostics& out) { return json::parse(text, "t.json", out); }

Json read_ok(std::string_view text) {
  Diagnostics out;
  auto doc = read(text, out);
  INFO(text);
  INFO(out.to_string());
  REQUIRE(doc);
  return *doc;
}

std::string refused(std::string_view text) {
  Diagnostics out;
  CHECK_FALSE(read(text, out));
  return out.to_string();
}

// Every .json file under a folder of the built-in content.
void each_json(const std::string& folder, const std::function<void(const std::string&, const std::string&)>& visit) {
  for (const auto& name : signpost::test::builtin().list(folder)) {
    const std::string path = folder.empty() ? name : folder + "/" + name;
    if (name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0) {
      if (auto text = signpost::test::builtin().read(path)) visit(path, *text);
    } else {
      each_json(path, visit);
    }
  }
}

}  // namespace

TEST_CASE("every content file reads as nlohmann's parser reads it, and writes back as nlohmann writes it") {
  int files = 0;
  for (const char* top : {"offers", "i18n", "easyread"}) {
    each_json(top, [&](const std::string& path, const std::string& text) {
      CAPTURE(path);
      Diagnostics out;
      auto ours = json::parse(text, path, out);
      INFO(out.to_string());
      REQUIRE(ours);
      const Json theirs = Json::parse(text, nullptr, false);
      REQUIRE_FALSE(theirs.is_discarded());
      CHECK(*ours == theirs);
      CHECK(json::write(*ours) == theirs.dump());
      ++files;
    });
  }
  CHECK(files > 50);
  MESSAGE(files << " content files read and written alike");
}

TEST_CASE("numbers: integers keep their kind, decimals are the nearest double") {
  CHECK(read_ok("25").is_number_unsigned());
  CHECK(read_ok("-3").get<std::int64_t>() == -3);
  CHECK(read_ok("-9223372036854775808").get<std::int64_t>() == std::numeric_limits<std::int64_t>::min());
  CHECK(read_ok("9223372036854775807").get<std::uint64_t>() == 9223372036854775807ULL);
  CHECK(read_ok("0").get<std::uint64_t>() == 0);
  CHECK(read_ok("52.6369").get<double>() == 52.6369);
  CHECK(read_ok("-1.1829").get<double>() == -1.1829);
  CHECK(read_ok("0.5").get<double>() == 0.5);
  CHECK(read_ok("1e300").get<double>() == 1e300);
  CHECK(read_ok("2.5E-3").get<double>() == 2.5e-3);
  CHECK(read_ok("0.000001").get<double>() == 0.000001);
  CHECK(read_ok("123456789012345678901234567890").get<double>() == doctest::Approx(1.2345678901234568e29));
  CHECK(refused("[1, 1e999]") == "t.json:1:5: syntax error: a number too large for a double (past 1.7976931348623157e308)\n");
  CHECK(refused("-1e400").find("too large") != std::string::npos);
  CHECK(read_ok("1e-999").get<double>() == 0.0);
  CHECK(read_ok("18446744073709551615").get<std::uint64_t>() == 18446744073709551615ULL);  // 20 digits, still whole
  CHECK(read_ok("18446744073709551616").is_number_float());
  CHECK(read_ok("-9223372036854775809").is_number_float());
  // The sign of a long number's exponent stays right however many digits shift it.
  CHECK(read_ok("0." + std::string(2000, '0') + "1e1990").get<double>() == doctest::Approx(1e-11));
  CHECK(read_ok("1" + std::string(2000, '0') + "e-1990").get<double>() == doctest::Approx(1e10));
  CHECK(json::write(read_ok("[1.5, 25, -4, 0.1, 1e300]")) == "[1.5,25,-4,0.1,1e+300]");
  CHECK(json::write(Json(std::nan(""))) == "null");
}

TEST_CASE("numbers past an exact conversion are still the nearest double, in the browser as natively") {
  // Each literal below the compiler rounds correctly; the parser must agree,
  // whether it converts the number itself or hands it to the platform.
  CHECK(read_ok("1e23").get<double>() == 1e23);  // 1e22 * 10 would be one off
  CHECK(read_ok("-1e23").get<double>() == -1e23);
  CHECK(read_ok("0.1234567890123456789012345").get<double>() == 0.1234567890123456789012345);
  CHECK(read_ok("9007199254740993.0").get<double>() == 9007199254740992.0);  // 2^53 + 1: a tie, to even
  CHECK(read_ok("1.7976931348623157e308").get<double>() == std::numeric_limits<double>::max());
  CHECK(read_ok("2.2250738585072014e-308").get<double>() == std::numeric_limits<double>::min());
  CHECK(read_ok("4.9406564584124654e-324").get<double>() == std::numeric_limits<double>::denorm_min());
  CHECK(read_ok("123.456e-30").get<double>() == 123.456e-30);
  CHECK(read_ok("-0.0").get<double>() == 0.0);
  CHECK(refused("1.8e308").find("too large") != std::string::npos);
  CHECK(refused("1234567890123456789012e300").find("too large") != std::string::npos);
}

TEST_CASE("strings: escapes, surrogate pairs and UTF-8 are read whole, and written back") {
  CHECK(read_ok(R"("a\"b\\c\/d\b\f\n\r\t")").get<std::string>() == "a\"b\\c/d\b\f\n\r\t");
  CHECK(read_ok(R"("\u00e9\u0645\ud83d\ude00")").get<std::string>() == "\xC3\xA9\xD9\x85\xF0\x9F\x98\x80");
  CHECK(read_ok("\"\xD8\xA7\xD8\xB1\xD8\xAF\xD9\x88\"").get<std::string>() == "\xD8\xA7\xD8\xB1\xD8\xAF\xD9\x88");
  CHECK(read_ok("\xEF\xBB\xBF{}").is_object());  // a byte order mark
  CHECK(json::write(Json("tab\there \x01 \"q\"")) == R"("tab\there \u0001 \"q\"")");
  CHECK(json::write(Json("bad \xC3 byte")) == "\"bad \xEF\xBF\xBD byte\"");
}

TEST_CASE("broken text is refused where it breaks, saying what was expected") {
  CHECK(refused("{\"a\": 1,\n \"b\" 2}") == "t.json:2:6: syntax error: expected ':' after the key, got '2'\n");
  CHECK(refused("[1, 2") == "t.json:1:6: syntax error: expected ',' or ']' after a value in an array, got the end of the text\n");
  CHECK(refused("") == "t.json:1:1: syntax error: expected a value, got the end of the text\n");
  CHECK(refused("{} x") == "t.json:1:4: syntax error: expected the end of the text after the value, got 'x'\n");
  CHECK(refused("[tru]").find("1:2: syntax error: expected true, false or null") != std::string::npos);
  CHECK(refused("[01]").find("may not start with 0") != std::string::npos);
  CHECK(refused("[1.]").find("a digit after the decimal point") != std::string::npos);
  CHECK(refused("[-]").find("a digit after '-'") != std::string::npos);
  CHECK(refused("[1e]").find("a digit in the exponent") != std::string::npos);
  CHECK(refused("\"a\nb\"").find("control character") != std::string::npos);
  CHECK(refused("\"\\x\"").find("after a backslash") != std::string::npos);
  CHECK(refused("\"\\u12\"").find("four hexadecimal digits") != std::string::npos);
  CHECK(refused("\"\\ud800\"") == "t.json:1:2: syntax error: \\uD800 to \\uDBFF must be followed by \\uDC00 to \\uDFFF (a surrogate pair)\n");
  CHECK(refused("\xEF\xBB\xBF{} x").find("t.json:1:4:") == 0);  // a byte order mark is not a column
  CHECK(refused("\"\\udc00\"").find("surrogate pair") != std::string::npos);
  CHECK(refused("\"\\ud800\\u0041\"").find("surrogate pair") != std::string::npos);
  CHECK(refused("\"\xC3(\"").find("ill-formed UTF-8") != std::string::npos);
  CHECK(refused("\"\xED\xA0\x80\"").find("ill-formed UTF-8") != std::string::npos);  // an encoded surrogate
  CHECK(refused("{\"a\": 1,}").find("a key in double quotes") != std::string::npos);
  CHECK(refused("\"open").find("not closed") != std::string::npos);
  // Columns count characters, not bytes.
  CHECK(refused("[\"\xC3\xA9\", x]").find("t.json:1:7:") == 0);
}

TEST_CASE("nesting past 256 levels is refused at its pointer, and a key given twice is named") {
  const std::string deep = std::string(300, '[') + std::string(300, ']');
  const std::string message = refused(deep);
  CHECK(message.find("nested more than 256 levels deep") != std::string::npos);
  read_ok(std::string(256, '[') + std::string(256, ']'));
  CHECK(refused("{\"a\": {\"b\": 1, \"b\": 2}}") == "t.json: /a/b: this key is given twice in one object; keep one\n");
}
