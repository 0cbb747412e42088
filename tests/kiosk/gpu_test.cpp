// The kiosk's choice of renderer: a GPU's only where there is a DRM render node
// and software drawing is not asked for; else SDL's software renderer.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>

#include "kiosk/app/gpu.h"
#include "kiosk_support.h"

using signpost::kiosk::has_gpu;

namespace {

// A /dev/dri of the test's own making.
struct Dri : signpost::test::TempDir {
  Dri() : TempDir("dri") {}
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
