// A command's output files, each written whole or not at all, its folder made
// first; a failure is printed with the file's name. Depends on the platform's
// atomic_file.h.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>

namespace signpost::cli {

bool write_output(const std::filesystem::path& file, const std::string& bytes, std::ostream& err);

}  // namespace signpost::cli
