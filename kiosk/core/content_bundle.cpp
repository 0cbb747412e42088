// The content bundle's format: manifest.json, path safety, SHA-256 and checking
// a folder against its manifest. Depends on the core's JSON reader, OpenSSL's
// EVP digests and std::filesystem (error codes only: nothing here throws).
#include "kiosk/core/content_bundle.h"

#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>

#include "core/json/reader.h"

namespace signpost::kiosk {
namespace {

namespace fs = std::filesystem;
using core::json::Diagnostics;
using core::json::JsonReader;

std::string hex(const unsigned char* bytes, unsigned int n) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < n; ++i) {
    out += kDigits[bytes[i] >> 4];
    out += kDigits[bytes[i] & 0xf];
  }
  return out;
}

bool is_sha256_hex(const std::string& s) {
  return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

bool is_content_folder(std::string_view name) {
  return std::any_of(std::begin(kContentFolders), std::end(kContentFolders), [&](const char* f) { return name == f; });
}

// "manifest.json /files/3": where a file's entry is, for messages about the file.
std::string entry_of(std::size_t index) {
  return std::string(kManifestName) + " " + core::json::child_pointer("/files", index);
}

void read_entry(const JsonReader& e, Manifest& manifest, std::set<std::string>& seen) {
  if (!e.expect_object()) return;
  e.only_keys({"path", "sha256", "bytes"});
  auto path = e.member("path").string();
  auto sha = e.member("sha256").string();
  auto bytes = e.member("bytes").integer();
  bool ok = path && sha && bytes;
  if (path) {
    if (auto why = path_problem(*path)) {
      e.member("path").error("unsafe path " + core::json::describe(*path) + ": " + *why);
      ok = false;
    } else if (!seen.insert(*path).second) {
      e.member("path").error("\"" + *path + "\" is listed twice: expected each file once");
      ok = false;
    }
  }
  if (sha && !is_sha256_hex(*sha)) {
    e.member("sha256").expected("a SHA-256 as 64 lowercase hexadecimal digits");
    ok = false;
  }
  if (bytes && *bytes < 0) {
    e.member("bytes").expected("a size in bytes (0 or more)");
    ok = false;
  }
  if (ok) manifest.files.push_back({*path, *sha, static_cast<std::uint64_t>(*bytes)});
}

// One listed file: present, a regular file (not a link), the right size and hash.
void check_file(const fs::path& folder, const BundleFile& f, std::size_t index, Diagnostics& out) {
  std::error_code ec;
  const fs::path full = folder / f.path;
  const auto status = fs::symlink_status(full, ec);
  if (!fs::exists(status)) {
    out.error(f.path, "", "missing: expected " + std::to_string(f.bytes) + " bytes (" + entry_of(index) + ")");
    return;
  }
  if (!fs::is_regular_file(status)) {
    out.error(f.path, "", "expected a file (" + entry_of(index) + "), got a link, folder or special file");
    return;
  }
  auto got = hash_file(full.string());
  if (!got) {
    out.error(f.path, "", "cannot be read (" + entry_of(index) + ")");
  } else if (got->bytes != f.bytes) {
    out.error(f.path, "", "expected " + std::to_string(f.bytes) + " bytes (" + entry_of(index) + "), got " +
                              std::to_string(got->bytes) + ": a partial or different file");
  } else if (got->sha256 != f.sha256) {
    out.error(f.path, "", "expected SHA-256 " + f.sha256 + " (" + entry_of(index) + "), got " + got->sha256 +
                              ": a corrupt or changed file");
  }
}

// Calls `visit` with the bundle path of everything under the content folders
// that is not a real folder (files, links, special files), in no set order.
template <typename Visit>
void walk_content(const fs::path& folder, Diagnostics& out, Visit visit) {
  for (const char* name : kContentFolders) {
    std::error_code ec;
    const fs::path root = folder / name;
    const auto status = fs::symlink_status(root, ec);
    if (!fs::exists(status)) continue;
    if (!fs::is_directory(status)) {
      out.error(name, "", "expected a folder, got a link or file");
      continue;
    }
    for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->symlink_status(ec).type() == fs::file_type::directory) continue;
      visit(fs::relative(it->path(), folder, ec).generic_string(), it->symlink_status(ec));
    }
    if (ec) out.error(name, "", "cannot be listed: " + ec.message());
  }
}

}  // namespace

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

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &n, EVP_sha256(), nullptr) != 1) return "";
  return hex(digest, n);
}

std::optional<BundleFile> hash_file(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  if (!in || !ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) return std::nullopt;
  BundleFile f;
  std::array<char, 1 << 16> buffer;
  while (in) {
    in.read(buffer.data(), buffer.size());
    const auto n = static_cast<std::size_t>(in.gcount());
    if (n > 0 && EVP_DigestUpdate(ctx.get(), buffer.data(), n) != 1) return std::nullopt;
    f.bytes += n;
  }
  if (in.bad()) return std::nullopt;
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (EVP_DigestFinal_ex(ctx.get(), digest, &n) != 1) return std::nullopt;
  f.sha256 = hex(digest, n);
  return f;
}

std::optional<Manifest> build_manifest(const std::string& folder, const std::string& version, Diagnostics& out) {
  const std::size_t before = out.size();
  Manifest m;
  m.version = version;
  walk_content(folder, out, [&](const std::string& path, fs::file_status status) {
    if (!fs::is_regular_file(status)) return out.error(path, "", "expected a file or folder, got a link or special file");
    if (auto why = path_problem(path)) return out.error(path, "", "cannot be published: " + *why);
    auto f = hash_file((fs::path(folder) / path).string());
    if (!f) return out.error(path, "", "cannot be read");
    f->path = path;
    m.files.push_back(std::move(*f));
  });
  std::sort(m.files.begin(), m.files.end(), [](const BundleFile& a, const BundleFile& b) { return a.path < b.path; });
  if (out.size() != before) return std::nullopt;
  return m;
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
  auto doc = core::json::parse(text, file, out);
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

bool verify_bundle(const std::string& folder, const Manifest& manifest, Diagnostics& out) {
  const std::size_t before = out.size();
  std::set<std::string> listed;
  for (std::size_t i = 0; i < manifest.files.size(); ++i) {
    listed.insert(manifest.files[i].path);
    check_file(folder, manifest.files[i], i, out);
  }
  walk_content(folder, out, [&](const std::string& path, fs::file_status) {
    if (!listed.count(path)) out.error(path, "", "not in " + std::string(kManifestName) + ": a bundle holds only the files it lists");
  });
  return out.size() == before;
}

}  // namespace signpost::kiosk
