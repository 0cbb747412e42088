// Shaping with HarfBuzz. Depends on HarfBuzz and ICU's script names only.
#include "render/text/shape.h"

namespace signpost::render::text {
namespace {

hb_script_t hb_script_for(UScriptCode script) {
  // ICU's short names are ISO 15924 codes ("Arab", "Beng"), as HarfBuzz's are.
  const char* name = uscript_getShortName(script);
  return name ? hb_script_from_string(name, -1) : HB_SCRIPT_COMMON;
}

}  // namespace

Shaper::Shaper() : buffer_(hb_buffer_create()) {}
Shaper::~Shaper() { hb_buffer_destroy(buffer_); }

hb_language_t hb_language_for(std::string_view bcp47) {
  if (bcp47.empty()) return HB_LANGUAGE_INVALID;
  return hb_language_from_string(bcp47.data(), static_cast<int>(bcp47.size()));
}

void Shaper::shape(hb_font_t* font, std::u16string_view paragraph, int start, int end, bool rtl, UScriptCode script,
                   hb_language_t language, std::vector<ShapedGlyph>* out) {
  out->clear();
  hb_buffer_clear_contents(buffer_);
  // The whole paragraph goes in, with only [start, end) as the item: the text
  // around it is context for joining and for clusters at the run's edges.
  static_assert(sizeof(char16_t) == sizeof(uint16_t));
  hb_buffer_add_utf16(buffer_, reinterpret_cast<const uint16_t*>(paragraph.data()), static_cast<int>(paragraph.size()),
                      static_cast<unsigned>(start), end - start);
  hb_buffer_set_direction(buffer_, rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
  hb_buffer_set_script(buffer_, hb_script_for(script));
  if (language != HB_LANGUAGE_INVALID) hb_buffer_set_language(buffer_, language);
  hb_shape(font, buffer_, nullptr, 0);

  unsigned count = 0;
  const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer_, &count);
  const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer_, &count);
  out->reserve(count);
  for (unsigned i = 0; i < count; ++i) {
    out->push_back({info[i].codepoint, info[i].cluster, pos[i].x_advance, pos[i].x_offset, pos[i].y_offset});
  }
}

}  // namespace signpost::render::text
