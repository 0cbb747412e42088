#include <ostream>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/lint.h"

namespace signpost::cli {

int lint_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  auto o = Options::parse(args, {"root", "offer"}, err);
  if (!o) return kBadInput;
  auto content = content_from(*o);
  auto report = core::lint(*content, o->get("offer"));
  err << report.diagnostics.to_string();
  out << "lint: " << report.offers << (report.offers == 1 ? " offer, " : " offers, ") << report.catalogs << " catalogs, "
      << report.messages << " messages, " << report.fallbacks << " fallbacks to en-GB: " << report.diagnostics.size()
      << (report.diagnostics.size() == 1 ? " error\n" : " errors\n");
  return report.diagnostics.empty() ? kOk : kFound;
}

}  // namespace signpost::cli
