// signpost statement: the council's Short Breaks Services Statement as static,
// accessible pages a council can publish as they are. With --locale (and
// --easy-read), one page: DIR/index.html. Without, every language, plain and
// easy read, each page linking to the others: DIR/<locale>/index.html,
// DIR/<locale>/easy-read/index.html, and DIR/index.html in English. The
// stylesheet (with its print rules) and the easy read pictures go beside them.
#include <algorithm>
#include <filesystem>
#include <ostream>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/statement/statement_screen.h"
#include "core/text/echo.h"
#include "cli/output.h"
#include "render/statement/statement_page.h"

namespace signpost::cli {
namespace {

namespace fs = std::filesystem;

struct Written {
  const core::offer::OfferContent& content;
  fs::path root;
  std::ostream& err;
  int pages = 0;

  bool write(const fs::path& file, const std::string& bytes) { return write_output(file, bytes, err); }

  // One page, `up` folders below the root ("", "../" or "../../"); with
  // `linked`, its language and easy read links lead to the pages beside it.
  bool page(const fs::path& folder, const std::string& up, const std::string& locale, bool easy_read, bool linked) {
    core::i18n::Localizer words(content.catalogs, content.offer, locale, easy_read);
    auto screen = core::statement::statement_screen(content.offer, words, content.directory ? &*content.directory : nullptr);
    render::html::Links links;
    links.pictures = up + "pictures/";
    if (linked) {
      links.locale = [up, easy_read](const std::string& l) { return up + l + "/" + (easy_read ? "easy-read/" : ""); };
      links.easy_read = [up, locale](bool on) { return up + locale + "/" + (on ? "easy-read/" : ""); };
    } else {
      screen.languages.clear();
      screen.easy_read_switch.clear();
      screen.draft_english.clear();
    }
    ++pages;
    return write(folder / "index.html", render::statement::statement_page(screen, links, words.text("offer.name"), up + "statement.css"));
  }
};

}  // namespace

int statement_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  auto o = Options::parse(args, {"offer", "locale", "out", "root"}, err, {"easy-read"});
  if (!o) return kBadInput;
  auto dir = o->get("out");
  if (!dir || !o->get("offer")) {
    err << "signpost: --offer NAME and --out DIR are required\n";
    return kBadInput;
  }
  core::json::Diagnostics problems;
  auto content = core::offer::load_offer_content(*content_from(*o), *o->get("offer"), problems, core::offer::Pictures::kLoad);
  if (!content) {
    err << problems.to_string();
    return kBadInput;
  }
  Written w{*content, *dir, err};
  bool ok = w.write(w.root / "statement.css", render::statement::statement_stylesheet());
  for (const auto& [id, svg] : content->pictures) ok = ok && w.write(w.root / "pictures" / (id + ".svg"), svg);
  if (auto locale = o->get("locale")) {
    const auto locales = content->catalogs.locales();
    if (std::find(locales.begin(), locales.end(), *locale) == locales.end()) {
      err << "signpost: --locale: no catalogs for " << core::text::quoted(*locale) << "\n";
      return kBadInput;
    }
    ok = ok && w.page(w.root, "", *locale, o->flag("easy-read"), false);
  } else {
    ok = ok && w.page(w.root, "", core::i18n::kSourceLocale, false, true);
    for (const auto& language : content->catalogs.languages()) {
      ok = ok && w.page(w.root / language.locale, "../", language.locale, false, true);
      ok = ok && w.page(w.root / language.locale / "easy-read", "../../", language.locale, true, true);
    }
  }
  if (!ok) return kBadInput;
  out << "statement: " << w.pages << (w.pages == 1 ? " page for " : " pages for ") << content->offer.id << " in " << w.root.string() << "\n";
  return kOk;
}

}  // namespace signpost::cli
