// Speech with espeak-ng in synchronous retrieval mode: espeak_Synth returns
// once the whole text is synthesised, its samples gathered by the callback.
// Depends on espeak-ng and the standard library only.
#include "kiosk/platform/speech.h"

#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cmath>
#include <fstream>
#include <limits>

namespace signpost::kiosk {

namespace {

// espeak-ng's state is global: so is the flag that there is a Speech, and the
// clip the callback fills (only ever touched under the instance's mutex).
std::atomic<bool> g_alive{false};
std::vector<std::int16_t>* g_sink = nullptr;

int collect_samples(short* wav, int count, espeak_EVENT* /*events*/) {
  if (wav != nullptr && count > 0 && g_sink != nullptr) g_sink->insert(g_sink->end(), wav, wav + count);
  return 0;  // 0: carry on
}

// Every language espeak-ng can speak, with the voice it prefers for each. The
// list's entries are (priority byte, name, NUL) pairs ending with a NUL byte;
// a lower priority is preferred. MBROLA voices need data Debian does not
// install with espeak-ng, so they are left out.
std::map<std::string, std::string> list_voices() {
  std::map<std::string, std::string> voices;
  std::map<std::string, int> priority;
  const espeak_VOICE** list = espeak_ListVoices(nullptr);
  for (int i = 0; list != nullptr && list[i] != nullptr; ++i) {
    const espeak_VOICE& v = *list[i];
    if (v.identifier == nullptr || v.languages == nullptr || std::string_view(v.identifier).substr(0, 3) == "mb/") continue;
    for (const char* p = v.languages; *p != 0;) {
      const int prio = static_cast<unsigned char>(*p++);
      std::string lang(p);
      p += lang.size() + 1;
      auto it = priority.find(lang);
      if (it == priority.end() || prio < it->second) {
        priority[lang] = prio;
        voices[lang] = v.identifier;
      }
    }
  }
  return voices;
}

std::string lower_tag(const std::string& tag) {
  std::string out;
  for (char c : tag) out += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

void put_le(std::ofstream& out, std::uint32_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out.put(static_cast<char>((value >> (8 * i)) & 0xFF));
}

// espeak-ng 1.51 (Debian 12) hangs in espeak_Terminate once it has been
// initialised a second time, so it is started once, by the first Speech, and
// left running until the process ends; later instances reuse it.
int start_espeak() {
  static int sample_rate = 0;  // only touched while g_alive is held
  if (sample_rate <= 0) {
    // DONT_EXIT: a missing espeak-ng-data must be an error here, not the end of the kiosk.
    sample_rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
    if (sample_rate > 0) espeak_SetSynthCallback(collect_samples);
  }
  return sample_rate;
}

}  // namespace

std::unique_ptr<Speech> Speech::create(std::string* error) {
  if (g_alive.exchange(true)) {
    if (error) *error = "speech is already running: espeak-ng allows one instance per process";
    return nullptr;
  }
  const int rate = start_espeak();
  if (rate <= 0) {
    g_alive = false;
    if (error) *error = "espeak-ng could not start (is espeak-ng-data installed?)";
    return nullptr;
  }
  auto voices = list_voices();
  if (voices.empty()) {
    g_alive = false;
    if (error) *error = "espeak-ng has no voices";
    return nullptr;
  }
  return std::unique_ptr<Speech>(new Speech(rate, std::move(voices)));
}

Speech::Speech(int sample_rate, std::map<std::string, std::string> voices)
    : sample_rate_(sample_rate), voices_(std::move(voices)) {}

Speech::~Speech() { g_alive = false; }

// The project's tags map to espeak-ng's languages by lower case: en-GB -> en-gb,
// pl, ur, pa, gu, bn, ar, ro, pt (Portugal), es, it. A tag with a region or
// script espeak-ng lacks falls back to its language ("pa-IN" -> "pa").
std::string Speech::voice_for(const std::string& locale) const {
  const std::string tag = lower_tag(locale);
  if (tag.empty()) return {};
  if (auto it = voices_.find(tag); it != voices_.end()) return it->second;
  const std::string language = tag.substr(0, tag.find('-'));
  if (auto it = voices_.find(language); it != voices_.end()) return it->second;
  return {};
}

bool Speech::has_voice(const std::string& locale) const { return !voice_for(locale).empty(); }

std::optional<Clip> Speech::synthesize(std::string_view utf8_text, const std::string& locale, int rate_wpm) {
  const std::string voice = voice_for(locale);
  if (voice.empty()) return std::nullopt;
  std::lock_guard<std::mutex> lock(mutex_);
  if (voice != current_voice_) {
    if (espeak_SetVoiceByName(voice.c_str()) != EE_OK) return std::nullopt;
    current_voice_ = voice;
  }
  espeak_SetParameter(espeakRATE, std::clamp(rate_wpm, espeakRATE_MINIMUM, espeakRATE_MAXIMUM), 0);
  Clip clip;
  clip.sample_rate = sample_rate_;
  const std::string text(utf8_text);  // espeak-ng wants it NUL-terminated
  g_sink = &clip.samples;
  const espeak_ERROR result =
      espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
  g_sink = nullptr;
  if (result != EE_OK) return std::nullopt;
  return clip;
}

bool write_wav(const Clip& clip, const std::string& path) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return false;
  const auto data_bytes = static_cast<std::uint32_t>(clip.samples.size() * 2);
  const auto rate = static_cast<std::uint32_t>(clip.sample_rate);
  out.write("RIFF", 4);
  put_le(out, 36 + data_bytes, 4);
  out.write("WAVEfmt ", 8);
  put_le(out, 16, 4);        // fmt chunk size
  put_le(out, 1, 2);         // PCM
  put_le(out, 1, 2);         // mono
  put_le(out, rate, 4);      // sample rate
  put_le(out, rate * 2, 4);  // bytes a second
  put_le(out, 2, 2);         // bytes a frame
  put_le(out, 16, 2);        // bits a sample
  out.write("data", 4);
  put_le(out, data_bytes, 4);
  for (std::int16_t s : clip.samples) put_le(out, static_cast<std::uint16_t>(s), 2);
  out.close();
  return static_cast<bool>(out);
}

double rms(const Clip& clip) {
  if (clip.samples.empty()) return 0;
  double sum = 0;
  for (std::int16_t s : clip.samples) sum += static_cast<double>(s) * s;
  return std::sqrt(sum / static_cast<double>(clip.samples.size()));
}

void scale_volume(Clip& clip, int percent) {
  const int p = std::max(percent, 0);
  if (p == 100) return;
  for (std::int16_t& s : clip.samples) {
    const long scaled = static_cast<long>(s) * p / 100;
    s = static_cast<std::int16_t>(std::clamp<long>(scaled, std::numeric_limits<std::int16_t>::min(),
                                                   std::numeric_limits<std::int16_t>::max()));
  }
}

}  // namespace signpost::kiosk
