// `signpost-kiosk --update-only` (and `signpost update-content`): one content
// update, its outcome printed for an operator, and an exit code for scripts.
// Depends on content_update.h only; never on SDL or the app.
#pragma once

#include <iosfwd>
#include <string>

namespace signpost::platform {

// Exit codes of an update run by hand.
inline constexpr int kUpdateOk = 0;        // updated, or unchanged
inline constexpr int kUpdateRefused = 1;   // the bundle or the content folder was wrong; nothing changed
inline constexpr int kUpdateOffline = 2;   // no answer from the server; nothing changed

// Fetches once from `update_url` into `content_dir`. The outcome goes to `out`
// ("content: updated to 2025-06-01 (bundles/...)"); on refusal or offline, each
// problem (file or URL, JSON path) and the outcome go to `err`.
int run_update_only(const std::string& update_url, const std::string& content_dir, std::ostream& out, std::ostream& err);

}  // namespace signpost::platform
