// signpost import-directory: reads an Open Referral UK feed (3.0 or 1.0 shape)
// from a file or a URL, following the pages of a paged API, and writes the
// offer's offers/<council>/directory.json. Services from the same feed are
// replaced; others (a council's own entries) are kept. A feed that cannot be
// read whole (any page), or holds no good record, changes nothing; the new
// file replaces the old one only once it is whole.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/directory/oruk_import.h"
#include "core/offer/offer_reader.h"
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
// URL. nullopt, with the reason in `err`, if any page could not be read.
std::optional<core::directory::ImportResult> read_feed(const std::string& from, const std::string& tier, std::ostream& err) {
  constexpr long long kMostPages = 10000;
  core::directory::ImportResult all;
  std::string url = from;
  long long base = 1;  // 3.0 counts pages from 1; a 1.0 feed may count from 0
  for (long long fetched = 1;; ++fetched) {
    std::optional<std::string> text;
    if (is_url(from)) {
      auto got = platform::http_get(url);
      if (!got.ok) {
        err << url << ": " << got.error << "\n";
        return std::nullopt;
      }
      text = std::move(got.body);
    } else if (!(text = platform::read_file(from))) {
      err << from << ": cannot be read\n";
      return std::nullopt;
    }
    core::json::Diagnostics problems;
    auto feed = core::json::parse(*text, url, problems);
    if (!feed) {
      err << problems.to_string();
      return std::nullopt;
    }
    // Services are named by the feed, not the page, so that the next import replaces them all.
    auto part = core::directory::import_oruk(*feed, from, tier);
    for (auto& p : part.problems.items()) all.problems.add(p);
    for (auto& s : part.services) all.services.push_back(std::move(s));
    const auto page = core::directory::page_of(*feed);
    if (!is_url(from) || !page.total_pages || page.records.empty()) return all;
    if (fetched == 1 && page.page_number == 0) base = 0;
    const long long number = page.page_number.value_or(base + fetched - 1);
    if (number - base + 1 >= *page.total_pages) return all;
    if (fetched >= kMostPages) {
      err << from << ": more than " << kMostPages << " pages; stopped\n";
      return std::nullopt;
    }
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

  auto imported = read_feed(*from, tier, err);
  if (!imported) {
    err << "signpost: the feed was not imported; the directory is unchanged\n";
    return kFound;
  }
  err << imported->problems.to_string();
  if (imported->services.empty()) {
    err << "signpost: the feed holds no service that could be read; the directory is unchanged\n";
    return kFound;
  }

  // Keep what the directory holds from elsewhere.
  const std::filesystem::path dir = std::filesystem::path(root) / "offers" / *offer_id;
  const std::filesystem::path file = dir / "directory.json";
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
  std::size_t kept = directory.services.size();
  for (auto& s : imported->services) directory.services.push_back(std::move(s));

  const std::filesystem::path partial = dir / "directory.json.partial";
  {
    std::ofstream write(partial, std::ios::binary | std::ios::trunc);
    write << core::directory::to_json(directory).dump(2) << "\n";
    if (!write) {
      err << "signpost: cannot write " << partial.string() << "\n";
      return kFound;
    }
  }
  std::error_code ec;
  std::filesystem::rename(partial, file, ec);  // atomic on one file system
  if (ec) {
    err << "signpost: cannot replace " << file.string() << ": " << ec.message() << "\n";
    return kFound;
  }
  out << "import-directory: " << imported->services.size() << " services from " << *from << ", " << imported->problems.size()
      << " skipped, " << kept << " kept from elsewhere: " << file.string() << "\n";
  return kOk;
}

}  // namespace signpost::cli
