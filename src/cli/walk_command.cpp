// signpost walk: plays a session through with an answers file, printing each
// Screen the family would see as one JSON line: start, each question asked,
// check your answers, the result.
#include <ostream>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/flow/walk.h"

namespace signpost::cli {

int walk_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  auto o = Options::parse(args, {"offer", "answers", "today", "locale", "root"}, err, {"easy-read"});
  if (!o) return kBadInput;
  auto l = load_for_answers(*o, err);
  if (!l) return kBadInput;
  core::i18n::Localizer words(l->catalogs, l->offer, l->locale, o->flag("easy-read"));
  std::string error;
  auto screens = core::flow::walk_answers(l->offer, words, l->today, l->answers, &error,
                                              l->directory ? &*l->directory : nullptr);
  if (!screens) {
    err << *o->get("answers") << ": " << error << "\n";
    return kBadInput;
  }
  for (const auto& s : *screens) out << s.to_json().dump() << "\n";
  return kOk;
}

}  // namespace signpost::cli
