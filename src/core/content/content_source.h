// ContentSource: where offers, catalogs and easy read wording come from. The core
// never opens a file itself; natively the CLI passes a folder on disk, and every
// build carries the built-in content (EmbeddedContent). Paths are relative to the
// content root and use '/', e.g. "offers/leicestershire/rules.json".
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace signpost::core::content {

class ContentSource {
 public:
  virtual ~ContentSource() = default;
  // The file's text, or nullopt when there is no such file.
  virtual std::optional<std::string> read(const std::string& path) const = 0;
  // The names directly inside a folder (files and folders), sorted.
  virtual std::vector<std::string> list(const std::string& folder) const = 0;
};

// The content compiled into the binary (see cmake/embed_content.cmake).
class EmbeddedContent final : public ContentSource {
 public:
  std::optional<std::string> read(const std::string& path) const override;
  std::vector<std::string> list(const std::string& folder) const override;
};

// Files held in memory: for tests, and for content assembled at run time.
class MemoryContent final : public ContentSource {
 public:
  void put(std::string path, std::string text);
  std::optional<std::string> read(const std::string& path) const override;
  std::vector<std::string> list(const std::string& folder) const override;

 private:
  std::vector<std::pair<std::string, std::string>> files_;
};

// Copies the files of a source into memory, all of them or those `keep` accepts
// (tests start from the built-in content and break one file).
MemoryContent copy_of(const ContentSource& source, const std::function<bool(const std::string& path)>& keep = nullptr);

}  // namespace signpost::core::content
