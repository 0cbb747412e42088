// Bidi runs (ICU ubidi) crossed with script runs (ICU uscript) crossed with
// face changes. Common and Inherited characters (spaces, digits, punctuation,
// combining marks) join their neighbours' script, so a word and the space
// after it shape together. Depends on ICU and FontSet only.
#include "render/text/itemize.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

namespace signpost::render::text {
namespace {

bool is_neutral(UScriptCode script) { return script == USCRIPT_COMMON || script == USCRIPT_INHERITED || script == USCRIPT_INVALID_CODE; }

// One script per code unit: a character's own, unless it is neutral (then its
// neighbour's: the one before, or for a paragraph that opens with neutrals the
// first real script after) or may be written in the script around it (Script_
// Extensions, e.g. the danda in Bengali or the Arabic comma in Urdu).
std::vector<UScriptCode> resolve_scripts(std::u16string_view text) {
  const int length = static_cast<int>(text.size());
  std::vector<UScriptCode> scripts(text.size(), USCRIPT_COMMON);
  UScriptCode current = USCRIPT_COMMON;
  for (int i = 0; i < length;) {
    const int start = i;
    UChar32 c = 0;
    U16_NEXT(text.data(), i, length, c);
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &status);
    if (is_neutral(script) || (!is_neutral(current) && uscript_hasScript(c, current))) script = current;
    for (int k = start; k < i; ++k) scripts[k] = script;
    current = script;
  }
  int first_real = 0;
  while (first_real < length && is_neutral(scripts[first_real])) ++first_real;
  const UScriptCode lead = first_real < length ? scripts[first_real] : USCRIPT_LATIN;
  for (int k = 0; k < first_real; ++k) scripts[k] = lead;
  return scripts;
}

// Marks and invisible controls (ZWJ, ZWNJ, variation selectors) stay in the
// face of the character they belong to, so HarfBuzz sees the whole cluster.
bool follows_base(UChar32 c) {
  return (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0 || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

std::vector<int> resolve_faces(std::u16string_view text, const std::vector<UScriptCode>& scripts, const FontSet& fonts,
                               bool bold, std::string_view lang) {
  const int length = static_cast<int>(text.size());
  std::vector<int> faces(text.size(), 0);
  int previous = -1;
  for (int i = 0; i < length;) {
    const int start = i;
    UChar32 c = 0;
    U16_NEXT(text.data(), i, length, c);
    const int preferred = fonts.face_for(scripts[start], bold, lang);
    int face = preferred;
    if (previous >= 0 && follows_base(c)) {
      face = previous;
    } else if (!fonts.covers(preferred, c)) {
      face = fonts.fallback_for(c, preferred);
    }
    for (int k = start; k < i; ++k) faces[k] = face;
    previous = face;
  }
  return faces;
}

}  // namespace

std::vector<TextRun> itemize(std::u16string_view text, UBiDi* bidi, const FontSet& fonts, bool bold, std::string_view lang) {
  std::vector<TextRun> runs;
  if (text.empty()) return runs;
  UErrorCode status = U_ZERO_ERROR;
  const UBiDiLevel* levels = ubidi_getLevels(bidi, &status);
  if (U_FAILURE(status)) levels = nullptr;
  const auto scripts = resolve_scripts(text);
  const auto faces = resolve_faces(text, scripts, fonts, bold, lang);
  const int length = static_cast<int>(text.size());
  for (int i = 0; i < length; ++i) {
    const UBiDiLevel level = levels ? levels[i] : 0;
    const bool same = !runs.empty() && runs.back().level == level && runs.back().script == scripts[i] && runs.back().face == faces[i];
    if (same) {
      runs.back().end = i + 1;
    } else {
      runs.push_back({i, i + 1, level, scripts[i], faces[i]});
    }
  }
  return runs;
}

}  // namespace signpost::render::text
