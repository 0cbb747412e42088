// DemandCounts: the kiosk's counts of demand, kept in one file of totals
// (core/counts/tally.h). When a family that reached its result leaves (Finish,
// or the idle wipe), its check adds one to each of its cells, and the file is
// replaced whole (written aside, synced, renamed), so a power cut leaves the
// old totals or the new, never half. A file that cannot be read is kept aside
// under a new name and counting starts again, so nothing good is overwritten.
// Staff export the totals with every cell under 5 suppressed. Depends on the
// core's counts and the platform's atomic files.
#pragma once

#include <iosfwd>
#include <string>

#include "core/counts/check_record.h"
#include "core/counts/tally.h"

namespace signpost::kiosk {

class DemandCounts {
 public:
  // Reads `file` if it is there; problems go to `log` (never a family's answer: there are none here).
  DemandCounts(std::string file, std::string offer, std::ostream& log);

  bool on() const { return !file_.empty(); }
  // Adds one finished check, and writes the file.
  void add(const core::counts::CheckRecord& record);
  const core::counts::Tally& tally() const { return tally_; }

 private:
  std::string file_;
  core::counts::Tally tally_;
  std::ostream& log_;
};

// Writes the counts in `counts_file` (none yet if it is not there) to
// `out_file` as an export of `offer`'s counts, every cell under 5 suppressed;
// false, with why in `error`.
bool export_counts(const std::string& counts_file, const std::string& offer, const std::string& out_file, std::string& error);

}  // namespace signpost::kiosk
