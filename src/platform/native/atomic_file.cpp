#include "platform/native/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>

namespace signpost::platform {
namespace fs = std::filesystem;
namespace {

// The temporary file being written, for the signal handler to remove: a fixed
// buffer, as only async-signal-safe calls may be made there.
char g_temporary[4096];
std::atomic<bool> g_writing{false};

extern "C" void remove_temporary_and_stop(int signal) {
  if (g_writing.load()) ::unlink(g_temporary);
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

// While it lives, a stop signal removes the temporary file first (one that
// was ignored, as under nohup, stays ignored); a file too large for its limit
// fails the write (EFBIG) instead of killing us. `g_temporary` is written
// before `g_writing` is set, so the handler never reads a half-made name.
class SignalGuard {
 public:
  SignalGuard() {
    for (std::size_t i = 0; i < kSignals; ++i) {
      previous_[i] = std::signal(kStops[i], remove_temporary_and_stop);
      if (previous_[i] == SIG_IGN) std::signal(kStops[i], SIG_IGN);
    }
    previous_xfsz_ = std::signal(SIGXFSZ, SIG_IGN);
  }
  ~SignalGuard() {
    g_writing = false;
    for (std::size_t i = 0; i < kSignals; ++i) std::signal(kStops[i], previous_[i]);
    std::signal(SIGXFSZ, previous_xfsz_);
  }
  SignalGuard(const SignalGuard&) = delete;
  SignalGuard& operator=(const SignalGuard&) = delete;

 private:
  static constexpr int kStops[] = {SIGINT, SIGTERM, SIGHUP};
  static constexpr std::size_t kSignals = sizeof kStops / sizeof kStops[0];
  void (*previous_[kSignals])(int) = {};
  void (*previous_xfsz_)(int) = nullptr;
};

bool write_all(int fd, std::string_view bytes) {
  for (std::size_t done = 0; done < bytes.size();) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace

bool write_synced(const fs::path& file, std::string_view bytes, std::string& error) {
  std::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    error = "cannot be written: " + std::string(std::strerror(errno));
    return false;
  }
  const bool ok = write_all(fd, bytes) && ::fsync(fd) == 0;
  if (!ok) error = "cannot be written: " + std::string(std::strerror(errno));
  return ::close(fd) == 0 && ok;
}

bool replace_file(const fs::path& file, std::string_view bytes, std::string& error) {
  const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
  const std::string pattern = (folder / ("." + file.filename().string() + ".XXXXXX")).string();
  if (pattern.size() >= sizeof g_temporary) {
    error = "cannot be written: the path is too long";
    return false;
  }
  SignalGuard guard;
  // The stop signals wait while the file is made and its name kept for the handler.
  sigset_t stops, before;
  sigemptyset(&stops);
  for (int s : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&stops, s);
  ::sigprocmask(SIG_BLOCK, &stops, &before);
  std::snprintf(g_temporary, sizeof g_temporary, "%s", pattern.c_str());
  const int fd = ::mkstemp(g_temporary);
  const int made = errno;
  const std::string name = g_temporary;
  g_writing = fd >= 0;
  ::sigprocmask(SIG_SETMASK, &before, nullptr);
  if (fd < 0) {
    error = "cannot be written in " + folder.string() + ": " + std::strerror(made);
    return false;
  }
  bool ok = ::fchmod(fd, 0644) == 0 && write_all(fd, bytes) && ::fsync(fd) == 0;
  int saved = errno;
  ok = ::close(fd) == 0 && ok;
  if (ok && ::rename(name.c_str(), file.c_str()) != 0) {
    ok = false;
    saved = errno;
  }
  g_writing = !ok;  // renamed: nothing left for a signal to remove
  if (!ok) {
    ::unlink(name.c_str());
    error = "cannot be written: " + std::string(std::strerror(saved));
    return false;
  }
  sync_folder(folder);
  return true;
}

void sync_folder(const fs::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace signpost::platform
