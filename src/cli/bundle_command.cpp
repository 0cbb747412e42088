// signpost bundle: writes a content bundle for kiosks to fetch (kiosk.json
// content.update_url names its manifest.json), so that a council can publish
// its content on any static web server. The bundle holds the content files
// the binary builds in (cmake/embed_content.cmake) and manifest.json, which
// lists each with its size and SHA-256. Content with lint errors is never
// bundled: a kiosk would refuse it anyway.
// Depends on the core's lint, the bundle format (platform/native/content_bundle.h)
// and the file system; never on the network.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <ostream>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/lint.h"
#include "platform/native/atomic_file.h"
#include "platform/native/content_bundle.h"
#include "platform/native/directory_content.h"

namespace signpost::cli {
namespace {

namespace fs = std::filesystem;

bool ends_with(const std::string& s, const std::string& end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

// The same files cmake/embed_content.cmake builds in: JSON under offers/,
// i18n/ and easyread/, and the easy read pictures.
bool is_published(const std::string& path) {
  if (path.rfind("easyread/pictures/", 0) == 0 && ends_with(path, ".svg")) return true;
  return ends_with(path, ".json");
}

std::vector<std::string> content_files(const fs::path& root) {
  std::vector<std::string> files;
  for (const char* folder : core::content::kContentFolders) {
    std::error_code ec;
    for (fs::recursive_directory_iterator it(root / folder, ec), end; !ec && it != end; it.increment(ec)) {
      const std::string path = fs::relative(it->path(), root, ec).generic_string();
      if (it->is_regular_file(ec) && is_published(path)) files.push_back(path);
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// --out must be new, empty or an earlier bundle (it holds manifest.json), and
// not inside the content it copies: the command replaces what is there.
bool out_is_safe(const fs::path& root, const fs::path& out, std::ostream& err) {
  std::error_code ec;
  if (fs::exists(out, ec) && !fs::is_directory(out, ec)) {
    err << "signpost: --out: expected a folder, got the file " << out.string() << "\n";
    return false;
  }
  if (fs::exists(out, ec) && !fs::is_empty(out, ec) && !fs::exists(out / core::content::kManifestName, ec)) {
    err << "signpost: --out: " << out.string() << " holds files but no " << core::content::kManifestName
        << ": expected a new or empty folder, or an earlier bundle\n";
    return false;
  }
  if (fs::equivalent(out, root, ec)) {
    err << "signpost: --out: expected a folder other than the content root, got " << out.string() << "\n";
    return false;
  }
  const std::string inside = fs::weakly_canonical(out, ec).string() + "/";
  for (const char* folder : core::content::kContentFolders) {
    const std::string content = fs::weakly_canonical(root / folder, ec).string() + "/";
    if (inside.rfind(content, 0) == 0) {
      err << "signpost: --out: expected a folder outside the content it copies, got " << out.string() << "\n";
      return false;
    }
  }
  return true;
}

std::string now_utc() {
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  const auto days = std::chrono::floor<std::chrono::days>(now);
  const std::chrono::year_month_day ymd{days};
  const std::chrono::hh_mm_ss time{now - days};
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02dZ", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()),
                int(time.hours().count()), int(time.minutes().count()), int(time.seconds().count()));
  return text;
}

// Replaces the bundle's content with the files listed; manifest.json goes
// first, so that a kiosk fetching part-way finds no manifest, or the old one
// with files that no longer match: either way it changes nothing.
bool copy_content(const fs::path& root, const fs::path& out, const std::vector<std::string>& files, std::ostream& err) {
  std::error_code ec;
  fs::remove(out / core::content::kManifestName, ec);
  for (const char* folder : core::content::kContentFolders) fs::remove_all(out / folder, ec);
  for (const auto& path : files) {
    fs::create_directories((out / path).parent_path(), ec);
    if (!ec) fs::copy_file(root / path, out / path, fs::copy_options::overwrite_existing, ec);
    if (ec) {
      err << (out / path).string() << ": cannot be written: " << ec.message() << "\n";
      return false;
    }
  }
  return true;
}

bool write_manifest(const fs::path& out, const core::content::Manifest& manifest, std::ostream& err) {
  const fs::path file = out / core::content::kManifestName;
  std::string error;
  if (platform::replace_file(file, core::content::manifest_json(manifest), error)) return true;
  err << file.string() << ": " << error << "\n";
  return false;
}

}  // namespace

int bundle_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  auto o = Options::parse(args, {"out", "root", "version"}, err);
  if (!o) return kBadInput;
  auto dir = o->get("out");
  if (!dir) {
    err << "signpost: --out DIR is required\n";
    return kBadInput;
  }
  const fs::path root = o->get_or("root", ".");
  const std::string version = o->get_or("version", now_utc());
  if (version.empty()) {
    err << "signpost: --version: expected some text (e.g. a date), got an empty one\n";
    return kBadInput;
  }
  const auto report = core::lint(platform::DirectoryContent(root.string()));
  if (!report.diagnostics.empty() || report.offers == 0) {
    err << report.diagnostics.to_string() << "signpost: the content under " << root.string()
        << (report.offers == 0 ? " holds no offer" : " has errors") << "; no bundle was written\n";
    return kFound;
  }
  if (!out_is_safe(root, *dir, err)) return kBadInput;
  if (!copy_content(root, *dir, content_files(root), err)) return kFound;
  core::json::Diagnostics problems;
  auto manifest = platform::build_manifest(*dir, version, problems);
  if (!manifest) {
    err << problems.to_string() << "signpost: the bundle in " << *dir << " is incomplete: it has no manifest\n";
    return kFound;
  }
  if (!write_manifest(*dir, *manifest, err)) return kFound;
  std::uint64_t bytes = 0;
  for (const auto& f : manifest->files) bytes += f.bytes;
  out << "bundle: " << manifest->files.size() << " files, " << bytes << " bytes, version " << version << ": "
      << (fs::path(*dir) / core::content::kManifestName).string() << "\n";
  return kOk;
}

}  // namespace signpost::cli
