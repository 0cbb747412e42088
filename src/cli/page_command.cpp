// signpost page: the web checker's first page, rendered ahead of time. Fills an
// HTML template's {{lang}}, {{dir}}, {{title}}, {{main}} and the rest with an
// offer's start screen ({{base}}: --base, the way from the page to the
// checker's files, "" or "../"; --statement: the way to the offer's statement,
// "statement/"), so the page paints before any WebAssembly arrives and still tells a
// family without JavaScript what the offer holds and who can get it.
#include <ostream>

#include "cli/commands.h"
#include "cli/options.h"
#include "platform/native/read_file.h"
#include "core/flow/session.h"
#include "core/i18n/localizer.h"
#include "render/html/html_renderer.h"
#include "render/html/state_links.h"

namespace signpost::cli {
namespace {

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
}

}  // namespace

int page_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  auto o = Options::parse(args, {"offer", "template", "locale", "root", "today", "base", "statement"}, err);
  if (!o) return kBadInput;
  auto template_file = o->get("template");
  if (!template_file || !o->get("offer")) {
    err << "signpost: --offer NAME and --template FILE are required\n";
    return kBadInput;
  }
  auto text = platform::read_file(*template_file);
  if (!text) {
    err << *template_file << ": cannot be read\n";
    return kBadInput;
  }
  auto today = today_from(*o, err);
  if (!today) return kBadInput;
  auto content = offer_content_from(*o, err);
  if (!content) return kBadInput;
  core::i18n::Localizer words(content->catalogs, content->offer, o->get_or("locale", core::i18n::kSourceLocale));
  core::flow::Session session(content->offer, *today);
  session.set_locale(words.locale());
  auto screen = session.screen(words);
  std::string page = *text;
  replace_all(page, "{{lang}}", render::html::escape(screen.locale));
  replace_all(page, "{{dir}}", render::html::escape(screen.dir));
  replace_all(page, "{{title}}", render::html::escape(screen.title));
  replace_all(page, "{{offer}}", render::html::escape(content->offer.id));
  replace_all(page, "{{service}}", render::html::escape(words.text("offer.name")));
  replace_all(page, "{{skip}}", render::html::escape(screen.labels["skip_to_content"]));
  replace_all(page, "{{noscript}}", render::html::escape(words.text("page.noscript")));
  replace_all(page, "{{loading}}", render::html::escape(words.text("page.loading")));
  replace_all(page, "{{failed}}", render::html::escape(words.text("page.failed")));
  replace_all(page, "{{base}}", render::html::escape(o->get_or("base", "")));
  auto links = render::html::links_for(session);
  links.pictures = o->get_or("base", "") + links.pictures;
  links.statement = o->get_or("statement", "");  // where the offer's statement is, from this page
  replace_all(page, "{{main}}", render::html::render(screen, links));
  out << page;
  return kOk;
}

}  // namespace signpost::cli
