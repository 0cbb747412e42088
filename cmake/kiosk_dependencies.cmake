# What the kiosk and its renderers need from Debian, found once here so that
# src/render/{text,imgui,pdf} and kiosk/ all see the same targets. Only
# included with SIGNPOST_KIOSK on: the CLI and the web checker need none of it.
find_package(PkgConfig REQUIRED)
pkg_check_modules(KIOSK_DEPS REQUIRED IMPORTED_TARGET harfbuzz freetype2 sdl2 libpng)
pkg_check_modules(KIOSK_TAKEAWAY REQUIRED IMPORTED_TARGET libqrencode cairo cairo-pdf cairo-ft)
pkg_check_modules(KIOSK_PICTURES REQUIRED IMPORTED_TARGET librsvg-2.0)
pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)  # with stb, which it needs
find_library(ESPEAK_NG espeak-ng REQUIRED)
find_path(ESPEAK_NG_INCLUDE espeak-ng/speak_lib.h REQUIRED)
find_library(CUPS_LIB cups REQUIRED)
set(IMGUI_INCLUDE /usr/include/imgui)
set(IMGUI_BACKENDS /usr/share/doc/libimgui-dev/examples/backends)
