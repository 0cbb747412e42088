#include "cli/output.h"

#include <ostream>
#include <system_error>

#include "platform/native/atomic_file.h"

namespace signpost::cli {

bool write_output(const std::filesystem::path& file, const std::string& bytes, std::ostream& err) {
  std::string error;
  std::error_code made;
  std::filesystem::create_directories(file.parent_path(), made);
  if (!made && platform::replace_file(file, bytes, error)) return true;
  if (made) error = made.message();
  err << file.string() << ": " << error << "\n";
  return false;
}

}  // namespace signpost::cli
