// signpost: the command-line face of the core. check, lint and walk; page,
// statement, import-directory and bundle for those who publish content; update-content
// for those who run kiosks.
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/text/echo.h"

namespace {

constexpr const char* kUsage =
    "usage:\n"
    "  signpost check --offer NAME --answers FILE [--today YYYY-MM-DD] [--locale en-GB] [--format text|json|record] [--easy-read] [--search TEXT] [--root DIR]\n"
    "  signpost lint [--root DIR] [--offer NAME] [--today YYYY-MM-DD]\n"
    "  signpost walk --offer NAME --answers FILE [--locale L] [--easy-read] [--today YYYY-MM-DD] [--root DIR]\n"
    "  signpost page --offer NAME --template FILE [--locale L] [--root DIR]   (the web checker's first page)\n"
    "  signpost statement --offer NAME --out DIR [--locale L] [--easy-read] [--root DIR]   (the council's Short Breaks\n"
    "                  Services Statement as pages to publish: every language and easy read, or one with --locale)\n"
    "  signpost report --counts FILE... --offer NAME --out DIR [--root DIR]   (the commissioning report from kiosks'\n"
    "                  exported counts and the web checker's records: HTML with charts and tables, and report.json)\n"
    "  signpost import-directory --from FILE --offer NAME [--tier universal|targeted|specialist] [--root DIR]\n"
    "  signpost bundle --out DIR [--root DIR] [--version TEXT]   (a content bundle for kiosks: offers/, i18n/,\n"
    "                  easyread/ and manifest.json, to publish on any web server; --version defaults to the time)\n"
    "  signpost update-content --from URL --dir DIR   (one content update by hand, as a kiosk makes it: URL a bundle's\n"
    "                  manifest.json, DIR a kiosk's content folder; exit 0 updated or unchanged, 1 refused, 2 offline)\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace signpost::cli;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "help") {
    (args.empty() ? std::cerr : std::cout) << kUsage;
    return args.empty() ? kBadInput : kOk;
  }
  std::string command = args[0];
  args.erase(args.begin());
  try {
    if (command == "check") return check_command(args, std::cout, std::cerr);
    if (command == "lint") return lint_command(args, std::cout, std::cerr);
    if (command == "walk") return walk_command(args, std::cout, std::cerr);
    if (command == "page") return page_command(args, std::cout, std::cerr);
    if (command == "import-directory") return import_command(args, std::cout, std::cerr);
    if (command == "bundle") return bundle_command(args, std::cout, std::cerr);
    if (command == "report") return report_command(args, std::cout, std::cerr);
    if (command == "statement") return statement_command(args, std::cout, std::cerr);
    if (command == "update-content") return update_content_command(args, std::cout, std::cerr);
  } catch (const std::exception& e) {
    std::cerr << "signpost: " << e.what() << "\n";
    return kBadInput;
  }
  std::cerr << "signpost: unknown command " << signpost::core::text::quoted(command) << "\n" << kUsage;
  return kBadInput;
}
