// Reads and validates an offer pack (offers/<id>/pack.json, questions.json,
// rules.json, pathway.json). Every fault in every file is reported, each with its
// file and JSON pointer (or line and column for syntax errors); nothing here
// throws or crashes, whatever the files hold. Message keys are checked
// separately against the catalogs (lint.h), since they belong to i18n.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/content/content_source.h"
#include "core/json/diagnostics.h"
#include "core/offer/offer.h"
#include "core/offer/offer_checks.h"

namespace signpost::core::offer {

struct LoadedOffer {
  std::optional<Offer> offer;  // set only when there were no errors
  json::Diagnostics diagnostics;
};

LoadedOffer load_offer(const content::ContentSource& content, const std::string& id, Checks checks = Checks::kAll);

// The ids of the offers under offers/ in a content source.
std::vector<std::string> offer_ids(const content::ContentSource& content);

// Offer ids are lower-case letters, digits and hyphens.
bool is_valid_offer_id(const std::string& id);

}  // namespace signpost::core::offer
