// Links that can only be links: the one allow-list that the readers, lint,
// the import and every renderer (HTML, kiosk, printout, QR code) apply. A
// value that is not one of these is never made a link, nor shown as one:
//   https://host/path            a web page (http:// only where the offer allows it)
//   tel:+441163050005            a phone number: its digits, and a leading +
//   mailto:name@example.org      an address alone; only Signpost itself adds a
//                                subject and a body (mailto_with)
// Scheme tricks are refused by construction: the text must begin with the
// exact scheme and hold no spaces, controls, quotes or angle brackets
// anywhere ("JaVaScRiPt:", " javascript:", "java\tscript:", "&#106;...",
// "data:text/html,..." are all refused). Depends on the standard library.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace signpost::core::url {

// Why `url` is not a web link, or empty when it is one.
std::string web_problem(std::string_view url, bool allow_http = false);
// Why `phone` cannot be dialled (a tel: link), or empty.
std::string phone_problem(std::string_view phone);
// Why `address` is not an email address alone, or empty.
std::string email_problem(std::string_view address);

// The href for each, or nullopt when it is refused.
std::optional<std::string> web_link(std::string_view url, bool allow_http = false);
std::optional<std::string> tel_link(std::string_view phone);
std::optional<std::string> mailto_link(std::string_view address);
// mailto: with the subject and body Signpost composed, percent-encoded.
std::optional<std::string> mailto_with(std::string_view address, std::string_view subject, std::string_view body);

}  // namespace signpost::core::url
