#include "core/url/link.h"

#include "core/url/percent_encode.h"

namespace signpost::core::url {
namespace {

bool ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// A host name: letters, digits, dots and hyphens, with a dot in it (or
// localhost), and an optional :port.
bool host_ok(std::string_view host) {
  if (auto colon = host.find(':'); colon != std::string_view::npos) {
    std::string_view port = host.substr(colon + 1);
    if (port.empty() || port.size() > 5) return false;
    for (char c : port)
      if (c < '0' || c > '9') return false;
    host = host.substr(0, colon);
  }
  if (host.empty() || host.size() > 253 || host.front() == '.' || host.front() == '-' || host.back() == '.') return false;
  for (char c : host)
    if (!ascii_alnum(c) && c != '.' && c != '-') return false;
  return host.find('.') != std::string_view::npos || host == "localhost";
}

// The characters a written-out address may hold after its host: printable
// ASCII without space, quotes, angle brackets, backslash or backtick.
bool path_char(char c) {
  return c > 0x20 && c < 0x7F && c != '"' && c != '\'' && c != '<' && c != '>' && c != '\\' && c != '`' && c != '{' && c != '}' &&
         c != '|' && c != '^';
}

}  // namespace

std::string web_problem(std::string_view url, bool allow_http) {
  std::string_view rest;
  if (url.rfind("https://", 0) == 0) rest = url.substr(8);
  else if (allow_http && url.rfind("http://", 0) == 0) rest = url.substr(7);
  else return allow_http ? "expected a web address that begins https:// or http://" : "expected a web address that begins https://";
  std::size_t end = rest.find_first_of("/?#");
  if (!host_ok(rest.substr(0, end))) return "expected a host name after the scheme, such as www.example.gov.uk";
  for (char c : rest)
    if (!path_char(c)) return "a web address may not hold spaces, control characters, quotes or angle brackets; percent-encode them";
  if (url.size() > 4096) return "a web address may be at most 4096 characters";
  return "";
}

std::string phone_problem(std::string_view phone) {
  int digits = 0;
  for (std::size_t i = 0; i < phone.size(); ++i) {
    char c = phone[i];
    if (c >= '0' && c <= '9') ++digits;
    else if (c == '+' && digits == 0 && phone.find_first_not_of(' ') == i) continue;
    else if (c != ' ' && c != '(' && c != ')' && c != '-' && c != '.') return "expected a phone number: digits, spaces, brackets and hyphens, and a leading +";
  }
  if (digits < 3 || digits > 15) return "expected a phone number of 3 to 15 digits";
  return "";
}

std::string email_problem(std::string_view address) {
  const auto at = address.find('@');
  if (at == std::string_view::npos || at == 0 || address.find('@', at + 1) != std::string_view::npos)
    return "expected one email address, such as name@example.gov.uk";
  for (char c : address.substr(0, at))
    if (!ascii_alnum(c) && std::string_view("._+-'").find(c) == std::string_view::npos)
      return "expected an email address alone: letters, digits and . _ + - before the @";
  if (!host_ok(address.substr(at + 1)) || address.find(':', at) != std::string_view::npos)
    return "expected a domain after the @, such as example.gov.uk";
  if (address.size() > 254) return "an email address may be at most 254 characters";
  return "";
}

std::optional<std::string> web_link(std::string_view url, bool allow_http) {
  if (!web_problem(url, allow_http).empty()) return std::nullopt;
  return std::string(url);
}

std::optional<std::string> tel_link(std::string_view phone) {
  if (!phone_problem(phone).empty()) return std::nullopt;
  std::string out = "tel:";
  for (char c : phone)
    if ((c >= '0' && c <= '9') || c == '+') out += c;
  return out;
}

std::optional<std::string> mailto_link(std::string_view address) {
  if (!email_problem(address).empty()) return std::nullopt;
  return "mailto:" + std::string(address);
}

std::optional<std::string> mailto_with(std::string_view address, std::string_view subject, std::string_view body) {
  auto link = mailto_link(address);
  if (!link) return std::nullopt;
  return *link + "?subject=" + percent_encode(subject) + "&body=" + percent_encode(body);
}

}  // namespace signpost::core::url
