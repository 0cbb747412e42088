// Content from a folder on disk (natively only): offers/, i18n/, easyread/ under a root.
#pragma once

#include <string>

#include "core/content/content_source.h"

namespace signpost::platform {

class DirectoryContent final : public core::content::ContentSource {
 public:
  explicit DirectoryContent(std::string root) : root_(std::move(root)) {}
  std::optional<std::string> read(const std::string& path) const override;
  std::vector<std::string> list(const std::string& folder) const override;

 private:
  std::string root_;
};

}  // namespace signpost::platform
