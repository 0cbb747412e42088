#include "kiosk/core/demand_counts.h"

#include <ctime>
#include <filesystem>
#include <ostream>

#include "core/counts/read_counts.h"
#include "platform/native/atomic_file.h"
#include "platform/native/read_file.h"

namespace signpost::kiosk {

namespace {

// The tally in `file`: nullopt with `error` when it is there but not a kiosk's counts.
std::optional<core::counts::Tally> read_tally_file(const std::string& file, std::string& error) {
  auto text = platform::read_file(file);
  if (!text) {
    error = file + ": cannot be read";
    return std::nullopt;
  }
  core::json::Diagnostics problems;
  auto read = core::counts::read_counts(*text, file, problems);
  if (read && read->records > 0) problems.error(file, "/format", "expected a kiosk's counts, not the web checker's records");
  if (!problems.empty()) {
    error = problems.to_string();
    return std::nullopt;
  }
  return std::move(read->tally);
}

}  // namespace

DemandCounts::DemandCounts(std::string file, std::string offer, std::ostream& log) : file_(std::move(file)), log_(log) {
  tally_.offer = offer;
  if (file_.empty() || !std::filesystem::exists(file_)) return;
  std::string error;
  if (auto tally = read_tally_file(file_, error); tally && (tally->offer.empty() || tally->offer == offer)) {
    tally_ = std::move(*tally);
    tally_.offer = offer;
    return;
  }
  if (error.empty()) error = file_ + ": /offer: counts for another offer, expected " + offer + "\n";
  const std::string aside = file_ + ".unreadable-" + std::to_string(std::time(nullptr));
  std::error_code moved;
  std::filesystem::rename(file_, aside, moved);
  log_ << "signpost-kiosk: " << error << "signpost-kiosk: counts start again; the old file is kept as " << aside << "\n";
}

void DemandCounts::add(const core::counts::CheckRecord& record) {
  if (!on()) return;
  tally_.add(record);
  std::string error;
  if (!platform::replace_file(file_, tally_.to_json(false).dump(1) + "\n", error))
    log_ << "signpost-kiosk: " << file_ << ": the counts could not be written: " << error << "\n";
}

bool export_counts(const std::string& counts_file, const std::string& offer, const std::string& out_file, std::string& error) {
  core::counts::Tally tally;
  tally.offer = offer;
  if (std::filesystem::exists(counts_file)) {
    auto read = read_tally_file(counts_file, error);
    if (!read) return false;
    if (!read->offer.empty() && read->offer != offer) {
      error = counts_file + ": /offer: counts for " + read->offer + ", expected " + offer;
      return false;
    }
    tally = std::move(*read);
    tally.offer = offer;
  }
  return platform::replace_file(out_file, tally.to_json(true).dump(1) + "\n", error);
}

}  // namespace signpost::kiosk
