# Builds the content (offers/, i18n/, easyread/) into the binary, so that the
# embedded Leicestershire offer needs no files at run time, natively or in wasm.
file(GLOB_RECURSE SIGNPOST_CONTENT_FILES CONFIGURE_DEPENDS
  ${CMAKE_SOURCE_DIR}/offers/*.json
  ${CMAKE_SOURCE_DIR}/i18n/*.json
  ${CMAKE_SOURCE_DIR}/easyread/*.json)
set(SIGNPOST_CONTENT_CPP ${CMAKE_BINARY_DIR}/generated/embedded_content_data.cpp)
add_custom_command(
  OUTPUT ${SIGNPOST_CONTENT_CPP}
  COMMAND ${CMAKE_COMMAND} -DROOT=${CMAKE_SOURCE_DIR} -DOUT=${SIGNPOST_CONTENT_CPP}
          -P ${CMAKE_SOURCE_DIR}/cmake/write_embedded_content.cmake
  DEPENDS ${SIGNPOST_CONTENT_FILES} ${CMAKE_SOURCE_DIR}/cmake/write_embedded_content.cmake
  COMMENT "Embedding offers, catalogs and easy read content")
add_library(signpost_content STATIC ${SIGNPOST_CONTENT_CPP})
target_include_directories(signpost_content PUBLIC ${CMAKE_SOURCE_DIR}/src)
