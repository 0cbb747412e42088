// Report: the counts of demand as a council's officers read them for
// commissioning: checks and outcomes by route over time, demand by district,
// languages and easy read, who did the check, and the gaps (kinds of support
// families asked for and found nothing within the near time, by district).
// Each figure is data, drawn by a renderer as a chart with its table beside it
// (render/report). Every cell is shown as an export shows it: under 5 is
// "fewer than 5", whatever files were added up. The report is for officers and
// is in English; the offer's English words name routes and kinds of support.
// Depends on tally.h, the offer and a Localizer.
#pragma once

#include <string>
#include <vector>

#include "core/counts/tally.h"
#include "core/i18n/localizer.h"
#include "core/offer/offer.h"

namespace signpost::core::counts {

// A table of cells: one row a category (a day, a district), one column a series
// (an outcome, a kind of support). `stacked`: the series add up to a whole.
struct Figure {
  std::string id;
  std::string title;
  std::string lead;
  std::string category_label;
  std::vector<std::string> categories;
  std::vector<std::string> keys;  // each category as the counts name it ("LE11", a route's id)
  std::vector<std::string> series;
  std::vector<std::vector<Cell>> cells;  // [category][series]
  bool stacked = false;
};

struct ReportSection {
  std::string id;
  std::string heading;
  std::vector<std::string> paragraphs;
  std::vector<Figure> figures;
};

// What the report was made from, for its first section.
struct ReportSources {
  std::vector<std::string> files;
  std::size_t kiosk_files = 0, web_records = 0;
};

struct Report {
  std::string title;
  std::string council;
  std::vector<std::string> summary;
  std::vector<ReportSection> sections;
};

Report build_report(const offer::Offer& offer, const i18n::Localizer& english, const Tally& tally, const ReportSources& sources);

}  // namespace signpost::core::counts
