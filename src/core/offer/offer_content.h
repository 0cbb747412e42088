// OfferContent: everything a front end needs from content to run one council's
// check: the offer, every catalog, the directory, and (for front ends that draw
// them) the easy read pictures. load_offer_content is the one way the CLI, the
// kiosk and the web checker load it, with one policy: any problem in the
// offer, the catalogs or the directory refuses the whole content, and every
// problem is reported, each naming its file and JSON path (or line); an
// unknown offer names the offers the content holds. Nothing is half-loaded.
// The web module alone asks for Checks::kSoundness, leaving lint's authoring
// findings to lint, which passes before its content file is written.
// Depends on the core's offer reader, catalogs and directory.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "core/content/content_source.h"
#include "core/directory/directory.h"
#include "core/i18n/catalog.h"
#include "core/json/diagnostics.h"
#include "core/offer/offer.h"
#include "core/offer/offer_checks.h"

namespace signpost::core::offer {

struct OfferContent {
  Offer offer;
  i18n::Catalogs catalogs;
  std::optional<directory::Directory> directory;  // when the offer has one
  std::map<std::string, std::string> pictures;    // easy read picture id -> its SVG, when asked for
};

enum class Pictures { kLeave, kLoad };

std::optional<OfferContent> load_offer_content(const content::ContentSource& content, const std::string& offer_id,
                                               json::Diagnostics& out, Pictures pictures = Pictures::kLeave, Checks checks = Checks::kAll);

}  // namespace signpost::core::offer
