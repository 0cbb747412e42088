// The commissioning report (core/counts/report.h) as one HTML page for a
// council's officers: each figure as a bar chart drawn here in SVG (no chart
// library, nothing fetched) with its table beside it, which screen readers and
// a spreadsheet read. Cells under 5 show as "fewer than 5" and are drawn
// hatched, as long as they could at most be. Only the CLI links this.
#pragma once

#include <string>

#include "core/counts/report.h"

namespace signpost::render::statement {

// The page, linking `stylesheet` (statement.css, the web checker's stylesheet).
std::string report_page(const core::counts::Report& report, const std::string& stylesheet);

// One figure's chart: an <svg> whose accessible name is the figure's title.
std::string bar_chart(const core::counts::Figure& figure);

}  // namespace signpost::render::statement
