# The kiosk (natively only): the text engine, the ImGui renderer, the kiosk's
# headless logic, its platform parts (speech, print) and the SDL2 + OpenGL app.
find_package(PkgConfig REQUIRED)
pkg_check_modules(KIOSK_DEPS REQUIRED IMPORTED_TARGET harfbuzz freetype2 sdl2 gl libpng)
pkg_check_modules(KIOSK_TAKEAWAY REQUIRED IMPORTED_TARGET libqrencode cairo cairo-pdf cairo-ft)
pkg_check_modules(KIOSK_PICTURES REQUIRED IMPORTED_TARGET librsvg-2.0)
find_package(OpenSSL REQUIRED)
find_package(CURL REQUIRED)
find_library(ESPEAK_NG espeak-ng REQUIRED)
find_path(ESPEAK_NG_INCLUDE espeak-ng/speak_lib.h REQUIRED)
find_library(CUPS_LIB cups REQUIRED)
pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)  # with stb, which it needs
set(IMGUI_INCLUDE /usr/include/imgui)
set(IMGUI_BACKENDS /usr/share/doc/libimgui-dev/examples/backends)

# Text: ICU bidi and line breaks, HarfBuzz shaping, FreeType glyphs.
file(GLOB SIGNPOST_TEXT_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/render/text/*.cpp)
if(SIGNPOST_TEXT_SOURCES)  # guards like this one: parts not written yet are skipped
  add_library(signpost_text STATIC ${SIGNPOST_TEXT_SOURCES})
  target_include_directories(signpost_text PUBLIC ${CMAKE_SOURCE_DIR}/src)
  target_link_libraries(signpost_text PUBLIC PkgConfig::ICU PkgConfig::KIOSK_DEPS)
endif()

# Content bundles and updates, a library of their own: the signpost CLI writes
# bundles and runs an update by hand without the rest of the kiosk.
set(SIGNPOST_CONTENT_UPDATE_SOURCES ${CMAKE_SOURCE_DIR}/kiosk/core/content_bundle.cpp
  ${CMAKE_SOURCE_DIR}/kiosk/core/content_update.cpp ${CMAKE_SOURCE_DIR}/kiosk/core/update_command.cpp)
add_library(signpost_content_update STATIC ${SIGNPOST_CONTENT_UPDATE_SOURCES}
  ${CMAKE_SOURCE_DIR}/src/platform/native/http_fetch.cpp ${CMAKE_SOURCE_DIR}/src/platform/native/directory_content.cpp
  ${CMAKE_SOURCE_DIR}/src/platform/native/read_file.cpp)
target_include_directories(signpost_content_update PUBLIC ${CMAKE_SOURCE_DIR}/src ${CMAKE_SOURCE_DIR})
target_link_libraries(signpost_content_update PUBLIC signpost_core signpost_content PRIVATE OpenSSL::Crypto CURL::libcurl)

# The kiosk's headless logic: configuration, sessions and idle reset, keypad
# focus, what speech says, scripts, take-away links (and, through the library
# above, content updates).
file(GLOB SIGNPOST_KIOSK_CORE_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/kiosk/core/*.cpp)
list(REMOVE_ITEM SIGNPOST_KIOSK_CORE_SOURCES ${SIGNPOST_CONTENT_UPDATE_SOURCES})
add_library(signpost_kiosk_core STATIC ${SIGNPOST_KIOSK_CORE_SOURCES})
target_include_directories(signpost_kiosk_core PUBLIC ${CMAKE_SOURCE_DIR}/src ${CMAKE_SOURCE_DIR})
target_link_libraries(signpost_kiosk_core PUBLIC signpost_core signpost_render_html signpost_content signpost_content_update OpenSSL::Crypto CURL::libcurl PkgConfig::KIOSK_TAKEAWAY)

# Platform parts of the kiosk: espeak-ng speech, CUPS printing, PDF.
file(GLOB SIGNPOST_KIOSK_PLATFORM_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/platform/kiosk/*.cpp)
if(SIGNPOST_KIOSK_PLATFORM_SOURCES AND TARGET signpost_text)
  add_library(signpost_kiosk_platform STATIC ${SIGNPOST_KIOSK_PLATFORM_SOURCES})
  target_include_directories(signpost_kiosk_platform PUBLIC ${CMAKE_SOURCE_DIR}/src ${ESPEAK_NG_INCLUDE})
  target_link_libraries(signpost_kiosk_platform PUBLIC signpost_core signpost_text ${ESPEAK_NG} ${CUPS_LIB} PkgConfig::KIOSK_TAKEAWAY)
endif()

# Dear ImGui 1.86 from Debian: the library, and its SDL2 and OpenGL 3 backends,
# which Debian ships as sources beside its examples.
add_library(signpost_imgui STATIC ${IMGUI_BACKENDS}/imgui_impl_sdl.cpp ${IMGUI_BACKENDS}/imgui_impl_opengl3.cpp)
target_include_directories(signpost_imgui SYSTEM PUBLIC ${IMGUI_INCLUDE} ${IMGUI_INCLUDE}/backends)
target_link_libraries(signpost_imgui PUBLIC PkgConfig::IMGUI PkgConfig::KIOSK_DEPS ${CMAKE_DL_LIBS})
target_compile_options(signpost_imgui PRIVATE -w)

file(GLOB SIGNPOST_RENDER_IMGUI_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/render/imgui/*.cpp)
if(SIGNPOST_RENDER_IMGUI_SOURCES AND TARGET signpost_text)
  add_library(signpost_render_imgui STATIC ${SIGNPOST_RENDER_IMGUI_SOURCES})
  target_link_libraries(signpost_render_imgui PUBLIC signpost_core signpost_text signpost_imgui PkgConfig::KIOSK_PICTURES)
endif()

file(GLOB SIGNPOST_KIOSK_APP_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/kiosk/app/*.cpp)
if(SIGNPOST_KIOSK_APP_SOURCES AND TARGET signpost_kiosk_platform AND TARGET signpost_render_imgui)
  add_executable(signpost-kiosk ${SIGNPOST_KIOSK_APP_SOURCES})
  target_link_libraries(signpost-kiosk PRIVATE signpost_kiosk_core signpost_kiosk_platform signpost_render_imgui PkgConfig::KIOSK_DEPS signpost_core signpost_content)
endif()
