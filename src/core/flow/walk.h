// Walk: plays a session through with a family's answers, as a person would
// (start, each question shown, check your answers, the result), and collects
// every Screen on the way. `signpost walk` prints them; golden tests hold them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/flow/session.h"

namespace signpost::core::flow {

// A question the answers do not cover is answered "unknown" where it can be,
// or, for a multi question, with its exclusive option ("None of these");
// otherwise the walk stops and `error` says which question it was.
std::optional<std::vector<view::Screen>> walk_answers(const offer::Offer& offer, const i18n::Localizer& words,
                                                      rules::Date today, const rules::Answers& answers, std::string* error,
                                                      const directory::Directory* directory = nullptr);

}  // namespace signpost::core::flow
