// signpost walk: plays a session through with an answers file, printing each
// Screen the family would see as one JSON line: start, each question asked,
// check your answers, the result.
#include <ostream>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/flow/session.h"

namespace signpost::cli {

int walk_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  auto o = Options::parse(args, {"offer", "answers", "today", "locale", "root"}, err);
  if (!o) return kBadInput;
  auto l = load_for_answers(*o, err);
  if (!l) return kBadInput;
  core::i18n::Localizer words(l->catalogs, l->offer, l->locale);
  core::flow::Session session(l->offer, words, l->today);
  using Event = core::flow::Event;
  using core::flow::Stage;

  auto emit = [&] { out << session.screen().to_json().dump() << "\n"; };
  emit();
  session.handle({Event::Kind::kStart, "", {}});
  // Each question appears once; a loop guard keeps a broken pack from spinning.
  for (std::size_t step = 0; session.stage() == Stage::kQuestion && step <= l->offer.questions.size(); ++step) {
    emit();
    const std::string id = session.current_question();
    auto it = l->answers.find(id);
    const auto* q = l->offer.question(id);
    core::json::Json value;
    if (it != l->answers.end()) {
      value = core::rules::to_json(it->second);
    } else if (q != nullptr && q->has_option(core::offer::kUnknownAnswer)) {
      value = core::offer::kUnknownAnswer;
    } else {
      err << *o->get("answers") << ": no answer for \"" << id << "\", which this family would be asked\n";
      return kBadInput;
    }
    session.handle({Event::Kind::kAnswer, id, value});
  }
  if (session.stage() != Stage::kCheckAnswers) {
    err << "signpost: the walk did not reach check your answers\n";
    return kBadInput;
  }
  emit();
  session.handle({Event::Kind::kConfirm, "", {}});
  emit();
  return kOk;
}

}  // namespace signpost::cli
