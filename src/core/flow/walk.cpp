#include "core/flow/walk.h"
#include "core/text/echo.h"

namespace signpost::core::flow {

std::optional<json::Json> walk_value(const offer::Offer& offer, const rules::Answers& answers, const std::string& id) {
  if (auto it = answers.find(id); it != answers.end()) return rules::to_json(it->second);
  const offer::Question* q = offer.question(id);
  if (q != nullptr && q->has_option(offer::kUnknownAnswer)) return json::Json(offer::kUnknownAnswer);
  if (q != nullptr && q->kind == offer::QuestionKind::kMulti && !q->exclusive.empty()) return json::Json::array({q->exclusive.front()});
  return std::nullopt;
}

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
    auto value = walk_value(offer, answers, id);
    if (!value) {
      if (error != nullptr) *error = "no answer for " + text::quoted(id) + ", which this family would be asked";
      return std::nullopt;
    }
    session.handle({Event::Kind::kAnswer, id, *value});
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
