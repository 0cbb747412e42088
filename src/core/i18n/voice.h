// Voice: whom every screen speaks to. A parent or carer checking for their
// child ("Does your child live in Wakefield?"), or a young person checking for
// themselves ("Do you live in Wakefield?"). The rules and answers are the same;
// only the words differ. A catalog gives the young person's words for the
// messages that differ, under "young-person" (docs/offer-packs.md); every other
// message reads the same in both voices.
#pragma once

#include <optional>
#include <string>

namespace signpost::core::i18n {

enum class Voice { kParent, kYoungPerson };

// The catalog section, and the answer value of the voice question ("who").
inline constexpr const char* kYoungPerson = "young-person";
inline constexpr const char* kParent = "parent";

inline std::optional<Voice> voice_of(const std::string& value) {
  if (value == kParent) return Voice::kParent;
  if (value == kYoungPerson) return Voice::kYoungPerson;
  return std::nullopt;
}

}  // namespace signpost::core::i18n
