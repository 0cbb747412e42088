#include <ostream>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/lint.h"

namespace signpost::cli {

int lint_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  auto o = Options::parse(args, {"root", "offer", "today"}, err);
  if (!o) return kBadInput;
  auto today = today_from(*o, err);
  if (!today) return kBadInput;
  auto content = content_from(*o);
  auto report = core::lint(*content, o->get("offer"), *today);
  err << report.diagnostics.to_string();
  for (const auto& w : report.warnings.items()) err << "warning: " << w.to_string() << "\n";
  out << "lint: " << report.offers << (report.offers == 1 ? " offer, " : " offers, ") << report.catalogs << " catalogs, "
      << report.messages << " messages, " << report.fallbacks << " fallbacks to en-GB: " << report.diagnostics.size()
      << (report.diagnostics.size() == 1 ? " error\n" : " errors\n");
  return report.diagnostics.empty() ? kOk : kFound;
}

}  // namespace signpost::cli
