#include "core/directory/suits.h"

#include <algorithm>
#include <cctype>

namespace signpost::core::directory {

const std::vector<std::string> kSupportNeeds = {"personal-care", "overnight", "community-activities", "time-with-peers",
                                                "holiday-activities"};
const std::vector<std::string> kAccessNeeds = {"wheelchair", "changing-places", "sensory-friendly"};
const std::vector<std::string> kBreakTimes = {"after-school", "weekends", "school-holidays", "overnight"};

const Vocabulary kVocabularies[3] = {
    {"needs", &kSupportNeeds, &Service::needs}, {"access", &kAccessNeeds, &Service::access}, {"times", &kBreakTimes, &Service::times}};

namespace {

// Words in a feed's terms that say what a service suits. Feeds word these
// freely ("Wheelchair accessible", "Changing Places toilet", "Holiday club"),
// so each value is found by the words its terms contain.
struct Clue {
  const char* word;
  std::vector<std::string> Service::*field;
  const char* value;
};
const Clue kClues[] = {
    {"wheelchair", &Service::access, "wheelchair"},
    {"step-free", &Service::access, "wheelchair"},
    {"step free", &Service::access, "wheelchair"},
    {"changing place", &Service::access, "changing-places"},
    {"sensory", &Service::access, "sensory-friendly"},
    {"autism friendly", &Service::access, "sensory-friendly"},
    {"quiet", &Service::access, "sensory-friendly"},
    {"personal care", &Service::needs, "personal-care"},
    {"domiciliary", &Service::needs, "personal-care"},
    {"home care", &Service::needs, "personal-care"},
    {"overnight", &Service::needs, "overnight"},
    {"residential", &Service::needs, "overnight"},
    {"overnight", &Service::times, "overnight"},
    {"residential", &Service::times, "overnight"},
    {"club", &Service::needs, "community-activities"},
    {"activit", &Service::needs, "community-activities"},
    {"sport", &Service::needs, "community-activities"},
    {"leisure", &Service::needs, "community-activities"},
    {"youth", &Service::needs, "time-with-peers"},
    {"social group", &Service::needs, "time-with-peers"},
    {"peer", &Service::needs, "time-with-peers"},
    {"holiday", &Service::needs, "holiday-activities"},
    {"playscheme", &Service::needs, "holiday-activities"},
    {"holiday", &Service::times, "school-holidays"},
    {"playscheme", &Service::times, "school-holidays"},
    {"after school", &Service::times, "after-school"},
    {"after-school", &Service::times, "after-school"},
    {"weekend", &Service::times, "weekends"},
    {"saturday", &Service::times, "weekends"},
    {"sunday", &Service::times, "weekends"},
};

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

void add(std::vector<std::string>& list, const std::string& v) {
  if (std::find(list.begin(), list.end(), v) == list.end()) list.push_back(v);
}

// Keeps the vocabulary's own order, so equal services compare equal.
void order(std::vector<std::string>& list, const std::vector<std::string>& vocabulary) {
  std::vector<std::string> out;
  for (const auto& v : vocabulary)
    if (std::find(list.begin(), list.end(), v) != list.end()) out.push_back(v);
  list = std::move(out);
}

}  // namespace

void classify(Service& s) {
  Service found;
  for (const auto& term : s.terms) {
    const std::string t = lower(term);
    for (const auto& clue : kClues)
      if (t.find(clue.word) != std::string::npos) add(found.*clue.field, clue.value);
  }
  // The schedule: a weekday session from 3pm is after school; any weekend day is a weekend break.
  bool weekday = false, weekend = false;
  for (const auto& d : s.days) (d == "SA" || d == "SU" ? weekend : weekday) = true;
  if (weekday && !s.opens_at.empty() && s.opens_at >= "15:00") add(found.times, "after-school");
  if (weekend) add(found.times, "weekends");
  for (const auto& v : kVocabularies) {
    auto& mine = s.*v.field;
    if (!mine.empty()) continue;
    mine = found.*v.field;
    order(mine, *v.values);
  }
}

}  // namespace signpost::core::directory
