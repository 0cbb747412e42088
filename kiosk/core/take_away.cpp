// Take-away links and their QR codes. The link carries the same fragment as
// the web checker's own state links (SessionState::to_fragment). Depends on the core, the core's percent-encoding and libqrencode.
#include "kiosk/core/take_away.h"

#include <qrencode.h>

#include <memory>

#include "core/url/link.h"
#include "core/url/percent_encode.h"

namespace signpost::kiosk {

std::string resume_url(const core::flow::SessionState& state, const std::string& web_checker_url, const std::string& offer) {
  std::string base = web_checker_url.substr(0, web_checker_url.find('#'));
  const std::size_t query = base.find('?');
  const bool names_offer = query != std::string::npos &&
                           (base.find("?offer=", query) != std::string::npos || base.find("&offer=", query) != std::string::npos);
  if (!offer.empty() && !names_offer) base += (query == std::string::npos ? "?offer=" : "&offer=") + core::url::percent_encode(offer);
  return base + state.to_fragment();
}

bool QrCode::at(int x, int y) const {
  if (x < 0 || y < 0 || x >= size || y >= size) return false;
  return dark[static_cast<std::size_t>(y) * size + x];
}

std::optional<QrCode> qr_code(const std::string& text) {
  if (!core::url::web_link(text, true)) return std::nullopt;
  // Version 0: the smallest code that holds the text. Too long a text gives
  // nullptr (ERANGE), which is our nullopt.
  std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M),
                                                        QRcode_free);
  if (!code || code->width <= 0) return std::nullopt;
  QrCode out;
  out.size = code->width;
  out.dark.resize(static_cast<std::size_t>(out.size) * out.size);
  // libqrencode's module byte: bit 0 is dark; the other bits say what the module is for.
  for (std::size_t i = 0; i < out.dark.size(); ++i) out.dark[i] = (code->data[i] & 1) != 0;
  return out;
}

}  // namespace signpost::kiosk
