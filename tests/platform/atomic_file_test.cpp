// Files written whole or not at all: a replaced file is the new text or the
// old, never a part; a failed write (a file too large for its limit) and a
// stop signal in the middle of a write leave the old file and no temporary one.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "platform/native/atomic_file.h"

using namespace signpost;
namespace fs = std::filesystem;

namespace {

fs::path fresh_folder(const char* name) {
  fs::path dir = fs::temp_directory_path() / (std::string("signpost-") + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::size_t files_in(const fs::path& dir) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}

}  // namespace

TEST_CASE("a replaced file is the new text, with nothing left beside it") {
  const fs::path dir = fresh_folder("replace");
  std::string error;
  REQUIRE(platform::replace_file(dir / "directory.json", "old\n", error));
  REQUIRE(platform::replace_file(dir / "directory.json", "new\n", error));
  CHECK(read(dir / "directory.json") == "new\n");
  CHECK(files_in(dir) == 1);
  fs::remove_all(dir);
}

TEST_CASE("a write that fails, or is stopped half way, leaves the old file and no temporary one") {
  const fs::path dir = fresh_folder("interrupted");
  const fs::path file = dir / "directory.json";
  std::string error;
  REQUIRE(platform::replace_file(file, "old\n", error));

  SUBCASE("a file too large for its limit (as a full disk would)") {
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      rlimit limit{4096, 4096};
      ::setrlimit(RLIMIT_FSIZE, &limit);
      std::string why;
      const bool ok = platform::replace_file(file, std::string(1 << 20, 'x'), why);
      ::_exit(!ok && why.find("File too large") != std::string::npos ? 0 : 1);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
  }
  SUBCASE("Ctrl+C in the middle of the write") {
    const std::string big(512u << 20, 'x');  // long enough to be stopped half way
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      std::signal(SIGINT, SIG_DFL);  // the child is the program here, not the test runner
      std::string why;
      platform::replace_file(file, big, why);
      ::_exit(3);
    }
    // Wait for the child to start writing, then stop it as Ctrl+C would.
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (files_in(dir) < 2 && std::chrono::steady_clock::now() < give_up) std::this_thread::sleep_for(std::chrono::microseconds(200));
    ::kill(child, SIGINT);
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE_MESSAGE(WIFSIGNALED(status), "the write ended before it could be stopped; the test proves nothing");
    CHECK(WTERMSIG(status) == SIGINT);
  }
  CHECK(read(file) == "old\n");
  CHECK(files_in(dir) == 1);
  fs::remove_all(dir);
}
