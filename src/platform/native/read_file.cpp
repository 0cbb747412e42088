#include "platform/native/read_file.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace signpost::platform {

std::optional<std::string> read_file(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace signpost::platform
