// One content update run by hand, for the kiosk's --update-only and the CLI.
// Depends on content_update.h and the standard library only.
#include "platform/native/update_command.h"

#include <ostream>

#include "platform/native/content_update.h"

namespace signpost::platform {

int run_update_only(const std::string& update_url, const std::string& content_dir, std::ostream& out, std::ostream& err) {
  const UpdateResult r = update_content(update_url, content_dir);
  switch (r.status) {
    case UpdateStatus::kUpdated:
    case UpdateStatus::kUnchanged:
      out << "content: " << r.summary << "\n";
      return kUpdateOk;
    case UpdateStatus::kRefused:
    case UpdateStatus::kOffline:
      break;
  }
  err << r.problems.to_string() << "content: " << r.summary << "\n";
  return r.status == UpdateStatus::kOffline ? kUpdateOffline : kUpdateRefused;
}

}  // namespace signpost::platform
