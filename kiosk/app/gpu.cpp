#include "kiosk/app/gpu.h"

#include <cstdlib>
#include <string_view>
#include <system_error>

namespace signpost::kiosk {

bool has_gpu(const std::filesystem::path& dri) {
  const char* software = std::getenv("LIBGL_ALWAYS_SOFTWARE");
  if (software != nullptr && *software != '\0' && std::string_view(software) != "0") return false;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dri, error))
    if (entry.path().filename().string().rfind("renderD", 0) == 0) return true;
  return false;
}

}  // namespace signpost::kiosk
