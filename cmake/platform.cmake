# Platform choices, made here by file, never by #ifdef in the core.
# Natively ICU4C formats numbers, dates and plurals; in the browser (and under
# node) the JavaScript engine's own ICU does, through Intl. A JSON number past
# what the parser converts exactly goes to std::from_chars natively, and to the
# engine's Number in the browser (core/json/decimal.h).
if(EMSCRIPTEN)
  set(SIGNPOST_PLATFORM_SOURCES ${CMAKE_SOURCE_DIR}/web/platform/intl_locale_services.cpp ${CMAKE_SOURCE_DIR}/web/platform/decimal.cpp)
  set(SIGNPOST_PLATFORM_LIBS "")
  # No exceptions in the browser: the core never throws (syntax errors come back
  # as diagnostics), and leaving them and RTTI out keeps the module small. The wasm test
  # suite is built the same way, so what is tested is what ships.
  add_compile_definitions(JSON_NOEXCEPTION DOCTEST_CONFIG_NO_EXCEPTIONS_BUT_WITH_ALL_ASSERTS)
  add_compile_options(-fno-exceptions -fno-rtti -flto)
  # The JavaScript engine's own Math (sin, cos, pow...) stands in for compiled
  # ones: 4.6 KB gzip off the module.
  add_link_options(-flto -sALLOW_MEMORY_GROWTH=1 -sJS_MATH=1)
  # node runs the wasm tests and lays out the module's functions (tools/wasm_order.mjs).
  find_program(SIGNPOST_NODE node REQUIRED)
else()
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc icu-i18n)
  set(SIGNPOST_PLATFORM_SOURCES ${CMAKE_SOURCE_DIR}/src/platform/native/icu_locale_services.cpp
                                ${CMAKE_SOURCE_DIR}/src/platform/native/decimal.cpp)
  set(SIGNPOST_PLATFORM_LIBS PkgConfig::ICU)
endif()
