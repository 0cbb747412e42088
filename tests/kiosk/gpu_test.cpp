// The kiosk's choice of renderer: a GPU's only where there is a DRM render node
// and software drawing is not asked for; else SDL's software renderer.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "kiosk/app/gpu.h"

namespace fs = std::filesystem;
using signpost::kiosk::has_gpu;

namespace {

// A /dev/dri of the test's own making.
struct Dri {
  fs::path path = fs::temp_directory_path() / ("signpost-dri-" + std::to_string(std::random_device{}()));
  Dri() { fs::create_directories(path); }
  ~Dri() { fs::remove_all(path); }
  void add(const char* name) const { std::ofstream(path / name).put('\n'); }
};

}  // namespace

TEST_CASE("a GPU is a DRM render node, unless software drawing is asked for") {
  unsetenv("LIBGL_ALWAYS_SOFTWARE");
  Dri dri;
  CHECK_FALSE(has_gpu(dri.path / "not-there"));
  CHECK_FALSE(has_gpu(dri.path));
  dri.add("card0");  // a display controller alone: no render node to draw on
  CHECK_FALSE(has_gpu(dri.path));
  dri.add("renderD128");
  CHECK(has_gpu(dri.path));

  setenv("LIBGL_ALWAYS_SOFTWARE", "1", 1);
  CHECK_FALSE(has_gpu(dri.path));
  setenv("LIBGL_ALWAYS_SOFTWARE", "true", 1);
  CHECK_FALSE(has_gpu(dri.path));
  setenv("LIBGL_ALWAYS_SOFTWARE", "0", 1);
  CHECK(has_gpu(dri.path));
  setenv("LIBGL_ALWAYS_SOFTWARE", "", 1);
  CHECK(has_gpu(dri.path));
  unsetenv("LIBGL_ALWAYS_SOFTWARE");
}
