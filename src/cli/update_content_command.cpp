// signpost update-content: one kiosk content update by hand, into a content
// folder laid out as the kiosk keeps it (platform/native/content_update.h). For
// operators checking a published bundle, and for the tests while the kiosk
// app is not built. Exit codes: 0 updated or unchanged, 1 refused, 2 offline
// (and 2 for a wrong command line, as elsewhere in signpost).
// Depends on the native platform's update command only.
#include <ostream>

#include "cli/commands.h"
#include "cli/options.h"
#include "platform/native/update_command.h"

namespace signpost::cli {

int update_content_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  auto o = Options::parse(args, {"from", "dir"}, err);
  if (!o) return kBadInput;
  auto from = o->get("from");
  auto dir = o->get("dir");
  if (!from || !dir) {
    err << "usage: signpost update-content --from URL --dir DIR   (URL: a bundle's manifest.json; DIR: a kiosk's content.dir)\n";
    return kBadInput;
  }
  return platform::run_update_only(*from, *dir, out, err);
}

}  // namespace signpost::cli
