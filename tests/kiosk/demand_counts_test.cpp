// The kiosk's counts of demand: a family is counted once it reaches its result,
// with what the core's record holds; a wipe starts the next family uncounted;
// the counts file holds totals only and survives a restart; a file that cannot
// be read is kept aside, never overwritten; and an export suppresses small cells.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "kiosk_support.h"

#include "kiosk/core/demand_counts.h"
#include "kiosk/core/family_session.h"
#include "platform/native/read_file.h"

using namespace signpost;
using kiosk::DemandCounts;
using kiosk::FamilySession;

namespace {

namespace fs = std::filesystem;

fs::path fresh_folder(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("signpost-counts-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace

TEST_CASE("a family is counted once it reaches its result, and a wipe starts the next one uncounted") {
  FamilySession family(test::kiosk_content(), test::kToday, "en-GB");
  test::send_mo(family, false);
  CHECK_FALSE(family.finished());
  test::send_mo(family);
  REQUIRE(family.finished());
  const auto record = family.record();
  CHECK(record.area == "LE11");
  CHECK(record.voice == "parent");
  CHECK(record.outcomes.at("universal") == "eligible");
  family.set_locale("ur");
  CHECK(family.record().locale == "ur");  // the language the family left in
  family.wipe();
  CHECK_FALSE(family.finished());
}

TEST_CASE("the counts file holds totals only, survives a restart, and a bad one is kept aside") {
  const fs::path dir = fresh_folder("file");
  const std::string file = (dir / "counts.json").string();
  FamilySession family(test::kiosk_content(), test::kToday, "en-GB");
  test::send_mo(family);
  std::ostringstream log;
  {
    DemandCounts counts(file, "leicestershire", log);
    for (int i = 0; i < 6; ++i) counts.add(family.record());
  }
  const std::string text = platform::read_file(file).value_or("");
  CHECK(text.find("\"checks\": 6") != std::string::npos);
  CHECK(text.find("2017") == std::string::npos);  // Mo's year of birth
  DemandCounts again(file, "leicestershire", log);
  CHECK(again.tally().checks() == core::counts::Cell{6, 6});
  CHECK(log.str().empty());

  // An export: Mo's 6 are shown, a single Urdu check is not.
  family.set_locale("ur");
  again.add(family.record());
  const std::string exported = (dir / "export.json").string();
  std::string error;
  REQUIRE(kiosk::export_counts(file, "leicestershire", exported, error));
  const std::string shown = platform::read_file(exported).value_or("");
  CHECK(shown.find("\"ur\": \"fewer than 5\"") != std::string::npos);
  CHECK(shown.find("\"checks\": 7") != std::string::npos);
  CHECK_FALSE(kiosk::export_counts(file, "dorset", exported, error));
  CHECK(error.find("counts for leicestershire, expected dorset") != std::string::npos);

  // A file that is not counts: kept aside, never overwritten; counting starts again.
  { std::ofstream(file) << "{ not json"; }
  DemandCounts fresh(file, "leicestershire", log);
  CHECK(fresh.tally().days.empty());
  CHECK(log.str().find("counts start again; the old file is kept as") != std::string::npos);
  bool kept = false;
  for (const auto& entry : fs::directory_iterator(dir))
    kept |= entry.path().filename().string().rfind("counts.json.unreadable-", 0) == 0 && platform::read_file(entry.path().string()) == "{ not json";
  CHECK(kept);
  fs::remove_all(dir);
}
