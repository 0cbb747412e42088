// Lint: every error in the content a council edits (offer packs and catalogs),
// each naming its file and JSON pointer. Used by `signpost lint` and by tests.
#pragma once

#include <optional>
#include <string>

#include "core/content/content_source.h"
#include "core/json/diagnostics.h"
#include "core/rules/date.h"

namespace signpost::core {

struct LintReport {
  json::Diagnostics diagnostics;
  json::Diagnostics warnings;  // worth a look, but not wrong (a pack past its review date)
  int offers = 0;     // packs checked
  int catalogs = 0;   // catalog files read
  int messages = 0;   // messages checked
  int fallbacks = 0;  // messages a locale lacks and takes from en-GB
};

// Checks every offer under offers/ (or only `offer`) and every catalog under i18n/.
// With `today`, a pack past its review_by date is a warning.
LintReport lint(const content::ContentSource& content, const std::optional<std::string>& offer = std::nullopt,
                std::optional<rules::Date> today = std::nullopt);

}  // namespace signpost::core
