// The kiosk's content updates: fetches a content bundle (content_bundle.h) from
// a URL, checks it whole (sizes, SHA-256, then the core's lint) and only then
// swaps it in atomically, keeping the last good bundle beside it. A failed,
// partial or corrupt download changes nothing; without a network the kiosk
// runs on the bundle it has, or on the content built into it.
//
// Layout of the content folder (kiosk.json content.dir):
//   bundles/<version>-<hash>/   one folder per bundle, manifest.json inside
//   current  -> bundles/<x>     the bundle in use (a symbolic link, swapped by rename)
//   previous -> bundles/<y>     the last good bundle before it, kept as a fallback
//   .update.lock                held while an update runs (one at a time)
//
// Depends on content_bundle.h, the core (lint, content sources), libcurl through
// platform/native/http_fetch.h and POSIX files; never on SDL or the app.
#pragma once

#include <memory>
#include <string>

#include "core/content/content_source.h"
#include "core/json/diagnostics.h"

namespace signpost::platform {

enum class UpdateStatus {
  kUpdated,    // a new bundle is live
  kUnchanged,  // the bundle at the URL is the one in use
  kRefused,    // the bundle (or a reply, or the content folder) was wrong; nothing changed
  kOffline,    // no answer from the server; nothing changed
};

struct UpdateResult {
  UpdateStatus status = UpdateStatus::kRefused;
  std::string summary;   // one line for a person: what happened
  std::string version;   // the fetched manifest's version, when it could be read
  std::string bundle;    // the bundle in use afterwards ("bundles/<x>"), "" when there is none
  core::json::Diagnostics problems;  // each naming its file or URL and JSON path
};

const char* to_string(UpdateStatus status);  // "updated", "unchanged", "refused", "offline"

// Fetches the manifest at `update_url` (files lie beside it: the URL's folder +
// each path) and makes that bundle current in `content_dir`, or says why not.
// Safe to call from a background thread; concurrent calls wait for each other.
UpdateResult update_content(const std::string& update_url, const std::string& content_dir);

// The content to run on: the current bundle if it verifies against its
// manifest, else the previous (last good) one if it does, else the content
// built into the binary. A bundle is read from its own folder, so a later swap
// of `current` does not change content under a reader. `which`, when given,
// says in one line what was chosen and why.
std::unique_ptr<core::content::ContentSource> current_content(const std::string& content_dir, std::string* which = nullptr);

}  // namespace signpost::platform
