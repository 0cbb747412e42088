# Builds the content (offers/, i18n/, easyread/) into the binary, so that the
# embedded Leicestershire offer needs no files at run time, natively or in wasm.
# signpost_content holds every language (the CLI, the tests, the kiosk);
# signpost_content_web holds no words at all: the web checker fetches its own
# offer's content (rules, questions, directory, places, and the English words
# it needs) as one file for that offer, other languages when a family picks
# one, and easy read when they turn it on, to keep an English check small.
# Both hold i18n/languages.json: every language's own name and status.
file(GLOB_RECURSE SIGNPOST_CONTENT_FILES CONFIGURE_DEPENDS
  ${CMAKE_SOURCE_DIR}/offers/*.json
  ${CMAKE_SOURCE_DIR}/i18n/*.json
  ${CMAKE_SOURCE_DIR}/easyread/*.json
  ${CMAKE_SOURCE_DIR}/easyread/pictures/*.svg)

function(signpost_content_library name locales offers)
  set(cpp ${CMAKE_BINARY_DIR}/generated/${name}_data.cpp)
  add_custom_command(
    OUTPUT ${cpp}
    COMMAND ${CMAKE_COMMAND} -DROOT=${CMAKE_SOURCE_DIR} -DOUT=${cpp} "-DLOCALES=${locales}" -DOFFERS=${offers}
            -P ${CMAKE_SOURCE_DIR}/cmake/write_embedded_content.cmake
    DEPENDS ${SIGNPOST_CONTENT_FILES} ${CMAKE_SOURCE_DIR}/cmake/write_embedded_content.cmake
    COMMENT "Embedding offers, catalogs and easy read content (${name})")
  add_library(${name} STATIC ${cpp})
  target_include_directories(${name} PUBLIC ${CMAKE_SOURCE_DIR}/src)
endfunction()

signpost_content_library(signpost_content "all" ON)
signpost_content_library(signpost_content_web "none" OFF)
