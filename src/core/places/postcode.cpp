#include "core/places/postcode.h"

#include <cctype>

namespace signpost::core::places {
namespace {

bool is_district(const std::string& s) {
  auto alpha = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::size_t i = 0;
  while (i < s.size() && i < 2 && alpha(s[i])) ++i;
  if (i == 0 || i >= s.size() || !digit(s[i])) return false;
  ++i;
  if (i < s.size() && (digit(s[i]) || alpha(s[i]))) ++i;
  return i == s.size();
}

}  // namespace

std::string postcode_district(const std::string& postcode) {
  std::string compact;
  for (char c : postcode)
    if (!std::isspace(static_cast<unsigned char>(c))) compact += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (is_district(compact)) return compact;
  // A whole postcode: the inward code is a digit and two letters; the district comes before it.
  if (compact.size() >= 5 && compact.size() <= 7) {
    const std::string inward = compact.substr(compact.size() - 3), outward = compact.substr(0, compact.size() - 3);
    const bool inward_ok = std::isdigit(static_cast<unsigned char>(inward[0])) && std::isalpha(static_cast<unsigned char>(inward[1])) &&
                           std::isalpha(static_cast<unsigned char>(inward[2]));
    if (inward_ok && is_district(outward)) return outward;
  }
  return "";
}

}  // namespace signpost::core::places
