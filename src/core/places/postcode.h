// Postcodes: the only part of a family's address the product ever keeps is the
// postcode district (the outward code, "LE11"), which covers thousands of homes.
// Depends on the standard library only.
#pragma once

#include <string>

namespace signpost::core::places {

// "LE11 3AB" -> "LE11"; "le11" -> "LE11"; "" when it is not a UK postcode or
// postcode district (one or two letters, a digit, then a digit or letter).
std::string postcode_district(const std::string& postcode);

}  // namespace signpost::core::places
