// Content bundles on disk (natively only): a folder of content files and its
// manifest.json (core/content/manifest.h). `signpost bundle` writes bundles;
// the kiosk's content updates (content_update.h) check them before use.
// Depends on the core's manifest format and diagnostics, OpenSSL (SHA-256) and
// the standard library; never on the network, SDL or the kiosk's app.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/content/manifest.h"
#include "core/json/diagnostics.h"

namespace signpost::platform {

// SHA-256 as lowercase hex.
std::string sha256_hex(std::string_view bytes);
// A file's SHA-256 and size, read in pieces; nullopt when it cannot be read.
std::optional<core::content::BundleFile> hash_file(const std::string& file);

// Lists every file under `folder`'s offers/, i18n/ and easyread/, sorted by
// path, with sizes and hashes. Unreadable files, links and unsafe names are
// reported (file: the path in the bundle) and nullopt returned.
std::optional<core::content::Manifest> build_manifest(const std::string& folder, const std::string& version,
                                                      core::json::Diagnostics& out);

// Checks `folder` against `manifest`: every listed file present as a regular
// file with the listed size and SHA-256, and nothing unlisted under offers/,
// i18n/ or easyread/ (the core would read it unchecked). Each problem names the
// file in the bundle and its entry in the manifest; true when there are none.
bool verify_bundle(const std::string& folder, const core::content::Manifest& manifest, core::json::Diagnostics& out);

}  // namespace signpost::platform
