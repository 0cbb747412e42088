// What a service suits, in the words of the family's answers: the support it
// gives, its access, and when it runs. A council may write these in
// directory.json; for a feed, they are read from its taxonomy terms, its
// accessibility notes and its schedules (classify). Depends on directory.h.
#pragma once

#include <string>
#include <vector>

#include "core/directory/directory.h"

namespace signpost::core::directory {

// The answer ids the matcher reads, and the values each may hold.
inline constexpr const char* kSupportNeedsQuestion = "support_needs";
inline constexpr const char* kAccessNeedsQuestion = "access_needs";
inline constexpr const char* kBreakTimesQuestion = "break_times";
inline constexpr const char* kPlaceQuestion = "postcode_district";
inline constexpr const char* kBirthQuestion = "date_of_birth";

extern const std::vector<std::string> kSupportNeeds;  // personal-care, overnight, community-activities, ...
extern const std::vector<std::string> kAccessNeeds;   // wheelchair, changing-places, sensory-friendly
extern const std::vector<std::string> kBreakTimes;    // after-school, weekends, school-holidays, overnight

struct Vocabulary {
  const char* key;  // in directory.json
  const std::vector<std::string>* values;
  std::vector<std::string> Service::*field;
};
extern const Vocabulary kVocabularies[3];

// Fills a service's needs, access and times from its terms and schedule,
// leaving any the service already has.
void classify(Service& service);

}  // namespace signpost::core::directory
