// AudioOut: plays speech through SDL's audio device, one clip at a time; a new
// clip interrupts the one playing. With no audio device (a test machine), it
// plays nothing, says so once, and tries again with the next clip. SDL's audio
// starts with the first clip and stops at release(): an open device wakes the
// process every buffer, and SDL's ALSA driver looks for new devices every
// second, so an idle kiosk holds none. Depends on SDL2.
#pragma once

#include <cstdint>
#include <vector>

namespace signpost::kiosk {

class AudioOut {
 public:
  AudioOut() = default;
  ~AudioOut();
  AudioOut(const AudioOut&) = delete;
  AudioOut& operator=(const AudioOut&) = delete;

  void play(const std::vector<std::int16_t>& samples, int sample_rate);
  void stop();
  bool playing() const;
  // Closes the device and stops SDL's audio, until the next clip.
  void release();

 private:
  bool started_ = false;  // SDL's audio subsystem is running
  unsigned int device_ = 0;
  int rate_ = 0;
  bool failed_ = false;  // the last attempt to open a device failed (and was reported)
};

}  // namespace signpost::kiosk
