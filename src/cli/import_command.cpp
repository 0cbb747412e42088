// signpost import-directory: reads an Open Referral UK feed (3.0 or 1.0 shape)
// from a file or a URL, following the pages of a paged API, and writes the
// offer's offers/<council>/directory.json. Services from the same feed are
// replaced; others (a council's own entries) are kept. A bad record is
// skipped, named; a feed that cannot be read (any page), or holds no good
// record, changes nothing. The new file must read back with the offer's rules
// before it replaces the old one, in one step (platform/native/atomic_file.h).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <ostream>
#include <set>
#include <sstream>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/directory/oruk_import.h"
#include "core/offer/offer_reader.h"
#include "core/text/echo.h"
#include "platform/native/atomic_file.h"
#include "platform/native/directory_content.h"
#include "platform/native/http_fetch.h"
#include "platform/native/read_file.h"

namespace signpost::cli {
namespace {

bool is_url(const std::string& s) { return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0; }

// `url` with its query's page parameter set to `page`, keeping its other parameters.
std::string with_page(const std::string& url, long long page) {
  const std::string bare = url.substr(0, url.find('#'));
  const auto q = bare.find('?');
  std::string kept;
  if (q != std::string::npos) {
    std::istringstream params(bare.substr(q + 1));
    for (std::string part; std::getline(params, part, '&');)
      if (!part.empty() && part.rfind("page=", 0) != 0) kept += part + "&";
  }
  return bare.substr(0, q) + "?" + kept + "page=" + std::to_string(page);
}

// Every service of the feed: one document from a file, or every page from a
// URL. Paging stops at the feed's own last page, or, with a message, when a
// page repeats one already read, adds nothing new, or goes past total_pages.
// nullopt, with the reason in `err`, if a page could not be read at all.
std::optional<core::directory::ImportResult> read_feed(const std::string& from, const std::string& tier, const core::offer::Offer& offer,
                                                       std::ostream& err) {
  using core::directory::kMostPages;
  core::directory::FeedImport import(from, tier, core::directory::ServiceRules::of(offer));
  std::set<std::size_t> pages_read;  // a hash of each page's text
  std::string url = from;
  long long base = 1;  // 3.0 counts pages from 1; a 1.0 feed may count from 0
  const auto stop = [&](const std::string& why) {
    err << core::text::echo(url, 400) << ": " << why << "; stopped paging, keeping what was read\n";
    return import.take();
  };
  for (long long fetched = 1;; ++fetched) {
    std::optional<std::string> text;
    if (is_url(from)) {
      auto got = platform::http_get(url);
      if (!got.ok) {
        err << core::text::echo(url, 400) << ": " << got.error << "\n";
        return std::nullopt;
      }
      text = std::move(got.body);
    } else if (!(text = platform::read_file(from))) {
      err << core::text::echo(from, 400) << ": cannot be read\n";
      return std::nullopt;
    }
    core::json::Diagnostics problems;
    std::vector<std::string> duplicate_keys;
    auto feed = core::json::parse(*text, url, problems, duplicate_keys);
    if (!feed) {
      err << problems.to_string();
      return std::nullopt;
    }
    if (!pages_read.insert(std::hash<std::string>{}(*text)).second) return stop("this page repeats one already read");
    const auto added = import.add(*feed, url, duplicate_keys);
    if (!added) {
      err << import.result().problems.to_string();
      return std::nullopt;
    }
    const auto page = core::directory::page_of(*feed);
    if (!is_url(from)) return import.take();
    if (!page.paging_problem.empty()) return stop(page.paging_problem);
    if (!page.total_pages || page.records.empty()) return import.take();
    if (fetched > 1 && *added == 0) return stop("this page adds no service not read already");
    if (fetched == 1 && page.page_number == 0) base = 0;
    // Both are at most kMostPages (page_of), so none of this can overflow.
    const long long number = page.page_number.value_or(base + fetched - 1);
    if (number - base + 1 >= *page.total_pages) return import.take();
    if (fetched >= *page.total_pages) return stop("past the feed's own total_pages (" + std::to_string(*page.total_pages) + ")");
    if (fetched >= kMostPages) return stop("more than " + std::to_string(kMostPages) + " pages");
    url = with_page(from, number + 1);
  }
}

}  // namespace

int import_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  auto o = Options::parse(args, {"from", "offer", "tier", "root"}, err);
  if (!o) return kBadInput;
  auto from = o->get("from");
  auto offer_id = o->get("offer");
  if (!from || !offer_id) {
    err << "signpost: --from FILE|URL and --offer NAME are required\n";
    return kBadInput;
  }
  const std::string root = o->get_or("root", ".");
  platform::DirectoryContent content(root);
  auto loaded = core::offer::load_offer(content, *offer_id);
  if (!loaded.offer) {
    err << loaded.diagnostics.to_string() << "signpost: --offer: no offer \"" << *offer_id << "\" that can be read under " << root
        << "\n";
    return kBadInput;
  }
  const auto& tiers = loaded.offer->tiers;
  const std::string tier = o->get_or("tier", tiers.empty() ? "" : tiers.front());
  if (std::find(tiers.begin(), tiers.end(), tier) == tiers.end()) {
    err << "signpost: --tier: expected one of this offer's tiers (";
    for (std::size_t i = 0; i < tiers.size(); ++i) err << (i ? ", " : "") << tiers[i];
    err << "), got \"" << tier << "\"\n";
    return kBadInput;
  }

