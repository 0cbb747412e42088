// Take-away: what a family can carry home from the kiosk's result screen. A
// link to the web checker holding their answers in its fragment (which
// browsers never send to a server), and that link as a QR code to scan.
// Depends on the core's SessionState, the core's percent-encoding and
// libqrencode; nothing about drawing, printing or the kiosk's app.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/flow/session_state.h"

namespace signpost::kiosk {

// web_checker_url (any fragment it has dropped) + the family's state as a
// fragment (SessionState::to_fragment: their place, answers, language and
// reading mode), as the web checker's own links carry it, so it carries on
// where the family left the kiosk.
// With `offer`, the link also names the council's offer (?offer=...), unless
// web_checker_url names one already: the web checker serves every offer.
std::string resume_url(const core::flow::SessionState& state, const std::string& web_checker_url, const std::string& offer = "");

// A QR code's modules, row by row; size x size, without the quiet zone.
struct QrCode {
  int size = 0;
  std::vector<bool> dark;
  bool at(int x, int y) const;  // false outside the code
};

// A web address as a QR code (8-bit mode, error correction level M); nullopt
// when it is not a web link (core/url/link.h) or is too long for the largest code.
std::optional<QrCode> qr_code(const std::string& text);

}  // namespace signpost::kiosk
