// A content bundle: a folder of content files (offers/<council>/*.json,
// i18n/<locale>/*.json, easyread/...) and manifest.json, which lists every file
// with its size and SHA-256, so that a kiosk can tell a whole, untouched bundle
// from a partial or corrupt one before it goes live. `signpost bundle` writes
// bundles; the kiosk's content updates (content_update.h) read them.
// Depends on the core's JSON reader and diagnostics, OpenSSL (SHA-256) and the
// standard library; never on the network, SDL or the kiosk's app.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json/diagnostics.h"

namespace signpost::kiosk {

inline constexpr int kBundleFormat = 1;
inline constexpr const char* kManifestName = "manifest.json";
// The only folders a bundle may hold content in: what the core reads.
inline constexpr const char* kContentFolders[] = {"offers", "i18n", "easyread"};

struct BundleFile {
  std::string path;    // relative to the bundle, with '/', e.g. "offers/leicestershire/pack.json"
  std::string sha256;  // 64 lowercase hex digits
  std::uint64_t bytes = 0;
};

struct Manifest {
  int format = kBundleFormat;
  std::string version;            // free text chosen by the publisher, e.g. a date
  std::vector<BundleFile> files;  // sorted by path when built
};

// Why a path listed in a manifest is unsafe to write or read (absolute, "..",
// ".", a backslash, an empty segment, a control character, or outside offers/,
// i18n/ and easyread/); nullopt when it is safe.
std::optional<std::string> path_problem(std::string_view path);

// SHA-256 as lowercase hex.
std::string sha256_hex(std::string_view bytes);
// A file's SHA-256 and size, read in pieces; nullopt when it cannot be read.
std::optional<BundleFile> hash_file(const std::string& file);

// Lists every file under `folder`'s offers/, i18n/ and easyread/, sorted by
// path, with sizes and hashes. Unreadable files, links and unsafe names are
// reported (file: the path in the bundle) and nullopt returned.
std::optional<Manifest> build_manifest(const std::string& folder, const std::string& version, core::json::Diagnostics& out);

// manifest.json's text: {"format", "version", "files": [{"path", "sha256", "bytes"}]}.
std::string manifest_json(const Manifest& manifest);

// Reads manifest.json's text; every problem names `file` and the JSON path
// (e.g. "/files/3/path"), and any problem means nullopt.
std::optional<Manifest> parse_manifest(std::string_view text, const std::string& file, core::json::Diagnostics& out);

// Checks `folder` against `manifest`: every listed file present as a regular
// file with the listed size and SHA-256, and nothing unlisted under offers/,
// i18n/ or easyread/ (the core would read it unchecked). Each problem names the
// file in the bundle and its entry in the manifest; true when there are none.
bool verify_bundle(const std::string& folder, const Manifest& manifest, core::json::Diagnostics& out);

}  // namespace signpost::kiosk
