// Content updates: fetch, check whole, swap in by rename, keep the last good
// bundle. Every step before the swap works in a folder no reader looks at
// (bundles/.incoming-*), so a failure at any point leaves `current` as it was.
// Depends on content_bundle, the core's lint, http_fetch and POSIX calls for
// fsync and flock; never on SDL or the app.
#include "platform/native/content_update.h"

#include "core/url/percent_encode.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <cstdio>
#include <random>
#include <set>

#include "core/json/reader.h"
#include "core/lint.h"
#include "platform/native/atomic_file.h"
#include "platform/native/content_bundle.h"
#include "platform/native/directory_content.h"
#include "platform/native/http_fetch.h"
#include "core/text/echo.h"

namespace signpost::platform {
namespace {

namespace fs = std::filesystem;
using core::content::BundleFile;
using core::content::kManifestName;
using core::content::Manifest;
using core::content::parse_manifest;
using core::json::Diagnostics;

constexpr std::size_t kMaxManifestBytes = 4u << 20;
constexpr std::uint64_t kMaxBundleBytes = 1ull << 30;  // content is a few MB; this stops a runaway manifest
constexpr std::size_t kMaxFiles = 20000;
constexpr long kManifestTimeoutSeconds = 30;
constexpr long kFileTimeoutSeconds = 120;
constexpr const char* kIncomingPrefix = ".incoming-";
constexpr const char* kLinkPrefix = ".link-";

// Holds content_dir/.update.lock, so that the app's background updates and an
// operator's `--update-only` never work on the folder at once.
class UpdateLock {
 public:
  explicit UpdateLock(const fs::path& file) : fd_(::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644)) {
    if (fd_ >= 0 && ::flock(fd_, LOCK_EX) != 0) {
      ::close(fd_);
      fd_ = -1;
    }
  }
  ~UpdateLock() {
    if (fd_ >= 0) ::close(fd_);
  }
  UpdateLock(const UpdateLock&) = delete;
  UpdateLock& operator=(const UpdateLock&) = delete;
  bool held() const { return fd_ >= 0; }

