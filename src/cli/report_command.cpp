// signpost report: the commissioning report from counts of demand. It adds up
// kiosks' exports (or counts files) and the records families sent from the web
// checker, for one offer, and writes DIR/index.html (charts with their tables),
// DIR/report.css and DIR/report.json (every figure's cells as the page shows
// them, for a spreadsheet). Every cell under 5 is suppressed, as in an export.
#include <ostream>

#include "cli/commands.h"
#include "cli/options.h"
#include "cli/output.h"
#include "core/counts/read_counts.h"
#include "core/counts/report.h"
#include "core/text/echo.h"
#include "platform/native/read_file.h"
#include "render/statement/report_page.h"
#include "render/statement/statement_page.h"

namespace signpost::cli {
namespace {

using core::json::Json;

Json report_json(const core::counts::Report& report, const core::counts::Tally& tally) {
  Json j{{"title", report.title}, {"checks", to_words(tally.checks())}, {"summary", report.summary}, {"sections", Json::array()}};
  for (const auto& s : report.sections) {
    Json figures = Json::array();
    for (const auto& f : s.figures) {
      Json rows = Json::array();
      for (std::size_t i = 0; i < f.categories.size(); ++i) {
        Json cells = Json::array();
        for (const auto& c : f.cells[i]) cells.push_back(to_words(c));
        rows.push_back({{"key", f.keys[i]}, {"category", f.categories[i]}, {"cells", cells}});
      }
      figures.push_back({{"id", f.id}, {"title", f.title}, {"series", f.series}, {"rows", rows}});
    }
    j["sections"].push_back({{"id", s.id}, {"heading", s.heading}, {"figures", figures}});
  }
  return j;
}

}  // namespace

int report_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  // --counts takes every file up to the next option.
  std::vector<std::string> files, rest;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] != "--counts") {
      rest.push_back(args[i]);
      continue;
    }
    while (i + 1 < args.size() && args[i + 1].rfind("--", 0) != 0) files.push_back(args[++i]);
  }
  auto o = Options::parse(rest, {"offer", "out", "root"}, err);
  if (!o) return kBadInput;
  auto dir = o->get("out");
  if (files.empty() || !dir || !o->get("offer")) {
    err << "signpost: --counts FILE..., --offer NAME and --out DIR are required\n";
    return kBadInput;
  }
  auto content = offer_content_from(*o, err);
  if (!content) return kBadInput;
  core::counts::Tally tally;
  tally.offer = content->offer.id;
  core::counts::ReportSources sources;
  core::json::Diagnostics problems;
  for (const auto& file : files) {
    auto text = platform::read_file(file);
    if (!text) {
      problems.error(file, "", "cannot be read");
      continue;
    }
    auto read = core::counts::read_counts(*text, file, problems);
    if (!read) continue;
    if (!read->tally.offer.empty() && read->tally.offer != content->offer.id) {
      problems.error(file, "/offer", "counts for " + core::text::quoted(read->tally.offer) + ", expected " + core::text::quoted(content->offer.id));
      continue;
    }
    tally.add(read->tally);
    sources.files.push_back(file);
    if (read->records > 0) sources.web_records += read->records;
    else ++sources.kiosk_files;
  }
  if (!problems.empty()) {
    err << problems.to_string() << "signpost: no report written\n";
    return kBadInput;
  }
  // Records from the web arrive one check at a time: they are suppressed as a kiosk's export is.
  tally = core::counts::suppressed(tally);
  core::i18n::Localizer english(content->catalogs, content->offer, core::i18n::kSourceLocale);
  const auto report = core::counts::build_report(content->offer, english, tally, sources);
  const std::filesystem::path root = *dir;
  const bool ok = write_output(root / "report.css", render::statement::statement_stylesheet(), err) &&
                  write_output(root / "report.json", report_json(report, tally).dump(2) + "\n", err) &&
                  write_output(root / "index.html", render::statement::report_page(report, "report.css"), err);
  if (!ok) return kBadInput;
  out << "report: " << to_words(tally.checks()) << " checks for " << content->offer.id << " from " << files.size()
      << (files.size() == 1 ? " file" : " files") << ", in " << root.string() << "\n";
  return kOk;
}

}  // namespace signpost::cli
