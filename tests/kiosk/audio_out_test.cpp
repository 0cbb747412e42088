// AudioOut holds SDL's audio only while speech plays: an idle kiosk holds no
// device (an open one wakes the process every buffer). Played here through
// SDL's dummy audio driver, which takes the samples at the pace a sound card
// would, without a sound card.
#include <SDL.h>
#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>
#include <vector>

#include "kiosk/app/audio_out.h"

using signpost::kiosk::AudioOut;

namespace {

bool audio_running() { return SDL_WasInit(SDL_INIT_AUDIO) != 0; }

// A second of a quiet tone at 22,050 samples a second, espeak-ng's rate.
std::vector<std::int16_t> one_second() {
  std::vector<std::int16_t> samples(22050);
  for (std::size_t i = 0; i < samples.size(); ++i) samples[i] = static_cast<std::int16_t>((i / 25) % 2 ? 1000 : -1000);
  return samples;
}

}  // namespace

TEST_CASE("SDL's audio starts with the first clip and stops when released, and starts again with the next") {
  setenv("SDL_AUDIODRIVER", "dummy", 1);
  REQUIRE_FALSE(audio_running());
  {
    AudioOut out;
    CHECK_FALSE(audio_running());  // made, but nothing said yet
    CHECK_FALSE(out.playing());

    out.play(one_second(), 22050);
    CHECK(audio_running());
    CHECK(out.playing());

    out.stop();
    CHECK_FALSE(out.playing());
    CHECK(audio_running());  // stopping a clip keeps the device for the next

    out.release();  // the family leaves
    CHECK_FALSE(audio_running());
    CHECK_FALSE(out.playing());

    out.play(one_second(), 22050);  // the next family's first words
    CHECK(audio_running());
    CHECK(out.playing());
    out.play(one_second(), 16000);  // another rate: the device opened again for it
    CHECK(out.playing());
  }
  CHECK_FALSE(audio_running());  // and let go when the kiosk closes
}
