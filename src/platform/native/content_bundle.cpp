// Content bundles on disk: SHA-256, building a folder's manifest and checking
// a folder against one. Depends on the core's manifest format, OpenSSL's EVP
// digests and std::filesystem (error codes only: nothing here throws).
#include "platform/native/content_bundle.h"

#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>

#include "core/content/manifest.h"

namespace signpost::platform {
namespace {

namespace fs = std::filesystem;
using core::content::BundleFile;
using core::content::entry_of;
using core::content::kContentFolders;
using core::content::kManifestName;
using core::content::Manifest;
using core::content::path_problem;
using core::json::Diagnostics;

std::string hex(const unsigned char* bytes, unsigned int n) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < n; ++i) {
    out += kDigits[bytes[i] >> 4];
    out += kDigits[bytes[i] & 0xf];
  }
  return out;
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

}  // namespace signpost::platform
