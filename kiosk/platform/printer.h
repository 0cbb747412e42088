// Printing a family's result: a PDF (render/pdf) sent to a CUPS printer, or,
// with no printer configured, saved in a folder for staff to print from.
// Depends on CUPS and POSIX files; nothing about the app, SDL or ImGui.
#pragma once

#include <string>

namespace signpost::kiosk {

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

}  // namespace signpost::kiosk
