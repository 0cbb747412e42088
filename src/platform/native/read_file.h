// A whole file's bytes, natively (the CLI's and the kiosk's own files: answers,
// templates, feeds, kiosk.json, scripts, content folders). Depends on the
// standard library only.
#pragma once

#include <optional>
#include <string>

namespace signpost::platform {

// The file's bytes; nullopt when it cannot be opened or is not a regular file.
std::optional<std::string> read_file(const std::string& path);

}  // namespace signpost::platform
