// Match: the services that suit one family, nearest first. A service is kept
// when it takes a child of this age, is in a tier the family can reach,
// gives support they asked for, has every access need they named, and runs at
// a time they can use. What the family did not say (or said "I don't know")
// never removes a service; what a service does not say removes it only for an
// access need, which a family must be able to rely on. Ranked by estimated
// travel time: those within the offer's near time (30 minutes) first.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/directory/directory.h"
#include "core/i18n/locale_services.h"
#include "core/offer/offer.h"
#include "core/rules/answers.h"
#include "core/rules/outcome.h"

namespace signpost::core::directory {

// What the matcher knows of a family, from their answers and outcomes.
struct Family {
  std::optional<int> age;
  std::vector<std::string> needs, access, times;  // empty: no preference given
  std::optional<places::Point> home;
  // Tiers the family can reach: the first (universal) always; another when a
  // route in it is open to them now (eligible or may be eligible, by open
  // access or the self-assessment). A tier reached only through an assessment
  // stays closed: the check does not ask whether the family has been assessed.
  std::vector<std::string> tiers;
};
Family family_of(const offer::Offer& offer, const rules::Answers& answers, const std::vector<rules::Outcome>& outcomes,
                 rules::Date today);

struct Match {
  const Service* service = nullptr;
  std::optional<int> travel_minutes;  // none: the service or the family gave no place
  bool near = false;                  // within the offer's near time
};

std::vector<Match> match_services(const Directory& directory, const offer::Offer& offer, const Family& family);

// Free-text search over names and descriptions, ignoring case and accents: in
// `locale` where the service has words in it, and as published. Folding is
// costly, so each service's text is folded once, into an index.
class SearchIndex {
 public:
  SearchIndex(const Directory& directory, const std::string& locale, const i18n::LocaleServices& services);
  // The matches (of this directory) whose text holds every word of `query`; an
  // empty query keeps all.
  std::vector<Match> search(const std::vector<Match>& matches, const std::string& query) const;

 private:
  const Directory& directory_;
  const i18n::LocaleServices& services_;
  std::vector<std::string> folded_;  // one for each of the directory's services, in order
};

}  // namespace signpost::core::directory
