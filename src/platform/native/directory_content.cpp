#include "platform/native/directory_content.h"

#include "platform/native/read_file.h"

#include <algorithm>
#include <filesystem>

namespace signpost::platform {

namespace fs = std::filesystem;

std::optional<std::string> DirectoryContent::read(const std::string& path) const {
  if (path.find("..") != std::string::npos) return std::nullopt;
  return read_file((fs::path(root_) / path).string());
}

std::vector<std::string> DirectoryContent::list(const std::string& folder) const {
  std::vector<std::string> names;
  if (folder.find("..") != std::string::npos) return names;
  std::error_code ec;
  for (fs::directory_iterator it(fs::path(root_) / folder, ec), end; !ec && it != end; it.increment(ec))
    names.push_back(it->path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace signpost::platform
