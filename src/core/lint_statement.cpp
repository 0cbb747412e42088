// Lint of the Short Breaks Services Statement (signpost statement): a section
// that would be empty fails, naming the pack field to fill in.
#include "core/lint_parts.h"
#include "core/text/echo.h"

namespace signpost::core {
namespace {

// The council's own words: each section has some, none empty.
void check_said(const std::string& file, const char* field, const char* what, const std::vector<offer::Sourced>& said,
                json::Diagnostics& out) {
  if (said.empty()) {
    out.error(file, std::string("/") + field,
              std::string("the statement's section on ") + what +
                  " would be empty: give what the council has published, each with its source");
    return;
  }
  for (std::size_t i = 0; i < said.size(); ++i) {
    const std::string at = std::string("/") + field + "/" + std::to_string(i);
    // (Its source is required when the file is read: core/offer/offer_reader.cpp.)
    if (said[i].text.empty()) out.error(file, at + "/text", "the statement would show an empty paragraph here: write the council's words");
  }
}

}  // namespace

void check_statement(const content::ContentSource& content, const offer::Offer& o, const directory::Directory* directory,
                     LintReport& report) {
  auto& out = report.diagnostics;
  const std::string dir = "offers/" + o.id + "/";
  if (!content.read(dir + "statement.json")) {
    out.error(dir + "statement.json", "", "missing: the council's own part of its Short Breaks Services Statement (docs/offer-packs.md)");
  } else {
    check_said(dir + "statement.json", "carers_views", "how carers' views have shaped the offer", o.statement.carers_views, out);
    check_said(dir + "statement.json", "review", "keeping the statement under review", o.statement.review, out);
  }
  if (o.version.published_on.empty()) out.error(dir + "pack.json", "/published_on", "the statement would give no date for the offer it follows");
  if (o.version.review_by.empty()) out.error(dir + "pack.json", "/review_by", "the statement would give no date for its review");
  for (std::size_t i = 0; i < o.tiers.size(); ++i) {
    bool any = false;
    for (const auto& r : o.routes) any |= r.tier == o.tiers[i];
    if (!any) out.error(dir + "pack.json", "/tiers/" + std::to_string(i), "the statement's section for this tier would be empty: no route in rules.json is of it");
  }
  bool providers = !o.providers.empty();
  if (directory != nullptr)
    for (const auto& s : directory->services) providers |= !s.demo;
  if (!providers)
    out.error(dir + "pack.json", "/providers",
              "the statement's section on who provides the short breaks would be empty: list the council's approved providers, "
              "or import its directory (signpost import-directory)");
}

}  // namespace signpost::core
