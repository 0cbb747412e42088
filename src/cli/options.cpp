#include "cli/options.h"

#include <algorithm>
#include <chrono>
#include <ostream>

#include "core/i18n/locales.h"
#include "core/offer/offer_reader.h"
#include "platform/native/directory_content.h"
#include "platform/native/read_file.h"

namespace signpost::cli {

std::optional<Options> Options::parse(const std::vector<std::string>& args, const std::set<std::string>& allowed,
                                      std::ostream& err, const std::set<std::string>& flags) {
  Options o;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.rfind("--", 0) == 0 && flags.count(a.substr(2))) {
      o.values_[a.substr(2)] = "";
      continue;
    }
    if (a.rfind("--", 0) != 0 || !allowed.count(a.substr(2))) {
      err << "signpost: unknown option \"" << a << "\"\n";
      return std::nullopt;
    }
    if (i + 1 >= args.size()) {
      err << "signpost: " << a << " needs a value\n";
      return std::nullopt;
    }
    o.values_[a.substr(2)] = args[++i];
  }
  return o;
}

std::optional<std::string> Options::get(const std::string& name) const {
  auto it = values_.find(name);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

std::string Options::get_or(const std::string& name, const std::string& fallback) const {
  return get(name).value_or(fallback);
}

std::optional<core::rules::Date> today_from(const Options& o, std::ostream& err) {
  if (auto t = o.get("today")) {
    auto d = core::rules::parse_iso_date(*t);
    if (!d) err << "signpost: --today: expected a real date as YYYY-MM-DD, got \"" << *t << "\"\n";
    return d;
  }
  auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  std::chrono::year_month_day ymd{days};
  return core::rules::Date{int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day()))};
}

std::unique_ptr<core::content::ContentSource> content_from(const Options& o) {
  if (auto root = o.get("root")) return std::make_unique<platform::DirectoryContent>(*root);
  return std::make_unique<core::content::EmbeddedContent>();
}

std::optional<Loaded> load_for_answers(const Options& o, std::ostream& err) {
  auto offer_id = o.get("offer");
  auto answers_file = o.get("answers");
  if (!offer_id || !answers_file) {
    err << "signpost: --offer NAME and --answers FILE are required\n";
    return std::nullopt;
  }
  auto today = today_from(o, err);
  if (!today) return std::nullopt;
  Loaded l{content_from(o), {}, {}, {}, {}, *today, o.get_or("locale", "en-GB")};

  auto loaded = core::offer::load_offer(*l.content, *offer_id);
  if (!loaded.offer) {
    if (!core::offer::is_valid_offer_id(*offer_id) || !l.content->read("offers/" + *offer_id + "/pack.json")) {
      err << "signpost: no offer \"" << *offer_id << "\"; offers here:";
      for (const auto& id : core::offer::offer_ids(*l.content)) err << " " << id;
      err << "\n";
    } else {
      err << loaded.diagnostics.to_string();
    }
    return std::nullopt;
  }
  l.offer = std::move(*loaded.offer);
  core::json::Diagnostics problems;
  l.directory = core::directory::load_directory(*l.content, l.offer, problems);
  if (!problems.empty()) {
    err << problems.to_string();
    return std::nullopt;
  }
  l.catalogs = core::i18n::Catalogs::load(*l.content, problems);
  if (!problems.empty()) {
    err << problems.to_string();
    return std::nullopt;
  }
  auto locales = l.catalogs.locales();
  if (std::find(locales.begin(), locales.end(), l.locale) == locales.end() && !core::i18n::is_pseudo_locale(l.locale)) {
    err << "signpost: --locale: no catalogs for \"" << l.locale << "\"\n";
    return std::nullopt;
  }

  auto text = platform::read_file(*answers_file);
  if (!text) {
    err << *answers_file << ": cannot be read\n";
    return std::nullopt;
  }
  auto doc = core::json::parse(*text, *answers_file, problems);
  std::optional<core::rules::Answers> answers;
  if (doc) answers = core::rules::read_answers(*doc, l.offer, l.today, *answers_file, problems);
  if (!answers) {
    err << problems.to_string();
    return std::nullopt;
  }
  l.answers = std::move(*answers);
  return l;
}

}  // namespace signpost::cli
