#include "core/flow/walk.h"

namespace signpost::core::flow {

std::optional<std::vector<view::Screen>> walk_answers(const offer::Offer& offer, const i18n::Localizer& words,
                                                      rules::Date today, const rules::Answers& answers, std::string* error,
                                                      const directory::Directory* directory) {
  Session session(offer, today, directory);
  session.set_locale(words.locale());
  session.set_easy_read(words.easy_read());
  std::vector<view::Screen> screens{session.screen(words)};
  session.handle({Event::Kind::kStart, "", {}});
  // Each question is asked once; the bound keeps a broken pack from spinning.
  for (std::size_t step = 0; session.stage() == Stage::kQuestion && step <= offer.questions.size(); ++step) {
    screens.push_back(session.screen(words));
    const std::string id = session.current_question();
    const offer::Question* q = offer.question(id);
    json::Json value;
    if (auto it = answers.find(id); it != answers.end()) {
      value = rules::to_json(it->second);
    } else if (q != nullptr && q->has_option(offer::kUnknownAnswer)) {
      value = offer::kUnknownAnswer;
    } else if (q != nullptr && q->kind == offer::QuestionKind::kMulti && !q->exclusive.empty()) {
      value = json::Json::array({q->exclusive.front()});
    } else {
      if (error != nullptr) *error = "no answer for \"" + id + "\", which this family would be asked";
      return std::nullopt;
    }
    session.handle({Event::Kind::kAnswer, id, value});
  }
  if (session.stage() != Stage::kCheckAnswers) {
    if (error != nullptr) *error = "the walk did not reach check your answers";
    return std::nullopt;
  }
  screens.push_back(session.screen(words));
  session.handle({Event::Kind::kConfirm, "", {}});
  screens.push_back(session.screen(words));
  return screens;
}

}  // namespace signpost::core::flow
