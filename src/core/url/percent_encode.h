// Percent-encoding (RFC 3986) for the URLs the project makes: the state in a
// link's fragment, an offer in a query, a content file's path. Depends on the
// standard library only.
#pragma once

#include <string>
#include <string_view>

namespace signpost::core::url {

// Encodes all but A-Z a-z 0-9 - . _ ~ (the unreserved characters).
std::string percent_encode(std::string_view text);

// The same for a path, keeping its '/' separators.
std::string percent_encode_path(std::string_view path);

}  // namespace signpost::core::url
