// Itemizing: cuts a paragraph into runs that one HarfBuzz call can shape, each
// of one bidi level, one script and one face. Depends on ICU (ubidi, uscript)
// and FontSet; nothing about line breaking, shaping or drawing.
#pragma once

#include <unicode/ubidi.h>
#include <unicode/uscript.h>

#include <string_view>
#include <vector>

#include "render/text/font_set.h"

namespace signpost::render::text {

struct TextRun {
  int start = 0, end = 0;  // UTF-16 code units in the paragraph
  UBiDiLevel level = 0;    // odd: right to left
  UScriptCode script = USCRIPT_COMMON;
  int face = 0;
};

// `bidi` must hold this paragraph (ubidi_setPara). Runs come in logical order
// and cover the paragraph exactly.
std::vector<TextRun> itemize(std::u16string_view text, UBiDi* bidi, const FontSet& fonts, bool bold, std::string_view lang);

}  // namespace signpost::render::text
