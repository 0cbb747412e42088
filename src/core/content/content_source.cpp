#include "core/content/content_source.h"

#include <algorithm>
#include <set>

#include "core/content/embedded_content.h"

namespace signpost::core::content {
namespace {

// The entry directly under `folder` that `path` lies in, if any.
std::optional<std::string> child_of(const std::string& folder, const std::string& path) {
  std::string prefix = folder.empty() || folder.back() == '/' ? folder : folder + "/";
  if (path.size() <= prefix.size() || path.compare(0, prefix.size(), prefix) != 0) return std::nullopt;
  auto rest = path.substr(prefix.size());
  return rest.substr(0, rest.find('/'));
}

template <typename Paths>
std::vector<std::string> list_in(const std::string& folder, const Paths& paths) {
  std::set<std::string> names;
  for (const std::string& p : paths)
    if (auto name = child_of(folder, p)) names.insert(*name);
  return {names.begin(), names.end()};
}

std::vector<std::string> embedded_paths() {
  std::vector<std::string> out;
  for (const EmbeddedFile* f = kEmbeddedFiles; f->path != nullptr; ++f) out.emplace_back(f->path);
  return out;
}

}  // namespace

std::optional<std::string> EmbeddedContent::read(const std::string& path) const {
  for (const EmbeddedFile* f = kEmbeddedFiles; f->path != nullptr; ++f)
    if (path == f->path) return std::string(f->text);
  return std::nullopt;
}

std::vector<std::string> EmbeddedContent::list(const std::string& folder) const {
  static const std::vector<std::string> kPaths = embedded_paths();
  return list_in(folder, kPaths);
}

void MemoryContent::put(std::string path, std::string text) {
  for (auto& [p, t] : files_) {
    if (p == path) {
      t = std::move(text);
      return;
    }
  }
  files_.emplace_back(std::move(path), std::move(text));
}

std::optional<std::string> MemoryContent::read(const std::string& path) const {
  for (const auto& [p, t] : files_)
    if (p == path) return t;
  return std::nullopt;
}

std::vector<std::string> MemoryContent::list(const std::string& folder) const {
  std::vector<std::string> paths;
  for (const auto& [p, _] : files_) paths.push_back(p);
  return list_in(folder, paths);
}

MemoryContent copy_of(const ContentSource& source, const std::function<bool(const std::string&)>& keep) {
  MemoryContent out;
  // Walk the tree breadth first: a name with no children is a file.
  std::vector<std::string> pending{""};
  while (!pending.empty()) {
    std::string folder = pending.back();
    pending.pop_back();
    for (const auto& name : source.list(folder)) {
      std::string path = folder.empty() ? name : folder + "/" + name;
      if (keep && !keep(path)) continue;
      if (auto text = source.read(path)) out.put(path, *text);
      else pending.push_back(path);
    }
  }
  return out;
}

}  // namespace signpost::core::content
