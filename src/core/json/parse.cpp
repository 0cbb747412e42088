// The core's JSON parser (RFC 8259): text in, a document out, or the place
// where the text stops being JSON and what was expected there. It never
// throws, never recurses past kMostDepth, and reads every string as UTF-8.
// Beside syntax it notes each key given twice in one object (the last value
// is kept, but content that says two things at once is refused by parse()).
// Written for the core rather than taken from nlohmann's lexer: the web
// checker's module then needs no strtod, printf or long double arithmetic
// (a number it cannot convert exactly goes to the platform: json/decimal.h).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>

#include "core/json/decimal.h"
#include "core/json/reader.h"
#include "core/text/utf8.h"

namespace signpost::core::json {
namespace {

constexpr std::size_t kMostDepth = 256;      // far deeper than any content; a parser's stack is not
constexpr std::size_t kMostDuplicates = 20;  // named; one is enough to refuse the file

// The powers of ten a double holds exactly.
constexpr double kExactPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
constexpr long kMostExactPower = static_cast<long>(std::size(kExactPowers)) - 1;

// Significant digits and the power of ten that places them, as a double when
// that is one correctly rounded multiplication or division of two exact
// values: digits below 2^53 and a power up to 22 either way. That covers every
// number content holds (52.6369, 0.5, 25); the rest go to decimal_to_double.
std::optional<double> exact_double(std::uint64_t digits, long exponent) {
  if (digits == 0) return 0.0;
  if (digits > (std::uint64_t{1} << 53) || exponent > kMostExactPower || exponent < -kMostExactPower) return std::nullopt;
  const double value = static_cast<double>(digits);
  return exponent >= 0 ? value * kExactPowers[exponent] : value / kExactPowers[-exponent];
}

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  bool document(Json& out) {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") at_ = 3;  // a byte order mark some editors write
    if (!value(out)) return false;
    skip_space();
    if (at_ < text_.size()) return fail("expected the end of the text after the value, got " + got());
    return true;
  }

  std::size_t error_at = 0;
  std::string message;
  std::vector<std::string> duplicates;
  std::optional<std::string> too_deep;  // the pointer where nesting passed kMostDepth

 private:
  bool fail(std::string what) {
    error_at = at_;
    message = std::move(what);
    return false;
  }
  // What stands at the error, for the message.
  std::string got() const {
    if (at_ >= text_.size()) return "the end of the text";
    const char c = text_[at_];
    if (c > 0x20 && c < 0x7F) return std::string("'") + c + "'";
    return "a character that has no place here";
  }
  void skip_space() {
    while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\n' || text_[at_] == '\r' || text_[at_] == '\t')) ++at_;
  }
  bool take(char c) {
    skip_space();
    if (at_ < text_.size() && text_[at_] == c) {
      ++at_;
      return true;
    }
    return false;
  }
  // The pointer of the innermost open container, made only when it is needed.
  std::string pointer() const {
    std::string out;
    for (const auto& key : keys_) out = child_pointer(out, key);
    return out;
  }

  bool value(Json& out) {
    skip_space();
    if (at_ >= text_.size()) return fail("expected a value, got the end of the text");
    switch (text_[at_]) {
      case '{': return object(out);
      case '[': return array(out);
      case '"': {
        std::string s;
        if (!string(s)) return false;
        out = std::move(s);
        return true;
      }
      case 't': return literal("true", out, true);
      case 'f': return literal("false", out, false);
      case 'n': return literal("null", out, nullptr);
      default:
        if (text_[at_] == '-' || (text_[at_] >= '0' && text_[at_] <= '9')) return number(out);
        return fail("expected a value (an object, an array, a string in double quotes, a number, true, false or null), got " + got());
    }
  }

  template <class V>
  bool literal(std::string_view word, Json& out, V v) {
    if (text_.substr(at_, word.size()) != word) return fail("expected true, false or null, got " + got());
    at_ += word.size();
    out = v;
    return true;
  }

  bool open() {
    if (depth_ >= kMostDepth) {
      too_deep = pointer();
      return false;
    }
    ++depth_;
    ++at_;
    return true;
  }

