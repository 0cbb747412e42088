// The content bundle's manifest: reading and writing manifest.json, and which
// paths a bundle may hold. Depends on the core's JSON reader only.
#include "core/content/manifest.h"

#include <algorithm>
#include <set>

#include "core/json/reader.h"
#include "core/text/echo.h"

namespace signpost::core::content {
namespace {

using json::Diagnostics;
using json::JsonReader;

bool is_sha256_hex(const std::string& s) {
  return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

bool is_content_folder(std::string_view name) {
  return std::any_of(std::begin(kContentFolders), std::end(kContentFolders), [&](const char* f) { return name == f; });
}

void read_entry(const JsonReader& e, Manifest& manifest, std::set<std::string>& seen) {
  if (!e.expect_object()) return;
  e.only_keys({"path", "sha256", "bytes"});
  auto path = e.member("path").string();
  auto sha = e.member("sha256").string();
  auto bytes = e.member("bytes").integer_in(0, kMostBundleBytes, "a size in bytes");
  bool ok = path && sha && bytes;
  if (path) {
    if (auto why = path_problem(*path)) {
      e.member("path").error("unsafe path " + json::describe(*path) + ": " + *why);
      ok = false;
    } else if (!seen.insert(*path).second) {
      e.member("path").error(text::quoted(*path) + " is listed twice: expected each file once");
      ok = false;
    }
  }
  if (sha && !is_sha256_hex(*sha)) {
    e.member("sha256").expected("a SHA-256 as 64 lowercase hexadecimal digits");
    ok = false;
  }
  if (ok) manifest.files.push_back({*path, *sha, static_cast<std::uint64_t>(*bytes)});
}

}  // namespace

// "manifest.json /files/3": where a file's entry is, for messages about the file.
std::string entry_of(std::size_t index) {
  return std::string(kManifestName) + " " + json::child_pointer("/files", index);
}

std::optional<std::string> path_problem(std::string_view path) {
  if (path.empty()) return "expected a path, got an empty one";
  if (path.front() == '/') return "expected a path relative to the bundle, got an absolute one";
  for (unsigned char c : path) {
    if (c == '\\') return "expected '/' between folders, got a backslash";
    if (c < 0x20 || c >= 0x7f) return "expected printable ASCII characters only";
  }
  std::vector<std::string_view> segments;
  for (std::size_t start = 0;;) {
    const std::size_t slash = path.find('/', start);
    segments.push_back(path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  for (auto s : segments) {
    if (s.empty()) return "expected no empty segment (\"//\", or '/' at the end)";
    if (s == ".." || s == ".") return "expected no \".\" or \"..\" segment";
  }
  if (segments.size() < 2 || !is_content_folder(segments.front()))
    return "expected a file under offers/, i18n/ or easyread/";
  return std::nullopt;
}

std::string manifest_json(const Manifest& manifest) {
  nlohmann::ordered_json j;
  j["format"] = manifest.format;
  j["version"] = manifest.version;
  j["files"] = nlohmann::ordered_json::array();
  for (const auto& f : manifest.files) j["files"].push_back({{"path", f.path}, {"sha256", f.sha256}, {"bytes", f.bytes}});
  // Replaces bytes that are not UTF-8 (a version typed in another encoding) rather than throwing.
  return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::optional<Manifest> parse_manifest(std::string_view text, const std::string& file, Diagnostics& out) {
  const std::size_t before = out.size();
  auto doc = json::parse(text, file, out);
  if (!doc) return std::nullopt;
  JsonReader r(*doc, file, "", out);
  if (!r.expect_object()) return std::nullopt;
  r.only_keys({"format", "version", "files"});
  Manifest m;
  if (auto format = r.member("format").integer(); format && *format != kBundleFormat)
    r.member("format").error("expected " + std::to_string(kBundleFormat) + " (the bundle format this kiosk reads), got " +
                             std::to_string(*format));
  if (auto version = r.member("version").string()) {
    if (version->empty()) r.member("version").expected("a version (e.g. a date)");
    m.version = *version;
  }
  std::set<std::string> seen;
  if (auto files = r.member("files"); files.expect_array())
    for (std::size_t i = 0; i < files.value().size(); ++i) read_entry(files.element(i), m, seen);
  if (out.size() != before) return std::nullopt;
  return m;
}

}  // namespace signpost::core::content
