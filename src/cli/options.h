// Command-line options shared by the signpost commands, and the loading every
// command does first (content, catalogs, the offer), with errors to stderr.
#pragma once

#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/content/content_source.h"
#include "core/i18n/catalog.h"
#include "core/directory/directory.h"
#include "core/offer/offer.h"
#include "core/offer/offer_content.h"
#include "core/rules/answers.h"
#include "core/rules/date.h"

namespace signpost::cli {

// Exit codes.
inline constexpr int kOk = 0;
inline constexpr int kFound = 1;  // lint found errors
inline constexpr int kBadInput = 2;

class Options {
 public:
  // Parses "--name value" pairs, and "--flag" alone for names in `flags`;
  // any other name is an error.
  static std::optional<Options> parse(const std::vector<std::string>& args, const std::set<std::string>& allowed,
                                      std::ostream& err, const std::set<std::string>& flags = {});
  std::optional<std::string> get(const std::string& name) const;
  bool flag(const std::string& name) const { return values_.count(name) > 0; }
  std::string get_or(const std::string& name, const std::string& fallback) const;

 private:
  std::map<std::string, std::string> values_;
};

// --today, or the system's date.
std::optional<core::rules::Date> today_from(const Options& o, std::ostream& err);

// --root DIR, or the built-in content.
std::unique_ptr<core::content::ContentSource> content_from(const Options& o);

// --offer's content from --root or the built-in content, loaded as every
// front end loads it (core/offer/offer_content.h); errors are printed and
// nullopt returned.
std::optional<core::offer::OfferContent> offer_content_from(const Options& o, std::ostream& err);

// Everything a check or walk needs. Errors are printed; nullopt then.
struct Loaded : core::offer::OfferContent {
  core::rules::Answers answers;
  core::rules::Date today;
  std::string locale;
};
std::optional<Loaded> load_for_answers(const Options& o, std::ostream& err);

}  // namespace signpost::cli