  auto imported = read_feed(*from, tier, *loaded.offer, err);
  if (!imported) {
    err << "signpost: the feed was not imported; the directory is unchanged\n";
    return kFound;
  }

  // Keep what the directory holds from elsewhere.
  const std::filesystem::path file = std::filesystem::path(root) / "offers" / *offer_id / "directory.json";
  core::json::Diagnostics problems;
  core::directory::Directory directory;
  if (content.read("offers/" + *offer_id + "/directory.json")) {
    auto read = core::directory::load_directory(content, *loaded.offer, problems);
    if (!read) {
      err << problems.to_string() << "signpost: " << file.string() << " is broken; fix it before importing into it\n";
      return kFound;
    }
    for (auto& s : read->services)
      if (s.source != *from) directory.services.push_back(std::move(s));
  }
  const std::size_t kept = directory.services.size();
  std::size_t added = 0;
  for (auto& s : imported->services) {
    auto same = std::find_if(directory.services.begin(), directory.services.begin() + kept, [&](const auto& k) { return k.id == s.id; });
    if (same != directory.services.begin() + kept) {
      imported->problems.error(*from, "", "skipped service " + core::text::quoted(s.id) + ": the directory has this id already, from " +
                                              core::text::quoted(same->source));
      continue;
    }
    directory.services.push_back(std::move(s));
    ++added;
  }
  err << imported->problems.to_string();
  if (added == 0) {
    err << "signpost: the feed holds no service that could be read; the directory is unchanged\n";
    return kFound;
  }

  // What is written must read back, with the offer's own rules, before it
  // replaces anything: lint and check will read it the same way.
  const std::string text = core::directory::to_json(directory).dump(2, ' ', false, core::json::Json::error_handler_t::replace) + "\n";
  core::json::Diagnostics back;
  auto doc = core::json::parse(text, file.string(), back);
  if (!doc || !core::directory::read_directory(*doc, file.string(), core::directory::ServiceRules::of(*loaded.offer), back)) {
    err << back.to_string() << "signpost: the import would not read back; the directory is unchanged\n";
    return kFound;
  }
  if (std::string error; !platform::replace_file(file, text, error)) {
    err << "signpost: " << file.string() << ": " << error << "; the directory is unchanged\n";
    return kFound;
  }
  out << "import-directory: " << added << " services from " << core::text::echo(*from, 400) << ", " << imported->problems.size() << " skipped, " << kept
      << " kept from elsewhere: " << file.string() << "\n";
  return kOk;
}

}  // namespace signpost::cli
