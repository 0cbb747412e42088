// Printout: a family's result as an A4 PDF made in memory, and where it goes:
// a CUPS printer, or (no printer configured) a folder for staff to print from.
// The PDF holds the family's answers' consequences, so it is made only when
// they ask to print, is never written anywhere else, and nothing of it is logged.
// Depends on the core's Screen, the text engine, cairo, libqrencode and CUPS;
// nothing about the kiosk's app, SDL or ImGui.
#pragma once

#include <string>

#include "core/view/screen.h"
#include "render/text/text_engine.h"

namespace signpost::platform::kiosk {

// The screen's elements (headings, paragraphs, lists, notices, outcome cards,
// steps, services, summary rows; not its buttons or form fields) laid out with
// `text` and drawn with its fonts, page after page. qr_text, when not empty,
// is drawn as a QR code in the top corner of page 1 at the end of the reading
// direction (right, or left on a right-to-left screen), above the caption
// screen.labels["take_away.qr"] if the screen has one. Empty if cairo fails.
std::string result_pdf(const core::view::Screen& screen, render::text::TextEngine& text, const std::string& qr_text);

struct PrintResult {
  bool ok = false;
  std::string where;  // the printer and job, or the file written
  std::string error;  // for staff and logs: never any of the family's words
};

// With a printer name, streams the PDF to CUPS (nothing on disk). Without one,
// writes it into `folder` (made if missing) as
// signpost-result-YYYYMMDD-HHMMSS-N.pdf, under a temporary name first so that
// a half-written file never appears there.
PrintResult print_pdf(const std::string& pdf_bytes, const std::string& cups_printer, const std::string& folder,
                      const std::string& job_title);

}  // namespace signpost::platform::kiosk
