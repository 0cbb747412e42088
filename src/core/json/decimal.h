// A decimal number's text (JSON's grammar: "-1.5e300") to the nearest double,
// correctly rounded. The JSON parser converts most numbers itself, exactly
// (json/parse.cpp); this is for the rest: significant digits past 2^53 or past
// the 19 it keeps, or a power of ten past 22. Defined by platform, picked by file in CMake:
// std::from_chars natively, the JavaScript engine's Number in the browser, so
// that the web checker's module holds no conversion tables of its own.
// Infinity when the number is too large for a double.
#pragma once

#include <string_view>

namespace signpost::core::json {

double decimal_to_double(std::string_view text);

}  // namespace signpost::core::json
