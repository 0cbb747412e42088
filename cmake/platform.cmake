# Platform choices, made here by file, never by #ifdef in the core.
# Natively ICU4C formats numbers, dates and plurals; in the browser (and under
# node) the JavaScript engine's own ICU does, through Intl.
if(EMSCRIPTEN)
  set(SIGNPOST_PLATFORM_SOURCES ${CMAKE_SOURCE_DIR}/web/platform/intl_locale_services.cpp)
  set(SIGNPOST_PLATFORM_LIBS "")
  # nlohmann/json reports syntax errors by exception, and the tests check them.
  add_compile_options(-fexceptions)
  add_link_options(-fexceptions -sALLOW_MEMORY_GROWTH=1 -sNODERAWFS=1 "-sEXPORTED_FUNCTIONS=['_main','_malloc','_free']")
else()
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc icu-i18n)
  set(SIGNPOST_PLATFORM_SOURCES ${CMAKE_SOURCE_DIR}/src/platform/native/icu_locale_services.cpp)
  set(SIGNPOST_PLATFORM_LIBS PkgConfig::ICU)
endif()
