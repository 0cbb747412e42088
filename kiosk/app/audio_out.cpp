#include "kiosk/app/audio_out.h"

#include <SDL.h>

#include <iostream>

namespace signpost::kiosk {

AudioOut::~AudioOut() { release(); }

void AudioOut::release() {
  if (device_ != 0) SDL_CloseAudioDevice(device_);
  device_ = 0;
  rate_ = 0;
  if (started_) SDL_QuitSubSystem(SDL_INIT_AUDIO);
  started_ = false;
}

void AudioOut::play(const std::vector<std::int16_t>& samples, int sample_rate) {
  if (!started_) {
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
      if (!failed_) std::cerr << "signpost-kiosk: no sound (" << SDL_GetError() << "); speech is not played\n";
      failed_ = true;
      return;
    }
    started_ = true;
  }
  if (device_ == 0 || rate_ != sample_rate) {
    if (device_ != 0) SDL_CloseAudioDevice(device_);
    SDL_AudioSpec want{};
    want.freq = sample_rate;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = 2048;
    device_ = SDL_OpenAudioDevice(nullptr, 0, &want, nullptr, 0);
    rate_ = sample_rate;
    if (device_ == 0) {
      // Said once; the next utterance tries again (a headset may be plugged in later).
      if (!failed_) std::cerr << "signpost-kiosk: no sound device (" << SDL_GetError() << "); speech is not played\n";
      failed_ = true;
      return;
    }
    failed_ = false;
  }
  SDL_ClearQueuedAudio(device_);
  SDL_QueueAudio(device_, samples.data(), static_cast<Uint32>(samples.size() * sizeof(std::int16_t)));
  SDL_PauseAudioDevice(device_, 0);
}

void AudioOut::stop() {
  if (device_ != 0) SDL_ClearQueuedAudio(device_);
}

bool AudioOut::playing() const { return device_ != 0 && SDL_GetQueuedAudioSize(device_) > 0; }

}  // namespace signpost::kiosk
