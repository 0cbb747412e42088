// Feeds the bytes to SessionState::from_fragment, as a link or QR code would.
// Asserts the round trip: a state that restores, written back to a fragment
// and restored again, is the same state, and its fragment is the same text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/flow/session_state.h"
#include "fuzz_support.h"

using signpost::core::flow::SessionState;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view fragment(reinterpret_cast<const char*>(data), size);
  auto first = SessionState::from_fragment(fragment);
  if (!first) return 0;
  const std::string written = first->to_fragment();
  auto second = SessionState::from_fragment(written);
  FUZZ_CHECK(second.has_value(), written);
  FUZZ_CHECK(*second == *first, "restored " + std::string(fragment) + "\nwritten  " + written + "\nagain    " + second->to_fragment());
  FUZZ_CHECK(second->to_fragment() == written, written);
  return 0;
}
