#include "cli/options.h"

#include <algorithm>
#include <chrono>
#include <ostream>

#include "core/i18n/locales.h"
#include "core/offer/offer_reader.h"
#include "platform/native/directory_content.h"
#include "platform/native/read_file.h"
#include "core/text/echo.h"

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
      err << "signpost: unknown option " << core::text::quoted(a) << "\n";
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
    if (!d) err << "signpost: --today: expected a real date as YYYY-MM-DD, got " << core::text::quoted(*t) << "\n";
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

std::optional<core::offer::OfferContent> offer_content_from(const Options& o, std::ostream& err) {
  auto offer_id = o.get("offer");
  if (!offer_id) {
    err << "signpost: --offer NAME is required\n";
    return std::nullopt;
  }
  core::json::Diagnostics problems;
  auto loaded = core::offer::load_offer_content(*content_from(o), *offer_id, problems);
  if (!loaded) err << problems.to_string();
  return loaded;
}

std::optional<Loaded> load_for_answers(const Options& o, std::ostream& err) {
  auto answers_file = o.get("answers");
  if (!o.get("offer") || !answers_file) {
    err << "signpost: --offer NAME and --answers FILE are required\n";
    return std::nullopt;
  }
  auto today = today_from(o, err);
  if (!today) return std::nullopt;
  auto content = offer_content_from(o, err);
  if (!content) return std::nullopt;
  Loaded l{std::move(*content), {}, *today, o.get_or("locale", core::i18n::kSourceLocale)};
  auto locales = l.catalogs.locales();
  if (std::find(locales.begin(), locales.end(), l.locale) == locales.end() && !core::i18n::is_pseudo_locale(l.locale)) {
    err << "signpost: --locale: no catalogs for " << core::text::quoted(l.locale) << "\n";
    return std::nullopt;
  }

  core::json::Diagnostics problems;
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
