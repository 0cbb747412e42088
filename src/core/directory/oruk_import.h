// Import from Open Referral UK feeds: the 3.0 shape (minimum_age and
// maximum_age on the service, schedules, service_at_locations, attributes,
// languages, cost_options) and the older 1.0 shape (eligibilitys,
// regular_schedules, service_taxonomys). A feed is one service, a list of
// services, or the pages of ORUK's paged API ({"content": [...], "total_pages"}).
//
// Every record is read whole and checked before it is kept: times and days
// are parsed, never cut; ids must be new and no key given twice; numbers
// must be finite and in range and links must be links (directory.h's
// ServiceRules). A bad record is skipped with a message naming the feed, the
// record's id and the field; the rest is kept. So whatever an import keeps,
// directory.json can hold and read back.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/directory/directory.h"

namespace signpost::core::directory {

struct ImportResult {
  std::vector<Service> services;
  json::Diagnostics problems;  // records skipped, and why
};

// The records of one feed document, and, for a page of a paged API, how many
// pages there are and which this is, when the page says so in range.
struct FeedPage {
  std::vector<std::pair<std::string, const json::Json*>> records;  // pointer, record
  std::optional<long long> total_pages;  // 1 to kMostPages
  std::optional<long long> page_number;  // 0 to kMostPages
  std::string paging_problem;            // a page count or number out of range
};
inline constexpr long long kMostPages = 10000;
FeedPage page_of(const json::Json& feed);

// One feed, page by page. `source` names the feed on each service (so that
// the next import replaces them all); `tier` is the offer's tier for its
// services (feeds do not say).
class FeedImport {
 public:
  FeedImport(std::string source, std::string tier, ServiceRules rules = {});
  // Reads one page (`where` names it in messages: the feed, or the page's
  // URL). `duplicate_keys` are the pointers of keys the page gives twice
  // (json::parse); their records are skipped, and one outside every record
  // refuses the page (nullopt). Returns how many of the page's records have
  // an id not read before, kept or skipped: none for a page that repeats.
  std::optional<std::size_t> add(const json::Json& page, const std::string& where, const std::vector<std::string>& duplicate_keys = {});
  const ImportResult& result() const { return result_; }
  ImportResult take() { return std::move(result_); }

 private:
  std::string source_, tier_;
  ServiceRules rules_;
  ImportResult result_;
  std::map<std::string, std::string> ids_;  // id of each service kept -> where it was read
  std::set<std::string> seen_;              // every id read, kept or skipped
};

// A feed of one document.
ImportResult import_oruk(const json::Json& feed, const std::string& source, const std::string& tier, const ServiceRules& rules = {});

}  // namespace signpost::core::directory
