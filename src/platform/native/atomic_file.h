// Files written whole or not at all. A file that replaces another is written
// under a temporary name in the same folder, synced, and renamed over the old
// one in one step; if anything goes wrong on the way (a full disk, a file too
// large, a throw, Ctrl+C or a stop signal) the temporary file is removed and
// the old file stays as it was. Native only (POSIX).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace signpost::platform {

// Writes and fsyncs `file` (creating its folder), so that it survives a power cut.
bool write_synced(const std::filesystem::path& file, std::string_view bytes, std::string& error);

// Replaces `file` with `bytes`, atomically; `error` says why not.
bool replace_file(const std::filesystem::path& file, std::string_view bytes, std::string& error);

// fsyncs a folder, so that a rename in it survives a power cut.
void sync_folder(const std::filesystem::path& folder);

}  // namespace signpost::platform
