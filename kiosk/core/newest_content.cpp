#include "kiosk/core/newest_content.h"

#include <filesystem>
#include <system_error>

#include "platform/native/content_update.h"
#include "core/text/echo.h"

namespace signpost::kiosk {

std::unique_ptr<KioskContent> load_newest_content(const KioskConfig& config, std::string* which) {
  std::string chosen;
  auto source = platform::current_content(config.content_dir, &chosen);
  core::json::Diagnostics problems;
  if (auto content = core::offer::load_offer_content(*source, config.offer, problems, core::offer::Pictures::kLoad)) {
    *which = chosen;
    return std::make_unique<KioskContent>(std::move(*content));
  }
  // A bundle that verifies but cannot serve this offer: the built-in content still can.
  *which = chosen + ": " + problems.to_string() + "using the built-in content instead";
  core::content::EmbeddedContent built_in;
  core::json::Diagnostics again;
  if (auto content = core::offer::load_offer_content(built_in, config.offer, again, core::offer::Pictures::kLoad)) return std::make_unique<KioskContent>(std::move(*content));
  *which = "offer " + core::text::quoted(config.offer) + ": " + again.to_string();
  return nullptr;
}

std::string current_bundle(const KioskConfig& config) {
  if (config.content_dir.empty()) return "";
  std::error_code error;
  auto target = std::filesystem::read_symlink(std::filesystem::path(config.content_dir) / "current", error);
  return error ? std::string() : target.string();
}

}  // namespace signpost::kiosk
