// LineBreaker: where a paragraph's lines end. ICU's line BreakIterator gives
// the opportunities (by the paragraph's language); lines are filled greedily by
// the shaped advance of each UTF-16 code unit. Depends on ICU only; it never
// shapes, so the caller measures.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "render/text/utf16_text.h"

// ICU's namespace is versioned (icu is an alias): declare through its macros.
#include <unicode/uversion.h>
U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace signpost::render::text {

class LineBreaker {
 public:
  LineBreaker();
  ~LineBreaker();
  LineBreaker(const LineBreaker&) = delete;
  LineBreaker& operator=(const LineBreaker&) = delete;

  // advance[i]: pixels that code unit i adds to a line (a cluster's advance on
  // its first unit). max_width <= 0: one line, as is. Otherwise each line holds
  // as many opportunities as fit, without its trailing white space; a word
  // wider than max_width on its own is cut between grapheme clusters.
  std::vector<TextRange> break_lines(std::u16string_view text, const std::vector<float>& advance, float max_width,
                                     std::string_view lang);

 private:
  icu::BreakIterator* iterator(std::map<std::string, std::unique_ptr<icu::BreakIterator>>& cache, std::string_view lang,
                               bool lines, std::u16string_view text);
  int cut_word(std::u16string_view text, int start, int limit, const std::vector<double>& prefix, float max_width,
               std::string_view lang);

  std::map<std::string, std::unique_ptr<icu::BreakIterator>> line_iterators_, character_iterators_;
};

}  // namespace signpost::render::text
