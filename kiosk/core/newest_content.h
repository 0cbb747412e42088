// The content a kiosk runs on: the newest good bundle (content_update.h), or,
// when no bundle serves the kiosk's offer, the content built into the binary.
// Also tells when an update has swapped in a new bundle, so the kiosk can move
// to it between families. Depends on the kiosk's content updates and family session.
#pragma once

#include <memory>
#include <string>

#include "kiosk/core/config.h"
#include "kiosk/core/family_session.h"

namespace signpost::kiosk {

// The offer's content; `which` says in one line where it came from. nullptr
// (with the problems in `which`) only if even the built-in content cannot
// serve the offer (a kiosk.json naming an offer that does not exist).
std::unique_ptr<KioskContent> load_newest_content(const KioskConfig& config, std::string* which);

// What content.dir/current points at now ("" when nothing): compare two
// readings to see that an update went live.
std::string current_bundle(const KioskConfig& config);

}  // namespace signpost::kiosk
