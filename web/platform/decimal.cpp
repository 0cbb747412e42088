// json/decimal.h in the browser and under node: the JavaScript engine's own
// Number, which rounds correctly, so the module needs no tables of powers of
// ten. The text is JSON's number grammar, which Number reads the same way.
#include <emscripten.h>

#include <string_view>

#include "core/json/decimal.h"

EM_JS(double, signpost_decimal, (const char* text, int length), { return Number(UTF8ToString(text, length)); });

namespace signpost::core::json {

double decimal_to_double(std::string_view text) {
  return signpost_decimal(text.data(), static_cast<int>(text.size()));
}

}  // namespace signpost::core::json
