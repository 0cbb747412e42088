// Whether the kiosk draws on a GPU: one Mesa can draw on (a DRM render node
// under the given folder, /dev/dri on a kiosk) and software drawing not asked
// for (LIBGL_ALWAYS_SOFTWARE set to anything but empty or "0"). Without one,
// the kiosk takes SDL's own software renderer rather than OpenGL on Mesa's
// llvmpipe (kiosk_app.cpp says why). Depends on the standard library only.
#pragma once

#include <filesystem>

namespace signpost::kiosk {

bool has_gpu(const std::filesystem::path& dri = "/dev/dri");

}  // namespace signpost::kiosk
