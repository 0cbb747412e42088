// JSON written compactly, as the web checker sends it and a fragment holds it.
// Text that is not UTF-8 is written with U+FFFD in place of each bad byte, so
// writing never fails; numbers that are not finite are written as null.
#pragma once

#include <string>

#include "core/json/reader.h"

namespace signpost::core::json {

std::string write(const Json& value);

}  // namespace signpost::core::json