  bool object(Json& out) {
    if (!open()) return false;
    out = Json::object();
    if (take('}')) return close();
    do {
      skip_space();
      if (at_ >= text_.size() || text_[at_] != '"') return fail("expected a key in double quotes, got " + got());
      std::string key;
      if (!string(key)) return false;
      if (!take(':')) return fail("expected ':' after the key, got " + got());
      if (out.contains(key) && duplicates.size() < kMostDuplicates) duplicates.push_back(child_pointer(pointer(), key));
      keys_.push_back(key);
      Json& slot = out[key];
      slot = Json();
      if (!value(slot)) return false;
      keys_.pop_back();
    } while (take(','));
    if (!take('}')) return fail("expected ',' or '}' after a value in an object, got " + got());
    return close();
  }

  bool array(Json& out) {
    if (!open()) return false;
    out = Json::array();
    if (take(']')) return close();
    do {
      keys_.push_back(std::to_string(out.size()));
      out.push_back(Json());
      if (!value(out.back())) return false;
      keys_.pop_back();
    } while (take(','));
    if (!take(']')) return fail("expected ',' or ']' after a value in an array, got " + got());
    return close();
  }

  bool close() {
    --depth_;
    return true;
  }

  bool hex4(char32_t& code) {
    code = 0;
    for (int i = 0; i < 4; ++i, ++at_) {
      const char c = at_ < text_.size() ? text_[at_] : '\0';
      const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (digit < 0) return fail("expected four hexadecimal digits after \\u, got " + got());
      code = code * 16 + static_cast<char32_t>(digit);
    }
    return true;
  }

  bool escape(std::string& out) {
    if (at_ >= text_.size()) return fail("a string is not closed: expected '\"', got the end of the text");
    const char c = text_[at_++];
    switch (c) {
      case '"': out += '"'; return true;
      case '\\': out += '\\'; return true;
      case '/': out += '/'; return true;
      case 'b': out += '\b'; return true;
      case 'f': out += '\f'; return true;
      case 'n': out += '\n'; return true;
      case 'r': out += '\r'; return true;
      case 't': out += '\t'; return true;
      case 'u': break;
      default:
        --at_;
        return fail("expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u after a backslash, got " + got());
    }
    char32_t code = 0;
    if (!hex4(code)) return false;
    if (code >= 0xDC00 && code <= 0xDFFF) {
      at_ -= 6;
      return fail("\\uDC00 to \\uDFFF must follow \\uD800 to \\uDBFF (a surrogate pair), got one alone");
    }
    if (code >= 0xD800 && code <= 0xDBFF) {
      if (text_.substr(at_, 2) != "\\u") {
        at_ -= 6;
        return fail("\\uD800 to \\uDBFF must be followed by \\uDC00 to \\uDFFF (a surrogate pair)");
      }
      at_ += 2;
      char32_t low = 0;
      if (!hex4(low)) return false;
      if (low < 0xDC00 || low > 0xDFFF) {
        at_ -= 6;
        return fail("\\uD800 to \\uDBFF must be followed by \\uDC00 to \\uDFFF (a surrogate pair)");
      }
      code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
    }
    text::append_utf8(out, code);
    return true;
  }

  bool string(std::string& out) {
    ++at_;  // the opening quote
    while (true) {
      if (at_ >= text_.size()) return fail("a string is not closed: expected '\"', got the end of the text");
      const unsigned char c = static_cast<unsigned char>(text_[at_]);
      if (c == '"') {
        ++at_;
        return true;
      }
      if (c == '\\') {
        ++at_;
        if (!escape(out)) return false;
      } else if (c < 0x20) {
        return fail("a control character (a line break, a tab) must be written as an escape such as \\n or \\t inside a string");
      } else if (c < 0x80) {
        out += static_cast<char>(c);
        ++at_;
      } else {
        const text::Char ch = text::next_char(text_, at_);
        if (!ch.valid) return fail("ill-formed UTF-8 in a string: the text must be saved as UTF-8");
        out.append(text_.substr(at_, ch.length));
        at_ += ch.length;
      }
    }
  }

