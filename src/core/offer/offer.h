// Offer: one council's short breaks offer as the core holds it after reading
// offers/<id>/ (docs/offer-packs.md). Structure and ids only: every word a family
// reads is a message key looked up in the catalogs. Depends on the standard library.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "core/places/places.h"

namespace signpost::core::offer {

// The ranges numbers in a pack may hold (docs/offer-packs.md, "Conditions"):
// an age bound in whole years, and any other count or amount.
inline constexpr long long kMostYears = 130;
inline constexpr long long kMostCount = 1000000000;

// Where a fact or criterion comes from: a published page, or an assumption the
// council must confirm. A fact a family acts on (a phone number, an email, a
// form, a time limit) names the web page it was read from, and when:
// "source": {"url": ..., "read_on": "YYYY-MM-DD"}.
struct Provenance {
  bool published = false;
  std::string page;     // published: the page or document, in words
  std::string url;      // the web page it was read from
  std::string read_on;  // YYYY-MM-DD
  std::string note;     // assumed: what the council should confirm (for officers only)
  bool has_url() const { return !url.empty() && !read_on.empty(); }
};

// A named value used as a message argument (an amount, a number of weeks, a
// date as YYYY-MM-DD). No value means the council has not given it yet.
struct Fact {
  std::string name;
  std::optional<std::variant<double, std::string>> value;
  Provenance provenance;
};

// kPlace: where the family lives, as a postcode district typed in ("LE11") or
// one of the offer's areas picked from a list; the answer is the district or
// the area id. Only the district is kept, never a whole postcode.
enum class QuestionKind { kChoice, kMulti, kDate, kPlace };

struct Question {
  std::string id;
  QuestionKind kind = QuestionKind::kChoice;
  std::vector<std::string> options;    // choice and multi; place: the areas, and "unknown"
  std::vector<std::string> exclusive;  // multi: values that cannot be picked with others
  // Asked to find services near and suited to the family, after every question
  // that decides an outcome; no rule may use it.
  bool signposting = false;
  // Asks who is doing the check ("for": "voice"): asked first of all; its
  // answer picks the voice of every screen (i18n/voice.h), and no rule may use
  // it. min_age and max_age: the ages at which one may check as the young person.
  bool voice = false;
  std::optional<long long> min_age, max_age;
  std::set<std::string> districts;  // place: the postcode districts the offer knows
  bool has_option(const std::string& v) const;
};


inline constexpr const char* kUnknownAnswer = "unknown";

// A criterion tests one answer. Exactly one test applies.
struct Criterion {
  enum class Test { kIn, kIncludesAny, kAge, kRange };
  std::string id;
  std::string question;
  Test test = Test::kIn;
  std::vector<std::string> values;      // kIn, kIncludesAny
  std::optional<long long> min, max;    // kAge (years), kRange
  std::vector<std::string> unknown_if;  // values that count as unknown
  // Values meaning "applied, waiting for a decision": unknown for now, but they
  // cannot meet the criterion until the decision comes, so a route they alone
  // hold back is "not yet" (rules::Status::kNotYet), with waiting_for saying
  // what to wait for (a message key).
  std::vector<std::string> pending;
  std::string waiting_for;
  // Answers meaning "never applied" for something the family can claim (a
  // benefit), and the contact that says how: the result's first thing to do.
  std::vector<std::string> claim_if;
  std::string claim_contact;
  std::string check;                    // message key: how to find out
  Provenance provenance;
  std::string pointer;  // where it was written, for messages
};

// A condition over answers: a tree of all / any / not / ref over criteria.
struct Condition {
  enum class Kind { kAlways, kAll, kAny, kNot, kRef, kCriterion };
  Kind kind = Kind::kAlways;
  std::vector<Condition> children;  // kAll, kAny, kNot (one child)
  std::string ref;                  // kRef: a name in Offer::conditions
  std::size_t criterion = 0;        // kCriterion: index into Offer::criteria
};

enum class Access { kOpen, kSelfAssessment, kAssessment };

struct Offer;
// The criteria a condition tests, through its refs, each once, in the order met;
// with `refs`, the names of the conditions it refers to are added there.
std::vector<std::size_t> criteria_in(const Offer& offer, const Condition& condition, std::vector<std::string>* refs = nullptr);

struct Route {
  std::string id;
  std::string tier;
  Access access = Access::kOpen;
  Condition when;
  std::vector<std::string> assessed_by;  // contact ids
  std::vector<std::string> otherwise;    // route ids to try when not eligible
  std::vector<std::string> next_steps;   // message keys
  std::vector<Fact> facts;
  Provenance provenance;
};

struct Contact {
  std::string id;
  std::optional<std::string> phone, email, url;
  Provenance provenance;
};

struct Provider {
  std::string id;
  std::string name;  // a proper noun, the same in every language
  std::vector<std::string> routes;
  Provenance provenance;
};

struct Step {
  std::string id;
  std::string contact;  // optional contact id
};

// A council's own words, as it published them (offers/<council>/statement.json).
struct Sourced {
  std::string text;  // in English, as the council wrote it
  Provenance provenance;
};

// The council's own part of its Short Breaks Services Statement: how carers'
// views have shaped the offer, and how the statement is kept under review.
struct StatementWords {
  std::vector<Sourced> carers_views;
  std::vector<Sourced> review;
};

// Which text of the council's a pack follows: a family reads "as published
// on <published_on>"; lint warns once a pack is past review_by.
struct PackVersion {
  std::string version;
  std::string published_on;  // YYYY-MM-DD
  std::string review_by;     // YYYY-MM-DD
};

struct Offer {
  std::string id;
  PackVersion version;
  StatementWords statement;  // statement.json: the council's own part of its statement
  std::string catalog;  // i18n/<locale>/<catalog>.json
  std::string default_locale = "en-GB";
  std::string currency = "GBP";
  bool http_links = false;  // pack.json "http_links": web addresses may begin http:// as well as https://
  std::vector<std::string> tiers;
  std::vector<Contact> contacts;
  std::vector<std::string> advice;  // contact ids: free, independent information and advice
  std::vector<Provider> providers;
  std::vector<Fact> facts;
  std::vector<Question> questions;
  std::map<std::string, Condition> conditions;
  std::vector<Criterion> criteria;
  std::vector<Route> routes;
  std::vector<Step> steps;
  std::vector<Step> complaints;
  places::Places places;

  const Question* question(const std::string& id) const;
  const Route* route(const std::string& id) const;
  const Contact* contact(const std::string& id) const;
  const Criterion* criterion(const std::string& id) const;
};

}  // namespace signpost::core::offer
