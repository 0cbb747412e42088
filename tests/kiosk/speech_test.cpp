// Speech through espeak-ng, headless: every kiosk language that has a voice
// speaks a real sentence from its own catalog into a WAV file that is not
// silent and lasts as long as speech of that length should.
#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <unistd.h>

#include "kiosk/platform/speech.h"

using signpost::kiosk::Clip;
using signpost::kiosk::Speech;

namespace {

const std::vector<std::string> kLocales = {"en-GB", "pl", "ur", "pa", "gu", "bn", "ar", "ro", "pt", "es", "it"};

std::string catalog_text(const std::string& locale, const std::string& key) {
  std::ifstream in(std::string(SIGNPOST_SOURCE_DIR) + "/i18n/" + locale + "/common.json", std::ios::binary);
  REQUIRE(in.good());
  const auto doc = nlohmann::json::parse(in);
  REQUIRE(doc["messages"].contains(key));
  return doc["messages"][key].get<std::string>();
}

struct WavHeader {
  std::string riff, wave, fmt, data;
  int format = 0, channels = 0, bits = 0;
  std::uint32_t rate = 0, data_bytes = 0, file_bytes = 0;
};

std::uint32_t le(const std::vector<unsigned char>& b, std::size_t at, int bytes) {
  std::uint32_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | b[at + static_cast<std::size_t>(i)];
  return v;
}

WavHeader read_wav_header(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<unsigned char> b((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE(b.size() >= 44);
  WavHeader h;
  h.riff.assign(b.begin(), b.begin() + 4);
  h.wave.assign(b.begin() + 8, b.begin() + 12);
  h.fmt.assign(b.begin() + 12, b.begin() + 16);
  h.format = static_cast<int>(le(b, 20, 2));
  h.channels = static_cast<int>(le(b, 22, 2));
  h.rate = le(b, 24, 4);
  h.bits = static_cast<int>(le(b, 34, 2));
  h.data.assign(b.begin() + 36, b.begin() + 40);
  h.data_bytes = le(b, 40, 4);
  h.file_bytes = static_cast<std::uint32_t>(b.size());
  return h;
}

// espeak-ng's state is global: one Speech serves every test case.
std::unique_ptr<Speech>& instance() {
  static std::unique_ptr<Speech> kInstance;
  return kInstance;
}

Speech& speech() {
  if (!instance()) {
    std::string error;
    instance() = Speech::create(&error);
    INFO(error);
    REQUIRE(instance());
  }
  return *instance();
}

}  // namespace

TEST_CASE("speech: each kiosk language with a voice says its heading aloud into a WAV file") {
  const auto dir = std::filesystem::temp_directory_path() / ("signpost-speech-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  for (const auto& locale : kLocales) {
    CAPTURE(locale);
    if (!speech().has_voice(locale)) {
      // The three most asked-for languages must have one.
      CHECK((locale != "en-GB" && locale != "pl" && locale != "ur"));
      MESSAGE("no espeak-ng voice for " << locale);
      continue;
    }
    const std::string sentence = catalog_text(locale, "start.heading");
    auto clip = speech().synthesize(sentence, locale, 160);
    REQUIRE(clip);
    const auto path = dir / (locale + ".wav");
    REQUIRE(signpost::kiosk::write_wav(*clip, path.string()));

    const WavHeader h = read_wav_header(path);
    CHECK(h.riff == "RIFF");
    CHECK(h.wave == "WAVE");
    CHECK(h.fmt == "fmt ");
    CHECK(h.data == "data");
    CHECK(h.format == 1);
    CHECK(h.channels == 1);
    CHECK(h.bits == 16);
    CHECK(h.rate == static_cast<std::uint32_t>(clip->sample_rate));
    CHECK(h.data_bytes == clip->samples.size() * 2);
    CHECK(h.file_bytes == 44 + h.data_bytes);

    const double level = signpost::kiosk::rms(*clip);
    const double seconds = static_cast<double>(h.data_bytes / 2) / h.rate;
    MESSAGE(locale << ": rms " << level << ", " << seconds << " s, " << h.rate << " Hz");
    CHECK(level > 300.0);
    // A heading of 6 to 15 words at 160 words a minute: a couple of seconds, not a blip nor a minute.
    CHECK(seconds > 1.0);
    CHECK(seconds < 20.0);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("speech: no voice for a language espeak-ng does not speak, and nothing said in it") {
  CHECK_FALSE(speech().has_voice("so"));  // Somali
  CHECK_FALSE(speech().has_voice(""));
  CHECK_FALSE(speech().synthesize("Soo dhawoow", "so", 160));
  CHECK(speech().has_voice("en-GB"));
  CHECK(speech().has_voice("pa-IN"));  // a region it does not know falls back to the language
}

TEST_CASE("speech: only one instance at a time, as espeak-ng's state is global; once it is gone, another starts") {
  speech();
  std::string error;
  CHECK_FALSE(Speech::create(&error));
  CHECK_FALSE(error.empty());
  for (int i = 0; i < 2; ++i) {
    instance().reset();
    auto clip = speech().synthesize("Hello again.", "en-GB", 160);
    REQUIRE(clip);
    CHECK(signpost::kiosk::rms(*clip) > 300.0);
  }
}

TEST_CASE("speech: a faster rate gives a shorter clip") {
  const std::string text = "Check what short breaks your family can get.";
  auto slow = speech().synthesize(text, "en-GB", 120);
  auto fast = speech().synthesize(text, "en-GB", 300);
  REQUIRE(slow);
  REQUIRE(fast);
  CHECK(fast->samples.size() < slow->samples.size());
}

TEST_CASE("speech: volume scales the samples and clips at the 16-bit limits") {
  Clip clip{22050, {1000, -1000, 30000, -30000, 0}};
  auto louder = clip;
  signpost::kiosk::scale_volume(louder, 200);
  CHECK(louder.samples == std::vector<std::int16_t>{2000, -2000, 32767, -32768, 0});
  auto quieter = clip;
  signpost::kiosk::scale_volume(quieter, 50);
  CHECK(quieter.samples == std::vector<std::int16_t>{500, -500, 15000, -15000, 0});
  CHECK(signpost::kiosk::rms(quieter) == doctest::Approx(signpost::kiosk::rms(clip) / 2));
  signpost::kiosk::scale_volume(quieter, -5);
  CHECK(signpost::kiosk::rms(quieter) == 0);
  CHECK(signpost::kiosk::rms(Clip{}) == 0);
}
