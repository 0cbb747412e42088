#include "render/statement/report_page.h"

#include <algorithm>
#include <cstdio>

#include "render/html/html_renderer.h"

namespace signpost::render::statement {

namespace {

using core::counts::Cell;
using core::counts::Figure;
using html::escape;

// Series colours, each at least 3:1 against white and told apart by the table
// and the legend as well as by colour.
constexpr const char* kColours[] = {"#00703c", "#1d70b8", "#4c2c92", "#a04000", "#505a5f", "#912b88"};
constexpr int kWidth = 720, kLabelWidth = 230, kBarArea = 400, kRow = 30, kSub = 14, kTop = 10;

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// A label that fits its column; the whole of it is in the table.
std::string fitted(const std::string& text, std::size_t max = 30) {
  if (text.size() <= max) return text;
  std::size_t cut = max - 1;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 sequence
  return text.substr(0, cut) + "\u2026";
}

Cell row_total(const std::vector<Cell>& row) {
  Cell total;
  for (const auto& c : row) total += c;
  return total;
}

// A bar from x, `low` solid and up to `high` hatched (what a suppressed cell could be).
std::string bar(double x, double y, double h, const Cell& cell, double scale, const char* colour) {
  const double solid = cell.small() ? 0 : cell.low * scale, whole = cell.high * scale;
  std::string out;
  if (solid > 0)
    out += "<rect x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" + number(solid) + "\" height=\"" + number(h) + "\" fill=\"" +
           colour + "\" stroke=\"#fff\" stroke-width=\"1\"/>";
  if (whole > solid)
    out += "<rect x=\"" + number(x + solid) + "\" y=\"" + number(y) + "\" width=\"" + number(whole - solid) + "\" height=\"" + number(h) +
           "\" fill=\"url(#sp-hatch)\" stroke=\"" + colour + "\" stroke-width=\"1\"/>";
  return out;
}

std::string table(const Figure& f) {
  std::string out = "<table class=\"sp-report-table\"><caption class=\"sp-visually-hidden\">" + escape(f.title) +
                    "</caption><thead><tr><th scope=\"col\">" + escape(f.category_label) + "</th>";
  for (const auto& s : f.series) out += "<th scope=\"col\" class=\"sp-report-table__number\">" + escape(s) + "</th>";
  const bool totals = f.stacked && f.series.size() > 1;
  if (totals) out += "<th scope=\"col\" class=\"sp-report-table__number\">Total</th>";
  out += "</tr></thead><tbody>";
  for (std::size_t i = 0; i < f.categories.size(); ++i) {
    out += "<tr><th scope=\"row\">" + escape(f.categories[i]) + "</th>";
    for (const auto& c : f.cells[i]) out += "<td class=\"sp-report-table__number\">" + escape(to_words(c)) + "</td>";
    if (totals) out += "<td class=\"sp-report-table__number\">" + escape(to_words(row_total(f.cells[i]))) + "</td>";
    out += "</tr>";
  }
  return out + "</tbody></table>";
}

}  // namespace

std::string bar_chart(const Figure& f) {
  const bool grouped = !f.stacked && f.series.size() > 1;
  const double row = grouped ? std::max<double>(kRow, kSub * f.series.size() + 8) : kRow;
  std::int64_t most = 1;
  for (const auto& r : f.cells) most = std::max(most, f.stacked ? row_total(r).high : std::max_element(r.begin(), r.end(), [](auto& a, auto& b) {
                                                                                        return a.high < b.high;
                                                                                      })->high);
  const double scale = kBarArea / static_cast<double>(most);
  const double height = kTop * 2 + row * f.categories.size();
  std::string out = "<svg class=\"sp-chart\" role=\"img\" aria-label=\"" + escape(f.title) + "\" viewBox=\"0 0 " + std::to_string(kWidth) +
                    " " + number(height) + "\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" focusable=\"false\">";
  for (std::size_t i = 0; i < f.categories.size(); ++i) {
    const double y = kTop + row * i;
    out += "<text x=\"" + std::to_string(kLabelWidth - 8) + "\" y=\"" + number(y + row / 2 + 5) + "\" text-anchor=\"end\" font-size=\"14\">" +
           escape(fitted(f.categories[i])) + "</text>";
    double x = kLabelWidth;
    for (std::size_t s = 0; s < f.series.size(); ++s) {
      const Cell& c = f.cells[i][s];
      const char* colour = kColours[s % std::size(kColours)];
      if (grouped) {
        const double sub_y = y + 4 + kSub * s;
        out += bar(kLabelWidth, sub_y, kSub - 2, c, scale, colour);
        if (c.high > 0)
          out += "<text x=\"" + number(kLabelWidth + c.high * scale + 4) + "\" y=\"" + number(sub_y + kSub - 4) + "\" font-size=\"11\">" +
                 escape(to_words(c)) + "</text>";
      } else {
        out += bar(x, y + 5, row - 10, c, scale, colour);
        x += c.high * scale;
      }
    }
    if (!grouped) {
      const Cell total = row_total(f.cells[i]);
      out += "<text x=\"" + number(x + 6) + "\" y=\"" + number(y + row / 2 + 5) + "\" font-size=\"13\">" +
             escape(to_words(total)) + "</text>";
    }
  }
  out += "<line x1=\"" + std::to_string(kLabelWidth) + "\" y1=\"" + std::to_string(kTop - 2) + "\" x2=\"" + std::to_string(kLabelWidth) + "\" y2=\"" +
         number(height - kTop + 2) + "\" stroke=\"#0b0c0c\"/></svg>";
  return out;
}

std::string report_page(const core::counts::Report& report, const std::string& stylesheet) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en-GB\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(report.title) +
                    "</title>\n<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"" + escape(stylesheet) + "\">\n"
                    "<style>\n.sp-chart { max-width: 720px; display: block; margin: 0 0 15px; }\n"
                    ".sp-legend { list-style: none; padding: 0; margin: 0 0 10px; display: flex; flex-wrap: wrap; gap: 5px 20px; }\n"
                    ".sp-legend__swatch { display: inline-block; width: 1em; height: 1em; margin-inline-end: 6px; vertical-align: -0.15em; border: 1px solid #0b0c0c; }\n"
                    ".sp-report-table { border-collapse: collapse; margin: 0 0 30px; min-width: 50%; }\n"
                    ".sp-report-table th, .sp-report-table td { border-bottom: 1px solid #b1b4b6; padding: 8px 20px 8px 0; text-align: start; vertical-align: top; }\n"
                    ".sp-report-table__number { text-align: end !important; font-variant-numeric: tabular-nums; }\n"
                    ".sp-figure { margin: 0 0 20px; overflow-x: auto; }\n"
                    "@media print { .sp-figure { break-inside: avoid; } }\n</style>\n</head>\n"
                    "<body class=\"sp-page\">\n"
                    "<svg width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\" style=\"position:absolute\"><defs>"
                    "<pattern id=\"sp-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                    "<rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#505a5f\" stroke-width=\"2\"/>"
                    "</pattern></defs></svg>\n<a href=\"#main\" class=\"sp-skip-link\">Skip to main content</a>\n"
                    "<header class=\"sp-header\"><div class=\"sp-width-container\"><span class=\"sp-header__service\">" + escape(report.council) +
                    "</span></div></header>\n<div class=\"sp-width-container\">\n<main class=\"sp-main\" id=\"main\" tabindex=\"-1\">\n"
                    "<h1 class=\"sp-heading-xl\">" + escape(report.title) + "</h1>\n";
  for (const auto& p : report.summary) out += "<p class=\"sp-body\">" + escape(p) + "</p>\n";
  out += "<nav aria-labelledby=\"sp-contents\"><h2 class=\"sp-heading-m\" id=\"sp-contents\">Contents</h2><ul class=\"sp-list\">";
  for (const auto& s : report.sections) out += "<li><a href=\"#" + escape(s.id) + "\">" + escape(s.heading) + "</a></li>";
  out += "</ul></nav>\n";
  for (const auto& s : report.sections) {
    out += "<section aria-labelledby=\"" + escape(s.id) + "\">\n<h2 class=\"sp-heading-l\" id=\"" + escape(s.id) + "\">" + escape(s.heading) + "</h2>\n";
    for (const auto& p : s.paragraphs) out += "<p class=\"sp-body\">" + escape(p) + "</p>\n";
    for (const auto& f : s.figures) {
      out += "<figure class=\"sp-figure\" id=\"figure-" + escape(f.id) + "\" aria-labelledby=\"figure-" + escape(f.id) + "-title\">\n<h3 class=\"sp-heading-m\" id=\"figure-" +
             escape(f.id) + "-title\">" + escape(f.title) + "</h3>\n";
      if (!f.lead.empty()) out += "<p class=\"sp-body\">" + escape(f.lead) + "</p>\n";
      if (f.categories.empty()) {
        out += "<p class=\"sp-body\">Nothing was counted.</p>\n</figure>\n";
        continue;
      }
      if (f.series.size() > 1) {
        out += "<ul class=\"sp-legend\" aria-hidden=\"true\">";
        for (std::size_t i = 0; i < f.series.size(); ++i)
          out += "<li><span class=\"sp-legend__swatch\" style=\"background:" + std::string(kColours[i % std::size(kColours)]) + "\"></span>" +
                 escape(f.series[i]) + "</li>";
        out += "</ul>";
      }
      out += bar_chart(f) + "\n" + table(f) + "\n</figure>\n";
    }
    out += "</section>\n";
  }
  out += "<p class=\"sp-body\">Hatched bars are counts under 5, drawn as long as they could at most be.</p>\n</main>\n</div>\n</body>\n</html>\n";
  return out;
}

}  // namespace signpost::render::statement