  bool digit() const { return at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9'; }

  bool number(Json& out) {
    const std::size_t start = at_;
    const bool negative = text_[at_] == '-';
    if (negative) ++at_;
    if (!digit()) return fail("expected a digit after '-', got " + got());
    // The whole number, while it fits 64 bits; and for a double, the first 19
    // significant digits with the power of ten that places them, and whether
    // any digit past those was not zero.
    std::uint64_t whole = 0, digits = 0;
    bool whole_fits = true, dropped = false;
    long exponent = 0;
    int kept = 0;
    bool integer = true;
    auto keep = [&](char c, bool fraction) {
      const auto d = static_cast<std::uint64_t>(c - '0');
      if (!fraction) {
        if (whole > (std::numeric_limits<std::uint64_t>::max() - d) / 10) whole_fits = false;
        whole = whole * 10 + d;
      }
      if (digits == 0 && d == 0) {
        if (fraction) --exponent;
      } else if (kept < 19) {
        digits = digits * 10 + d;
        ++kept;
        if (fraction) --exponent;
      } else {
        dropped |= d != 0;
        if (!fraction) ++exponent;  // a digit past the 19 kept, in the whole part
      }
    };
    if (text_[at_] == '0') {
      ++at_;
      if (digit()) return fail("a number may not start with 0 unless it is 0 or 0.something, got " + got());
    } else {
      while (digit()) keep(text_[at_++], false);
    }
    if (at_ < text_.size() && text_[at_] == '.') {
      integer = false;
      ++at_;
      if (!digit()) return fail("expected a digit after the decimal point, got " + got());
      while (digit()) keep(text_[at_++], true);
    }
    if (at_ < text_.size() && (text_[at_] == 'e' || text_[at_] == 'E')) {
      integer = false;
      ++at_;
      bool down = false;
      if (at_ < text_.size() && (text_[at_] == '+' || text_[at_] == '-')) down = text_[at_++] == '-';
      if (!digit()) return fail("expected a digit in the exponent, got " + got());
      // Capped past anything the digits could shift, so the sign of the sum is always right.
      const long most = static_cast<long>(text_.size()) + 400;
      long power = 0;
      while (digit()) power = std::min<long>(power * 10 + (text_[at_++] - '0'), most);
      exponent += down ? -power : power;
    }
    if (integer && whole_fits) {
      if (!negative) {
        out = whole;
        return true;
      }
      if (whole <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) + 1) {
        out = static_cast<std::int64_t>(0 - whole);
        return true;
      }
    }
    const auto exact = dropped ? std::nullopt : exact_double(digits, exponent);
    const double value = exact ? (negative ? -*exact : *exact) : decimal_to_double(text_.substr(start, at_ - start));
    if (!std::isfinite(value)) {
      at_ = start;
      return fail("a number too large for a double (past 1.7976931348623157e308)");
    }
    out = value;
    return true;
  }

  std::string_view text_;
  std::size_t at_ = 0;
  std::size_t depth_ = 0;
  std::vector<std::string> keys_;  // of each open container's values, down to the one being read
};

}  // namespace

std::optional<Json> parse(std::string_view text, const std::string& file, Diagnostics& out, std::vector<std::string>& duplicates) {
  Parser parser(text);
  Json result;
  const bool ok = parser.document(result);
  duplicates = std::move(parser.duplicates);
  if (ok) return result;
  if (parser.too_deep) {
    out.error(file, *parser.too_deep, "nested more than " + std::to_string(kMostDepth) + " levels deep");
    return std::nullopt;
  }
  int line = 1, column = 1;
  const std::size_t bom = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;  // not a character of the text
  for (std::size_t i = bom; i < parser.error_at && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;  // count characters, not the continuation bytes of UTF-8
    }
  }
  out.add({file, "", line, column, "syntax error: " + parser.message});
  return std::nullopt;
}

std::optional<Json> parse(std::string_view text, const std::string& file, Diagnostics& out) {
  std::vector<std::string> duplicates;
  auto doc = parse(text, file, out, duplicates);
  for (const auto& pointer : duplicates) out.error(file, pointer, "this key is given twice in one object; keep one");
  if (!duplicates.empty()) return std::nullopt;
  return doc;
}

std::optional<double> number_of(std::string_view text) {
  Diagnostics ignored;
  auto doc = parse(text, "", ignored);
  if (!doc || !doc->is_number()) return std::nullopt;
  return doc->get<double>();
}

}  // namespace signpost::core::json
