// Speech: the kiosk reads its screens aloud with espeak-ng, which synthesises
// into memory (no audio device here: the app plays the clip through SDL), plus
// small helpers on a clip: WAV output for tests, loudness, volume.
// Depends on espeak-ng only; nothing about screens, SDL or the core.
//
// espeak-ng keeps all of its state in globals (the voice, the rate, the
// callback), so there can be only one Speech at a time: create() refuses a
// second while the first lives. Calls on the one instance are serialised.
// espeak-ng itself is started by the first Speech and stays up until the
// process ends (Debian's 1.51 cannot be stopped and started again).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace signpost::kiosk {

// Mono 16-bit PCM.
struct Clip {
  int sample_rate = 0;
  std::vector<std::int16_t> samples;
};

class Speech {
 public:
  // Starts espeak-ng with its installed data; nullptr with `error` set when it
  // cannot, or when another Speech is alive.
  static std::unique_ptr<Speech> create(std::string* error);
  ~Speech();
  Speech(const Speech&) = delete;
  Speech& operator=(const Speech&) = delete;

  // Whether espeak-ng has a voice for the BCP 47 tag ("en-GB", "pl", "ur").
  bool has_voice(const std::string& locale) const;

  // The text spoken in the locale's voice at rate_wpm words a minute (clamped
  // to what espeak-ng accepts); nullopt when there is no voice or synthesis
  // fails. The text is never logged.
  std::optional<Clip> synthesize(std::string_view utf8_text, const std::string& locale, int rate_wpm);

 private:
  Speech(int sample_rate, std::map<std::string, std::string> voices);
  // The espeak-ng voice identifier ("gmw/en") for a BCP 47 tag, or "".
  std::string voice_for(const std::string& locale) const;

  int sample_rate_;
  std::map<std::string, std::string> voices_;  // espeak language ("en-gb") -> voice identifier
  std::string current_voice_;
  std::mutex mutex_;
};

// Writes a 16-bit mono PCM WAV file; false if it cannot be written.
bool write_wav(const Clip& clip, const std::string& path);

// Root mean square of the samples (0 for an empty clip), in sample units.
double rms(const Clip& clip);

// Scales the samples to `percent` of their level (100: unchanged), clipping
// at the 16-bit limits; a negative percent is taken as 0.
void scale_volume(Clip& clip, int percent);

}  // namespace signpost::kiosk