 private:
  int fd_;
};

// The incoming folder, removed on every way out unless it went live.
struct Incoming {
  fs::path path;
  bool kept = false;
  ~Incoming() {
    std::error_code ec;
    if (!kept) fs::remove_all(path, ec);
  }
};

// A name no other run uses: for temporary folders and links.
std::string random_name(const std::string& prefix) {
  std::random_device random;
  char text[20];
  std::snprintf(text, sizeof text, "%08x%08x", unsigned(random()), unsigned(random()));
  return prefix + text;
}

// The folder a manifest's URL is in: its files' paths are relative to it.
std::string folder_url(const std::string& url) {
  const std::string bare = url.substr(0, url.find_first_of("?#"));
  const auto scheme = bare.find("://");
  if (bare.find('/', scheme == std::string::npos ? 0 : scheme + 3) == std::string::npos) return bare + "/";
  return bare.substr(0, bare.rfind('/') + 1);
}


// A bundle folder's name: the version, made safe, and the manifest's hash.
std::string bundle_name(const std::string& version, const std::string& manifest_hash) {
  std::string name;
  for (char c : version.substr(0, 40)) name += std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' ? c : '-';
  while (!name.empty() && name.front() == '.') name.erase(name.begin());
  return (name.empty() ? "" : name + "-") + manifest_hash.substr(0, 12);
}

bool is_bundle_name(const std::string& name) {
  if (name.empty() || name.front() == '.') return false;
  for (unsigned char c : name)
    if (!std::isalnum(c) && c != '-' && c != '_' && c != '.') return false;
  return true;
}

// What a link (current, previous) points at, and whether that bundle verifies.
struct Installed {
  std::string name;  // under bundles/; empty when there is no such link
  std::string version;
  std::string manifest_hash;
  bool ok = false;
  Diagnostics problems;
};

Installed inspect(const fs::path& dir, const std::string& link) {
  Installed b;
  std::error_code ec;
  if (!fs::is_symlink(fs::symlink_status(dir / link, ec))) return b;
  const fs::path target = fs::read_symlink(dir / link, ec);
  if (ec || target.parent_path() != "bundles" || !is_bundle_name(target.filename().string())) {
    b.problems.error(link, "", "expected a link to bundles/<name>, got " + core::text::quoted(target.string()));
    return b;
  }
  b.name = target.filename().string();
  const std::string where = "bundles/" + b.name + "/";
  auto text = DirectoryContent(dir.string()).read(where + kManifestName);
  if (!text) {
    b.problems.error(where + kManifestName, "", "cannot be read");
    return b;
  }
  b.manifest_hash = sha256_hex(*text);
  auto manifest = parse_manifest(*text, where + kManifestName, b.problems);
  if (!manifest) return b;
  b.version = manifest->version;
  Diagnostics found;
  b.ok = verify_bundle((dir / target).string(), *manifest, found);
  for (auto d : found.items()) {
    d.file = where + d.file;
    b.problems.add(std::move(d));
  }
  return b;
}

std::string still_on(const Installed& current) {
  return current.ok ? "still on bundles/" + current.name : "still on the content it has";
}

// Sets the outcome; returns whether it is a success, for `return finish(...)`.
bool finish(UpdateResult& r, UpdateStatus status, std::string summary) {
  r.status = status;
  r.summary = std::move(summary);
  return status == UpdateStatus::kUpdated || status == UpdateStatus::kUnchanged;
}

// No answer at all is "offline"; an answer that is an error, or cut short, is "refused".
bool fetch_failed(UpdateResult& r, const std::string& url, const platform::Fetched& got, const std::string& entry,
                  const Installed& current) {
  r.problems.error(url, "", got.error + (entry.empty() ? "" : " (" + entry + ")"));
  const bool offline = got.status == 0;
  return finish(r, offline ? UpdateStatus::kOffline : UpdateStatus::kRefused,
                std::string(offline ? "offline: no answer from " : "refused: a download failed from ") + url + "; " +
                    still_on(current));
}

bool within_limits(const Manifest& m, const std::string& url, Diagnostics& out) {
  if (m.files.size() > kMaxFiles)
    out.error(url, "/files", "expected at most " + std::to_string(kMaxFiles) + " files, got " + std::to_string(m.files.size()));
  std::uint64_t total = 0;
  for (const auto& f : m.files) total += std::min(f.bytes, kMaxBundleBytes + 1);  // no overflow
  if (total > kMaxBundleBytes)
    out.error(url, "/files", "expected at most " + std::to_string(kMaxBundleBytes) + " bytes in all, got more");
  return m.files.size() <= kMaxFiles && total <= kMaxBundleBytes;
}

// How a downloaded file differs from its manifest entry, if it does.
std::optional<std::string> download_problem(const BundleFile& f, const std::string& entry, const std::string& body) {
  if (body.size() != f.bytes)
    return "expected " + std::to_string(f.bytes) + " bytes (" + entry + "), got " + std::to_string(body.size()) + ": a partial download";
  if (const std::string sha = sha256_hex(body); sha != f.sha256)
    return "expected SHA-256 " + f.sha256 + " (" + entry + "), got " + sha + ": a corrupt download";
  return std::nullopt;
}

// Downloads every file into `into`, checking each against the manifest as it
// comes, so that a bad file stops the update before the rest are fetched.
bool download_all(UpdateResult& r, const std::string& url, const Manifest& m, const fs::path& into, const Installed& current) {
  const std::string base = folder_url(url);
  for (std::size_t i = 0; i < m.files.size(); ++i) {
    const BundleFile& f = m.files[i];
    const std::string file_url = base + core::url::percent_encode_path(f.path);
    const std::string entry = std::string(kManifestName) + " " + core::json::child_pointer("/files", i);
    auto got = http_get(file_url, kFileTimeoutSeconds, static_cast<std::size_t>(f.bytes));
    if (!got.ok) return fetch_failed(r, file_url, got, entry, current);
    if (auto wrong = download_problem(f, entry, got.body)) {
      r.problems.error(file_url, "", *wrong);
      return finish(r, UpdateStatus::kRefused, "refused " + m.version + ": " + f.path + " is not as its manifest says; " + still_on(current));
    }
    if (std::string error; !write_synced(into / f.path, got.body, error)) {
      r.problems.error((into / f.path).string(), "", error);
      return finish(r, UpdateStatus::kRefused, "refused " + m.version + ": cannot store it; " + still_on(current));
    }
  }
  return true;
}

// Content that does not load must never go live: the core's lint, as `signpost lint` runs it.
bool lint_passes(const fs::path& folder, Diagnostics& out) {
  DirectoryContent content(folder.string());
  const auto report = core::lint(content);
  out.append(report.diagnostics);
  if (report.offers == 0) out.error("offers", "", "expected at least one offer, got none");
  return report.diagnostics.empty() && report.offers > 0;
}

// Points `link` at `target` in one step: a new link under a temporary name, renamed over the old.
bool set_link(const fs::path& dir, const std::string& link, const std::string& target, Diagnostics& out) {
  const fs::path temporary = dir / random_name(kLinkPrefix);
  std::error_code ec;
  fs::create_symlink(target, temporary, ec);
  if (!ec) fs::rename(temporary, dir / link, ec);
  if (!ec) return true;
  out.error((dir / link).string(), "", "cannot point it at " + target + ": " + ec.message());
  fs::remove(temporary, ec);
  return false;
}

// Bundles that are neither current nor the last good one go, as do leftovers of
// runs that stopped part-way (no other run is working: the lock is held).
void remove_others(const fs::path& dir, const std::set<std::string>& keep) {
  std::error_code ec;
  std::vector<fs::path> doomed;
  for (fs::directory_iterator it(dir / "bundles", ec), end; !ec && it != end; it.increment(ec))
    if (!keep.count(it->path().filename().string())) doomed.push_back(it->path());
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().filename().string().rfind(kLinkPrefix, 0) == 0) doomed.push_back(it->path());
  for (const auto& p : doomed) fs::remove_all(p, ec);
}

