// The signpost commands. Each takes its arguments (after the command's name)
// and returns the process's exit code.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace signpost::cli {

int check_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int lint_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int import_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int page_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int walk_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
// The council's Short Breaks Services Statement as static pages (core/statement).
int statement_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
// The commissioning report from counts of demand (core/counts).
int report_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int bundle_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
// A kiosk's own content update, by hand (platform/native/update_command.h).
int update_content_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace signpost::cli
