#include "core/json/write.h"

#include <cmath>

#include "core/text/digits.h"
#include "core/text/utf8.h"

namespace signpost::core::json {
namespace {

void write_string(std::string& out, const std::string& s) {
  out += '"';
  for (std::size_t at = 0; at < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[at]);
    if (c >= 0x80) {
      const text::Char ch = text::next_char(s, at);
      if (ch.valid) out.append(s, at, ch.length);
      else out += "\xEF\xBF\xBD";  // U+FFFD for the byte that is not UTF-8
      at += ch.length;
      continue;
    }
    ++at;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += "\\u";
          text::append_hex(out, c, 4, false);
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

void write_to(std::string& out, const Json& v) {
  switch (v.type()) {
    case Json::value_t::boolean: out += v.get<bool>() ? "true" : "false"; break;
    case Json::value_t::number_integer: out += std::to_string(v.get<std::int64_t>()); break;
    case Json::value_t::number_unsigned: out += std::to_string(v.get<std::uint64_t>()); break;
    case Json::value_t::number_float: {
      const double d = v.get<double>();
      if (!std::isfinite(d)) {
        out += "null";
        break;
      }
      char digits[64];  // the shortest digits that read back as the same double
      out.append(digits, nlohmann::detail::to_chars(digits, digits + sizeof digits, d));
      break;
    }
    case Json::value_t::string: write_string(out, v.get_ref<const std::string&>()); break;
    case Json::value_t::array: {
      out += '[';
      bool first = true;
      for (const auto& item : v) {
        if (!first) out += ',';
        first = false;
        write_to(out, item);
      }
      out += ']';
      break;
    }
    case Json::value_t::object: {
      out += '{';
      bool first = true;
      for (const auto& [key, item] : v.items()) {
        if (!first) out += ',';
        first = false;
        write_string(out, key);
        out += ':';
        write_to(out, item);
      }
      out += '}';
      break;
    }
    default: out += "null"; break;  // null, and the binary and discarded values no content has
  }
}

}  // namespace

std::string write(const Json& value) {
  std::string out;
  write_to(out, value);
  return out;
}

}  // namespace signpost::core::json
