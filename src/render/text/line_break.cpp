// Greedy line breaking at ICU line-break opportunities, measured by shaped
// advances. Depends on ICU only.
#include "render/text/line_break.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

namespace signpost::render::text {
namespace {

// A line's width tolerates rounding in the sums.
constexpr double kSlack = 0.01;

int trim_end(std::u16string_view text, int start, int end) {
  while (end > start && u_isWhitespace(text[end - 1])) --end;
  return end;
}

}  // namespace

LineBreaker::LineBreaker() = default;
LineBreaker::~LineBreaker() = default;

icu::BreakIterator* LineBreaker::iterator(std::map<std::string, std::unique_ptr<icu::BreakIterator>>& cache,
                                          std::string_view lang, bool lines, std::u16string_view text) {
  // Creating an iterator loads rules and dictionaries: once per language.
  auto& slot = cache[std::string(lang)];
  UErrorCode status = U_ZERO_ERROR;
  if (!slot) {
    const icu::Locale locale(std::string(lang).c_str());
    slot.reset(lines ? icu::BreakIterator::createLineInstance(locale, status)
                     : icu::BreakIterator::createCharacterInstance(locale, status));
    if (U_FAILURE(status)) slot.reset();
    if (!slot) return nullptr;
  }
  status = U_ZERO_ERROR;
  UText* utext = utext_openUChars(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  slot->setText(utext, status);  // keeps its own shallow clone of the UText
  utext_close(utext);
  return U_SUCCESS(status) ? slot.get() : nullptr;
}

// The end of the longest run of whole grapheme clusters from `start` that
// fits, and at least one cluster, so that every line makes progress.
int LineBreaker::cut_word(std::u16string_view text, int start, int limit, const std::vector<double>& prefix,
                          float max_width, std::string_view lang) {
  icu::BreakIterator* characters = iterator(character_iterators_, lang, false, text);
  if (!characters) return limit;
  int best = characters->following(start);
  for (int b = best; b != icu::BreakIterator::DONE && b <= limit; b = characters->next()) {
    if (prefix[b] - prefix[start] > max_width + kSlack) break;
    best = b;
  }
  return best == icu::BreakIterator::DONE || best > limit ? limit : best;
}

std::vector<TextRange> LineBreaker::break_lines(std::u16string_view text, const std::vector<float>& advance,
                                                float max_width, std::string_view lang) {
  const int length = static_cast<int>(text.size());
  icu::BreakIterator* lines = max_width > 0 && length > 0 ? iterator(line_iterators_, lang, true, text) : nullptr;
  if (!lines) return {{0, length}};
  std::vector<double> prefix(text.size() + 1, 0.0);
  for (int i = 0; i < length; ++i) prefix[i + 1] = prefix[i] + advance[i];

  std::vector<TextRange> out;
  int start = 0;
  while (start < length) {
    int fit = -1;
    int b = lines->following(start);
    for (; b != icu::BreakIterator::DONE; b = lines->next()) {
      if (prefix[trim_end(text, start, b)] - prefix[start] > max_width + kSlack) break;
      fit = b;
      if (lines->getRuleStatus() >= UBRK_LINE_HARD) break;  // e.g. a form feed: a line must end here
    }
    if (fit < 0) {
      fit = cut_word(text, start, b == icu::BreakIterator::DONE ? length : b, prefix, max_width, lang);
    }
    out.push_back({start, trim_end(text, start, fit)});
    start = fit;
  }
  if (out.empty()) out.push_back({0, 0});
  return out;
}

}  // namespace signpost::render::text
