// The PDF renderer: a Screen as A4 pages made in memory (a family's result to
// print; later the council's statement). The PDF holds the consequences of a
// family's answers, so it is made only when they ask to print, and it is
// handed back, never written anywhere. Printing it is the kiosk's
// (kiosk/platform/printer.h). Depends on the core's Screen, the text engine,
// cairo and libqrencode; nothing about the kiosk's app, SDL or ImGui.
#pragma once

#include <string>

#include "core/view/screen.h"
#include "render/text/text_engine.h"

namespace signpost::render::pdf {

// The screen's elements (headings, paragraphs, lists, notices, outcome cards,
// steps, services, summary rows; not its buttons or form fields) laid out with
// `text` and drawn with its fonts, page after page. qr_text, when not empty,
// is drawn as a QR code in the top corner of page 1 at the end of the reading
// direction (right, or left on a right-to-left screen), above the caption
// screen.labels["take_away.qr"] if the screen has one. Empty if cairo fails.
// The screen's resume code, if it has one, is printed under the QR code.
std::string result_pdf(const core::view::Screen& screen, render::text::TextEngine& text, const std::string& qr_text);

// The request for an assessment as letters to sign and send, each on its own
// page: in the family's language, then in English for the council.
std::string letter_pdf(const core::view::Screen& screen, const core::view::Request& request, render::text::TextEngine& text);

}  // namespace signpost::render::pdf
