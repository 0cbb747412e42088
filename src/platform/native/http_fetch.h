// HTTP(S) GET for the native tools (feed import now; the kiosk's content
// updates later), through libcurl. Never used for anything a family typed.
#pragma once

#include <string>

namespace signpost::platform {

struct Fetched {
  bool ok = false;   // a 2xx response, read whole
  long status = 0;   // the HTTP status; 0 when no response came
  std::string body;  // the response body when ok
  std::string error; // what went wrong, for a person
};

// Follows redirects; gives up after `timeout_seconds` and refuses bodies over `max_bytes`.
Fetched http_get(const std::string& url, long timeout_seconds = 30, std::size_t max_bytes = 64u << 20);

}  // namespace signpost::platform