// Checks the downloaded bundle whole: files on disk as listed, then lint.
bool check_incoming(UpdateResult& r, const fs::path& incoming, const std::string& manifest_text, const Manifest& m,
                    const Installed& current) {
  std::string error;
  if (!write_synced(incoming / kManifestName, manifest_text, error)) {
    r.problems.error((incoming / kManifestName).string(), "", error);
    error = "cannot store it";
  } else if (!verify_bundle(incoming.string(), m, r.problems)) {
    error = "the files on disk do not match the manifest";
  } else if (!lint_passes(incoming, r.problems)) {
    error = "its content has errors and must not go live";
  }
  if (error.empty()) return true;
  return finish(r, UpdateStatus::kRefused, "refused " + m.version + ": " + error + "; " + still_on(current));
}

void install(UpdateResult& r, const fs::path& dir, const std::string& url, const std::string& manifest_text, const Manifest& m,
             const Installed& current) {
  Incoming incoming{dir / "bundles" / random_name(kIncomingPrefix)};
  if (!download_all(r, url, m, incoming.path, current) || !check_incoming(r, incoming.path, manifest_text, m, current)) return;
  std::string name = bundle_name(m.version, sha256_hex(manifest_text));
  std::error_code ec;
  if (fs::exists(fs::symlink_status(dir / "bundles" / name, ec))) name = random_name(name + "-");  // never touch a bundle in use
  fs::rename(incoming.path, dir / "bundles" / name, ec);
  if (ec) {
    r.problems.error((dir / "bundles" / name).string(), "", "cannot be created: " + ec.message());
    finish(r, UpdateStatus::kRefused, "refused " + m.version + ": cannot store it; " + still_on(current));
    return;
  }
  incoming.kept = true;
  sync_folder(dir / "bundles");
  // The bundle in use becomes the last good one; a broken one never does.
  std::string last_good = current.name;
  if (!current.ok) {
    const Installed previous = inspect(dir, "previous");
    last_good = previous.ok ? previous.name : "";
  } else {
    set_link(dir, "previous", "bundles/" + current.name, r.problems);
  }
  if (!set_link(dir, "current", "bundles/" + name, r.problems)) {
    finish(r, UpdateStatus::kRefused, "refused " + m.version + ": cannot switch to it; " + still_on(current));
    return;
  }
  sync_folder(dir);
  remove_others(dir, {name, last_good});
  r.bundle = "bundles/" + name;
  finish(r, UpdateStatus::kUpdated, "updated to " + m.version + " (" + r.bundle + ")");
}

}  // namespace

