#include "core/counts/check_record.h"

#include <algorithm>

#include "core/directory/match.h"
#include "core/directory/suits.h"
#include "core/flow/voice.h"
#include "core/offer/offer_reader.h"
#include "core/places/postcode.h"

namespace signpost::core::counts {

namespace {

const std::string* text_answer(const rules::Answers& answers, const std::string& id) {
  auto it = answers.find(id);
  return it == answers.end() ? nullptr : std::get_if<std::string>(&it->second);
}

bool gives(const directory::Service& service, const std::string& need) {
  return std::find(service.needs.begin(), service.needs.end(), need) != service.needs.end();
}

// A place as the record may hold it: a postcode district, or one of the offer's
// named areas; anything else (a full postcode never reaches here) is not given.
std::string area_of(const offer::Offer& offer, const std::string* place) {
  if (place == nullptr) return kNoArea;
  for (const auto& area : offer.places.areas)
    if (area.id == *place) return area.id;
  const std::string district = places::postcode_district(*place);
  return district.empty() || district != *place ? std::string(kNoArea) : district;
}

}  // namespace

CheckRecord record_of(const offer::Offer& offer, const directory::Directory* directory, const rules::Answers& counted,
                      const std::vector<rules::Outcome>& outcomes, rules::Date today, const std::string& locale, bool easy_read) {
  CheckRecord r;
  r.offer = offer.id;
  r.day = rules::to_iso(today);
  r.locale = locale;
  r.easy_read = easy_read;
  if (const offer::Question* who = flow::voice_question(offer))
    if (const std::string* voice = text_answer(counted, who->id)) r.voice = *voice;
  r.area = area_of(offer, text_answer(counted, directory::kPlaceQuestion));
  for (const auto& o : outcomes)
    if (o.route != nullptr) r.outcomes[o.route->id] = rules::to_string(o.status);
  if (directory == nullptr) return r;
  const directory::Family family = directory::family_of(offer, counted, outcomes, today);
  if (!family.home) return r;
  const auto matches = directory::match_services(*directory, offer, family);
  for (const std::string& need : family.needs) {
    const bool near = std::any_of(matches.begin(), matches.end(),
                                  [&](const directory::Match& m) { return m.near && gives(*m.service, need); });
    if (!near) r.gaps.push_back(need);
  }
  return r;
}

json::Json CheckRecord::to_json() const {
  return json::Json{{"format", kRecordFormat}, {"version", kRecordVersion}, {"offer", offer}, {"day", day},
                    {"locale", locale}, {"easy_read", easy_read}, {"voice", voice}, {"area", area},
                    {"outcomes", outcomes}, {"gaps", gaps}};
}

std::optional<CheckRecord> read_record(const json::JsonReader& at) {
  if (!at.expect_object()) return std::nullopt;
  const std::size_t before = at.diagnostics().size();
  at.only_keys({"format", "version", "offer", "day", "locale", "easy_read", "voice", "area", "outcomes", "gaps"});
  // Each missing key is named once; the values there are are read only when none is missing.
  for (const char* key : {"format", "version", "offer", "day", "locale", "easy_read", "area", "outcomes", "gaps"})
    if (!at.has(key)) at.member(key);
  if (at.diagnostics().size() != before) return std::nullopt;
  at.member("format").one_of({kRecordFormat});
  at.member("version").integer_in(kRecordVersion, kRecordVersion, "the version this product writes");
  CheckRecord r;
  const auto offer = at.member("offer");
  r.offer = offer.string().value_or("");
  if (offer.value().is_string() && !offer::is_valid_offer_id(r.offer)) offer.expected("an offer id such as \"leicestershire\"");
  const auto day = at.member("day");
  r.day = day.string().value_or("");
  if (day.value().is_string() && !rules::parse_iso_date(r.day)) day.expected("a day as YYYY-MM-DD");
  r.locale = at.member("locale").string().value_or("");
  r.easy_read = at.member("easy_read").boolean().value_or(false);
  if (at.has("voice")) r.voice = at.member("voice").one_of({"", "parent", "young-person"}).value_or("");
  const auto area = at.member("area");
  r.area = area.string().value_or(kNoArea);
  if (area.value().is_string() && r.area != kNoArea && places::postcode_district(r.area) != r.area && !offer::is_valid_offer_id(r.area))
    area.expected("a postcode district such as \"LE11\", an area's id, or \"not-given\"");
  const auto outcomes = at.member("outcomes");
  if (outcomes.expect_object())
    for (const auto& item : outcomes.value().items())
      if (auto s = outcomes.member(item.key()).one_of({"eligible", "may-be-eligible", "not-yet", "assessment", "not-eligible"}))
        r.outcomes[item.key()] = *s;
  const auto gaps = at.member("gaps");
  if (auto needs = gaps.strings())
    for (std::size_t i = 0; i < needs->size(); ++i) {
      if (std::find(directory::kSupportNeeds.begin(), directory::kSupportNeeds.end(), (*needs)[i]) == directory::kSupportNeeds.end())
        gaps.element(i).expected("a kind of support such as \"overnight\"");
      else
        r.gaps.push_back((*needs)[i]);
    }
  if (at.diagnostics().size() != before) return std::nullopt;
  return r;
}

}  // namespace signpost::core::counts
