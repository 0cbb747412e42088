// signpost import-directory: reads an Open Referral UK feed (3.0 or 1.0 shape)
// from a file and writes the offer's offers/<council>/directory.json. Services
// from the same feed are replaced; others (a council's own entries) are kept.
// A feed that cannot be read, or holds no good record, changes nothing; the
// new file replaces the old one only once it is whole.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/directory/oruk_import.h"
#include "core/offer/offer_reader.h"

namespace signpost::cli {
namespace {

std::optional<std::string> read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

int import_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  auto o = Options::parse(args, {"from", "offer", "tier", "root"}, err);
  if (!o) return kBadInput;
  auto from = o->get("from");
  auto offer = o->get("offer");
  if (!from || !offer) {
    err << "signpost: --from FILE and --offer NAME are required\n";
    return kBadInput;
  }
  if (!core::offer::is_valid_offer_id(*offer)) {
    err << "signpost: --offer: not an offer id: \"" << *offer << "\"\n";
    return kBadInput;
  }
  if (from->rfind("http://", 0) == 0 || from->rfind("https://", 0) == 0) {
    err << "signpost: --from: reading a feed from a URL is not built yet; save the feed to a file and import that\n";
    return kBadInput;
  }
  const std::string tier = o->get_or("tier", "universal");
  if (tier != "universal" && tier != "targeted" && tier != "specialist") {
    err << "signpost: --tier: expected universal, targeted or specialist, got \"" << tier << "\"\n";
    return kBadInput;
  }
  const std::filesystem::path dir = std::filesystem::path(o->get_or("root", ".")) / "offers" / *offer;
  if (!std::filesystem::is_directory(dir)) {
    err << "signpost: no offer folder " << dir.string() << "\n";
    return kBadInput;
  }

  core::json::Diagnostics problems;
  auto text = read_text(*from);
  if (!text) {
    err << *from << ": cannot be read\n";
    return kBadInput;
  }
  auto feed = core::json::parse(*text, *from, problems);
  if (!feed) {
    err << problems.to_string() << "signpost: the feed was not imported; the directory is unchanged\n";
    return kFound;
  }
  auto imported = core::directory::import_oruk(*feed, *from, tier);
  err << imported.problems.to_string();
  if (imported.services.empty()) {
    err << "signpost: the feed holds no service that could be read; the directory is unchanged\n";
    return kFound;
  }

  // Keep what the directory holds from elsewhere.
  const std::filesystem::path file = dir / "directory.json";
  core::directory::Directory directory;
  if (auto existing = read_text(file.string())) {
    auto doc = core::json::parse(*existing, file.string(), problems);
    auto read = doc ? core::directory::read_directory(*doc, file.string(), problems) : std::nullopt;
    if (!read) {
      err << problems.to_string() << "signpost: " << file.string() << " is broken; fix it before importing into it\n";
      return kFound;
    }
    for (auto& s : read->services)
      if (s.source != *from) directory.services.push_back(std::move(s));
  }
  std::size_t kept = directory.services.size();
  for (auto& s : imported.services) directory.services.push_back(std::move(s));

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
  out << "import-directory: " << imported.services.size() << " services from " << *from << ", " << imported.problems.size()
      << " skipped, " << kept << " kept from elsewhere: " << file.string() << "\n";
  return kOk;
}

}  // namespace signpost::cli
