// Percent-encoding (RFC 3986) for the URLs the project makes: the state in a
// link's fragment, an offer in a query, a content file's path. Depends on the
// standard library only.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace signpost::core::url {

// Encodes all but A-Z a-z 0-9 - . _ ~ (the unreserved characters).
std::string percent_encode(std::string_view text);

// The same for a path, keeping its '/' separators.
std::string percent_encode_path(std::string_view path);

// Decodes %XX sequences (either case); every other byte is kept as it is.
// nullopt when a '%' is not followed by two hexadecimal digits.
std::optional<std::string> percent_decode(std::string_view text);

}  // namespace signpost::core::url
