// Import from Open Referral UK feeds: the 3.0 shape (minimum_age and
// maximum_age on the service, schedules, service_at_locations, attributes,
// languages, cost_options) and the older 1.0 shape (eligibilitys,
// regular_schedules, service_taxonomys). A feed is one service, a list of
// services, or one page of ORUK's paged API ({"content": [...], "total_pages"}).
// A bad record is reported and skipped; the rest is kept.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/directory/directory.h"

namespace signpost::core::directory {

struct ImportResult {
  std::vector<Service> services;
  json::Diagnostics problems;  // records skipped, and why
};

// The records of one feed document, and, for a page of a paged API, how many pages there are.
struct FeedPage {
  std::vector<std::pair<std::string, const json::Json*>> records;  // pointer, record
  std::optional<long long> total_pages;
  std::optional<long long> page_number;
};
FeedPage page_of(const json::Json& feed);

// `source` names the feed in messages and on each service; `tier` is the
// offer's tier for these services (feeds do not say).
ImportResult import_oruk(const json::Json& feed, const std::string& source, const std::string& tier);

}  // namespace signpost::core::directory
