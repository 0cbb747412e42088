# Header-only libraries from Debian (nlohmann-json3-dev, doctest-dev) as INTERFACE
# targets. Their folders are linked into the build tree rather than found with
# find_package, because under Emscripten adding -I/usr/include breaks emcc.
set(SIGNPOST_THIRD_PARTY_INCLUDE ${CMAKE_BINARY_DIR}/third_party/include)
file(MAKE_DIRECTORY ${SIGNPOST_THIRD_PARTY_INCLUDE})
foreach(dir nlohmann doctest)
  if(NOT EXISTS /usr/include/${dir})
    message(FATAL_ERROR "/usr/include/${dir} is missing: run tools/setup.sh (or make test), which installs it")
  endif()
  if(NOT EXISTS ${SIGNPOST_THIRD_PARTY_INCLUDE}/${dir})
    file(CREATE_LINK /usr/include/${dir} ${SIGNPOST_THIRD_PARTY_INCLUDE}/${dir} SYMBOLIC)
  endif()
endforeach()

add_library(signpost_json INTERFACE)
target_include_directories(signpost_json SYSTEM INTERFACE ${SIGNPOST_THIRD_PARTY_INCLUDE})
add_library(signpost::json ALIAS signpost_json)

add_library(signpost_doctest INTERFACE)
target_include_directories(signpost_doctest SYSTEM INTERFACE ${SIGNPOST_THIRD_PARTY_INCLUDE})
add_library(signpost::doctest ALIAS signpost_doctest)
