// A content bundle's manifest: the format kiosks and councils share. A bundle
// is a folder of content files (offers/<council>/*.json, i18n/<locale>/*.json,
// easyread/...) and manifest.json, which lists every file with its size and
// SHA-256, so that a kiosk can tell a whole, untouched bundle from a partial or
// corrupt one before it goes live. Writing, hashing and checking folders is
// native platform work (platform/native/content_bundle.h); this is the format.
// Depends on the core's JSON reader and diagnostics only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json/diagnostics.h"

namespace signpost::core::content {

inline constexpr int kBundleFormat = 1;
inline constexpr const char* kManifestName = "manifest.json";
// The largest content file a bundle may list: far above any pack or catalog.
inline constexpr std::int64_t kMostBundleBytes = 64LL << 20;
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

// manifest.json's text: {"format", "version", "files": [{"path", "sha256", "bytes"}]}.
std::string manifest_json(const Manifest& manifest);

// Reads manifest.json's text; every problem names `file` and the JSON path
// (e.g. "/files/3/path"), and any problem means nullopt.
std::optional<Manifest> parse_manifest(std::string_view text, const std::string& file, json::Diagnostics& out);

// "manifest.json /files/3": where a file's entry is, for messages about the file.
std::string entry_of(std::size_t index);

}  // namespace signpost::core::content
