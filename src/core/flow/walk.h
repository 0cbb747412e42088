// Walk: plays a session through with a family's answers, as a person would
// (start, each question shown, check your answers, the result), and collects
// every Screen on the way. `signpost walk` prints them; golden tests hold them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/flow/session.h"

namespace signpost::core::flow {

// The answer a walk gives to question `id`: the family's own; else "unknown"
// where the question has it; else, for a multi question, its exclusive option
// ("None of these"); nullopt when there is none of these.
std::optional<json::Json> walk_value(const offer::Offer& offer, const rules::Answers& answers, const std::string& id);

// Each question is answered with walk_value; where it has none, the walk
// stops and `error` says which question it was.
std::optional<std::vector<view::Screen>> walk_answers(const offer::Offer& offer, const i18n::Localizer& words,
                                                      rules::Date today, const rules::Answers& answers, std::string* error,
                                                      const directory::Directory* directory = nullptr);

}  // namespace signpost::core::flow