const char* to_string(UpdateStatus status) {
  switch (status) {
    case UpdateStatus::kUpdated: return "updated";
    case UpdateStatus::kUnchanged: return "unchanged";
    case UpdateStatus::kRefused: return "refused";
    case UpdateStatus::kOffline: return "offline";
  }
  return "refused";
}

UpdateResult update_content(const std::string& update_url, const std::string& content_dir) {
  UpdateResult r;
  if (update_url.empty()) {
    finish(r, UpdateStatus::kRefused, "refused: no update URL (kiosk.json content.update_url)");
    return r;
  }
  const fs::path dir(content_dir);
  std::error_code ec;
  fs::create_directories(dir / "bundles", ec);
  UpdateLock lock(dir / ".update.lock");
  if (ec || !lock.held()) {
    r.problems.error(content_dir, "", ec ? "cannot be created: " + ec.message() : "cannot be locked for an update");
    finish(r, UpdateStatus::kRefused, "refused: the content folder cannot be written");
    return r;
  }
  const Installed current = inspect(dir, "current");
  if (current.ok) r.bundle = "bundles/" + current.name;
  auto got = http_get(update_url, kManifestTimeoutSeconds, kMaxManifestBytes);
  if (!got.ok) {
    fetch_failed(r, update_url, got, "", current);
    return r;
  }
  auto manifest = parse_manifest(got.body, update_url, r.problems);
  if (!manifest) {
    finish(r, UpdateStatus::kRefused, "refused: the manifest cannot be read; " + still_on(current));
    return r;
  }
  r.version = manifest->version;
  // The same manifest as the bundle in use, and that bundle whole: nothing to do.
  if (current.ok && current.manifest_hash == sha256_hex(got.body))
    finish(r, UpdateStatus::kUnchanged, "unchanged: " + manifest->version + " is in use (" + r.bundle + ")");
  else if (!within_limits(*manifest, update_url, r.problems))
    finish(r, UpdateStatus::kRefused, "refused " + manifest->version + ": too large; " + still_on(current));
  else
    install(r, dir, update_url, got.body, *manifest, current);
  return r;
}

std::unique_ptr<core::content::ContentSource> current_content(const std::string& content_dir, std::string* which) {
  const fs::path dir(content_dir);
  std::string why;
  for (const std::string link : {"current", "previous"}) {
    Installed b = inspect(dir, link);
    if (b.ok) {
      const fs::path folder = dir / "bundles" / b.name;
      if (which) *which = "bundle " + b.version + " (" + folder.string() + ")" + (why.empty() ? "" : "; " + why);
      return std::make_unique<DirectoryContent>(folder.string());
    }
    if (!b.problems.empty())
      why += (why.empty() ? "" : "; ") + link + " bundle refused: " + b.problems.items().front().to_string() +
             (b.problems.size() > 1 ? " (and " + std::to_string(b.problems.size() - 1) + " more)" : "");
  }
  if (which) *which = "built-in content (" + (why.empty() ? "no content bundle in " + content_dir : why) + ")";
  return std::make_unique<core::content::EmbeddedContent>();
}

}  // namespace signpost::platform
