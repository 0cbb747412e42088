// The kiosk's text engine against HarfBuzz's own tools, run at test time on the
// same font files and the product's own wording (i18n/<locale>/common.json):
// glyph ids and positions against hb-shape, pixels against hb-view. Also right
// to left order, wrapping, broken input, the glyph atlas, and timing.
// Needs hb-shape and hb-view (Debian: libharfbuzz-bin), fonts-noto-core, libpng.
#include <doctest/doctest.h>
#include <hb.h>
#include <png.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "render/text/font_set.h"
#include "render/text/glyph_atlas.h"
#include "render/text/text_engine.h"

using namespace signpost::render::text;
namespace fs = std::filesystem;

namespace {

constexpr float kSize = 40;  // px, the kiosk's heading size
constexpr int kMargin = 16;  // hb-view's margin, in px

// A line of product text, the locale it is in and the face it must use.
struct Line {
  std::string locale, key, font;
  bool rtl = false;
};

// Each language's start button and a heading. Gujarati's start.heading holds
// "(short breaks)" in Latin, which one font cannot shape: its other heading is
// all Gujarati.
const std::vector<Line> kLines = {
    {"en-GB", "start.button", "NotoSans-Regular.ttf"}, {"en-GB", "start.heading", "NotoSans-Regular.ttf"},
    {"ar", "start.button", "NotoNaskhArabic-Regular.ttf", true}, {"ar", "start.heading", "NotoNaskhArabic-Regular.ttf", true},
    {"ur", "start.button", "NotoNastaliqUrdu-Regular.ttf", true}, {"ur", "start.heading", "NotoNastaliqUrdu-Regular.ttf", true},
    {"bn", "start.button", "NotoSansBengali-Regular.ttf"}, {"bn", "start.heading", "NotoSansBengali-Regular.ttf"},
    {"gu", "start.button", "NotoSansGujarati-Regular.ttf"}, {"gu", "start.need.heading", "NotoSansGujarati-Regular.ttf"},
    {"pa", "start.button", "NotoSansGurmukhi-Regular.ttf"}, {"pa", "start.heading", "NotoSansGurmukhi-Regular.ttf"},
};

std::string message(const std::string& locale, const std::string& key) {
  std::ifstream in(std::string(SIGNPOST_SOURCE_DIR) + "/i18n/" + locale + "/common.json");
  const auto json = nlohmann::json::parse(in);
  return json.at("messages").at(key).get<std::string>();
}

std::string font_path(const std::string& file) { return "/usr/share/fonts/truetype/noto/" + file; }

TextEngine& engine() {
  static std::unique_ptr<TextEngine> instance = [] {
    std::string error;
    auto made = TextEngine::create(&error);
    if (!made) FAIL("text engine: " << error);
    return made;
  }();
  return *instance;
}

// A scratch folder for the tools' input and output, removed at exit.
const fs::path& scratch() {
  static struct Dir {
    fs::path path = fs::temp_directory_path() / ("signpost-text-" + std::to_string(::getpid()));
    Dir() { fs::create_directories(path); }
    ~Dir() { fs::remove_all(path); }
  } dir;
  return dir.path;
}

// Runs a tool on a line of text (passed in a file, so no quoting is needed)
// and returns what it printed.
std::string run_tool(const std::string& tool_and_options, const Line& line, const std::string& text) {
  const fs::path text_file = scratch() / "line.txt";
  std::ofstream(text_file, std::ios::binary) << text;
  const std::string command = tool_and_options + " --language=" + line.locale + " --text-file='" + text_file.string() +
                              "' '" + font_path(line.font) + "'";
  std::string out;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char buffer[4096];
    for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
    pclose(pipe);
  }
  return out;
}

const TextLayout& lay_out(const std::string& text, const std::string& lang, float max_width = 0, bool rtl = false, float size = kSize) {
  TextStyle style;
  style.size_px = size;
  style.lang = lang;
  return engine().lay_out(text, style, max_width, rtl);
}

// A coverage image, 0 (paper) to 255 (ink).
struct Gray {
  int width = 0, height = 0;
  std::vector<int> pixels;
  int at(int x, int y) const { return x < 0 || y < 0 || x >= width || y >= height ? 0 : pixels[y * width + x]; }
};

Gray read_png_coverage(const fs::path& file) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  Gray out;
  if (!png_image_begin_read_from_file(&image, file.string().c_str())) return out;
  image.format = PNG_FORMAT_RGB;
  std::vector<png_byte> rgb(PNG_IMAGE_SIZE(image));
  png_color white{255, 255, 255};
  if (!png_image_finish_read(&image, &white, rgb.data(), 0, nullptr)) return out;
  out.width = static_cast<int>(image.width), out.height = static_cast<int>(image.height);
  out.pixels.resize(static_cast<std::size_t>(out.width) * out.height);
  for (std::size_t i = 0; i < out.pixels.size(); ++i) out.pixels[i] = 255 - rgb[i * 3 + 1];  // black on white
  return out;
}

// hb-view's baseline sits at margin + the font's ascender (its own extents at
// the same scale); our bitmap is drawn with the same fraction so that pixel
// rounding falls the same way.
float hb_ascender(const std::string& font) {
  hb_blob_t* blob = hb_blob_create_from_file(font_path(font).c_str());
  hb_face_t* face = hb_face_create(blob, 0);
  hb_font_t* hb = hb_font_create(face);
  hb_font_set_scale(hb, static_cast<int>(kSize * 64), static_cast<int>(kSize * 64));
  hb_font_extents_t extents{};
  hb_font_get_h_extents(hb, &extents);
  hb_font_destroy(hb), hb_face_destroy(face), hb_blob_destroy(blob);
  return extents.ascender / 64.0f;
}

// Our glyph images, placed as the layout says: overlapping glyphs add up
// (saturating), as cairo's glyph mask does.
Gray render_line(const TextLayout& layout, float ascender) {
  Gray out;
  out.width = static_cast<int>(std::ceil(layout.width)) + 2 * kMargin;
  out.height = static_cast<int>(std::ceil(layout.line_height + ascender)) + 2 * kMargin;
  out.pixels.assign(static_cast<std::size_t>(out.width) * out.height, 0);
  const LineBox& box = layout.line_boxes.at(0);
  for (const PlacedGlyph& g : layout.glyphs) {
    const GlyphImage image = engine().glyph_image(g.face, g.glyph, kSize);
    const long x0 = std::lround(kMargin + g.x - box.left) + image.left;
    const long y0 = std::lround(kMargin + ascender + g.y - box.baseline) - image.top;
    for (int y = 0; y < image.height; ++y) {
      for (int x = 0; x < image.width; ++x) {
        const long px = x0 + x, py = y0 + y;
        if (px < 0 || py < 0 || px >= out.width || py >= out.height) continue;
        int& p = out.pixels[py * out.width + px];
        p = std::min(255, p + image.alpha[y * image.width + x]);
      }
    }
  }
  return out;
}

struct Box {
  int left = 0, top = 0, right = -1, bottom = -1;  // inclusive
};

Box ink_box(const Gray& image) {
  Box box{image.width, image.height, -1, -1};
  for (int y = 0; y < image.height; ++y) {
    for (int x = 0; x < image.width; ++x) {
      if (image.at(x, y) < 32) continue;  // faint edges vary with rounding
      box.left = std::min(box.left, x), box.right = std::max(box.right, x);
      box.top = std::min(box.top, y), box.bottom = std::max(box.bottom, y);
    }
  }
  return box;
}

}  // namespace

TEST_CASE("Each line of product text shapes to the glyphs and positions hb-shape gives") {
  for (const Line& line : kLines) {
    const std::string text = message(line.locale, line.key);
    CAPTURE(line.key);
    CAPTURE(text);
    // hb-shape's --font-size is its scale, in whole output units: 64 times the
    // pixel size gives 26.6 fixed point, as the engine uses, so no rounding.
    const std::string out = run_tool("hb-shape --output-format=json --no-glyph-names --font-size=" +
                                         std::to_string(static_cast<int>(kSize * 64)), line, text);
    REQUIRE_MESSAGE(!out.empty(), "hb-shape (libharfbuzz-bin) gave nothing");
    const auto reference = nlohmann::json::parse(out);
    const TextLayout& layout = lay_out(text, line.locale, 0, line.rtl);
    REQUIRE(layout.lines == 1);
    REQUIRE(layout.glyphs.size() == reference.size());
    const LineBox& box = layout.line_boxes[0];
    long pen = 0;
    float worst = 0;
    int same_ids = 0;
    for (std::size_t i = 0; i < reference.size(); ++i) {
      const auto& r = reference[i];
      const PlacedGlyph& g = layout.glyphs[i];
      CHECK(engine().face_file(g.face) == font_path(line.font));
      same_ids += g.glyph == r.at("g").get<std::uint32_t>();
      const float x = (pen + r.at("dx").get<long>()) / 64.0f, y = -r.at("dy").get<long>() / 64.0f;
      worst = std::max({worst, std::abs(g.x - box.left - x), std::abs(g.y - box.baseline - y)});
      pen += r.at("ax").get<long>();
    }
    CHECK(same_ids == static_cast<int>(reference.size()));
    CHECK(worst <= 1.0f);
    // Within a wide column (measured, then fitted on one line) the glyphs are the same.
    const TextLayout& wide = lay_out(text, line.locale, 4000, line.rtl);
    REQUIRE(wide.glyphs.size() == layout.glyphs.size());
    for (std::size_t i = 0; i < wide.glyphs.size(); ++i) {
      CHECK(wide.glyphs[i].glyph == layout.glyphs[i].glyph);
      CHECK(wide.glyphs[i].x - wide.line_boxes[0].left == doctest::Approx(layout.glyphs[i].x - box.left));
    }
    CHECK(std::abs(box.width - pen / 64.0f) <= 1.0f);
    MESSAGE(line.locale << " " << line.key << ": " << same_ids << "/" << reference.size()
                        << " glyph ids match hb-shape; largest position difference " << worst << " px");
  }
}

TEST_CASE("Each line of product text draws as hb-view draws it") {
  for (const Line& line : kLines) {
    const std::string text = message(line.locale, line.key);
    CAPTURE(line.key);
    CAPTURE(text);
    const fs::path png = scratch() / "reference.png";
    fs::remove(png);
    run_tool("hb-view --font-size=" + std::to_string(static_cast<int>(kSize)) + " --margin=" + std::to_string(kMargin) +
                 " --background=FFFFFF --foreground=000000 -O png -o '" + png.string() + "'",
             line, text);
    const Gray reference = read_png_coverage(png);
    REQUIRE_MESSAGE(reference.width > 0, "hb-view (libharfbuzz-bin) made no readable PNG");
    const Gray ours = render_line(lay_out(text, line.locale, 0, line.rtl), hb_ascender(line.font));
    const Box a = ink_box(ours), b = ink_box(reference);
    REQUIRE(a.right >= a.left);
    const int dw = std::abs((a.right - a.left) - (b.right - b.left)), dh = std::abs((a.bottom - a.top) - (b.bottom - b.top));
    CHECK(dw <= 2);
    CHECK(dh <= 2);
    // Aligned by the ink boxes' top-left corners, over the larger box.
    const int w = std::max(a.right - a.left, b.right - b.left) + 1, h = std::max(a.bottom - a.top, b.bottom - b.top) + 1;
    double sum = 0, shifted = 0;
    int worst = 0, ink = 0;
    for (int y = 0; y < h; ++y) {
      for (int x = 0; x < w; ++x) {
        const int p = ours.at(a.left + x, a.top + y), q = reference.at(b.left + x, b.top + y);
        sum += std::abs(p - q), worst = std::max(worst, std::abs(p - q)), ink += q > 127;
        shifted += std::abs(reference.at(b.left + x - 1, b.top + y) - q);  // for scale: hb-view against itself, 1 px off
      }
    }
    const double area = static_cast<double>(w) * h, mean = sum / area;
    CHECK(mean < 2.0);  // of 255: the same pixels, up to rounding where glyphs overlap
    CHECK(mean < shifted / area / 10);
    MESSAGE(line.locale << " " << line.key << ": ink box " << w << "x" << h << " px (" << ink << " dark px), sizes differ by "
                        << dw << "," << dh << " px, offset " << a.left - b.left << "," << a.top - b.top
                        << " px; mean |difference| " << mean << "/255 (hb-view 1 px off itself: " << shifted / area
                        << "), largest " << worst << "/255");
  }
}

namespace {

std::vector<std::uint32_t> glyph_ids(const std::string& text, const std::string& lang, bool rtl = false) {
  std::vector<std::uint32_t> out;
  for (const PlacedGlyph& g : lay_out(text, lang, 0, rtl).glyphs) out.push_back(g.glyph);
  return out;
}

}  // namespace

TEST_CASE("An Urdu line runs right to left: each character's glyphs lie left of the one before") {
  const std::string text = message("ur", "start.heading");
  const TextLayout& layout = lay_out(text, "ur", 0, true);
  std::map<std::uint32_t, float> leftmost;  // by cluster (logical order)
  for (const PlacedGlyph& g : layout.glyphs) {
    auto [it, fresh] = leftmost.emplace(g.cluster, g.x);
    if (!fresh) it->second = std::min(it->second, g.x);
  }
  REQUIRE(leftmost.size() > 20);
  float previous = 1e9f;
  int decreasing = 0;
  for (const auto& [cluster, x] : leftmost) decreasing += x < previous, previous = x;
  CHECK(decreasing == static_cast<int>(leftmost.size()));
  CHECK(leftmost.begin()->second > leftmost.rbegin()->second);
}

TEST_CASE("Arabic and Urdu letters join: no dual-joining letter keeps its isolated form inside a word") {
  const std::vector<std::vector<std::string>> cases = {{"ar", "start.heading", "يمكن", "يمكن"}, {"ur", "start.heading", "مختصر", "مختص"}};
  for (const auto& c : cases) {
    CAPTURE(c[2]);
    REQUIRE(message(c[0], c[1]).find(c[2]) != std::string::npos);  // product text
    const auto joined = glyph_ids(c[2], c[0], true);
    for (std::size_t i = 0; i < c[3].size(); i += 2) {  // each letter is two bytes of UTF-8
      // A letter alone may come as its body and its dots: the body is the largest glyph.
      std::uint32_t body = 0;
      int area = -1;
      for (const std::uint32_t id : glyph_ids(c[3].substr(i, 2), c[0], true)) {
        const GlyphImage image = engine().glyph_image(lay_out(c[3].substr(i, 2), c[0], 0, true).glyphs[0].face, id, kSize);
        if (image.width * image.height > area) area = image.width * image.height, body = id;
      }
      CAPTURE(body);
      CHECK(std::find(joined.begin(), joined.end(), body) == joined.end());
    }
  }
}

TEST_CASE("Bengali, Gujarati and Gurmukhi form conjuncts and draw pre-base vowel signs before their consonant") {
  // locale, key, a word with a conjunct, a word with a pre-base vowel sign, its consonant
  const std::vector<std::vector<std::string>> cases = {{"bn", "start.heading", "ব্রেক", "পরিবার", "র"},
                                                       {"gu", "page.noscript", "ઉપલબ્ધ", "પરિવારને", "ર"},
                                                       {"pa", "start.heading", "ਬ੍ਰੇਕ", "ਪਰਿਵਾਰ", "ਰ"}};
  for (const auto& c : cases) {
    CAPTURE(c[2]);
    CAPTURE(c[3]);
    const std::string text = message(c[0], c[1]) + " " + message(c[0], "start.heading");
    REQUIRE(text.find(c[2]) != std::string::npos);
    REQUIRE(text.find(c[3]) != std::string::npos);
    // A conjunct: the virama takes no glyph of its own, so fewer glyphs than characters.
    const int characters = static_cast<int>(c[2].size() / 3);  // these scripts take three bytes a character
    CHECK(static_cast<int>(glyph_ids(c[2], c[0]).size()) < characters);
    // The consonant carrying the sign: its glyph is in the word, but the
    // cluster (consonant + sign) starts with another glyph: the sign, moved before it.
    const std::uint32_t consonant = glyph_ids(c[4], c[0]).at(0);
    const TextLayout& word = lay_out(c[3], c[0]);
    const auto at = std::find_if(word.glyphs.begin(), word.glyphs.end(), [&](const PlacedGlyph& g) { return g.glyph == consonant; });
    REQUIRE(at != word.glyphs.end());
    REQUIRE(at != word.glyphs.begin());
    CHECK((at - 1)->cluster == at->cluster);
    CHECK((at - 1)->x < at->x);
  }
}

TEST_CASE("A paragraph wraps within max_width, line by line in reading order") {
  for (const std::string locale : {"en-GB", "ur", "bn", "pa"}) {
    CAPTURE(locale);
    const bool rtl = locale == "ur";
    const float max_width = 520;
    const std::string text = message(locale, "page.noscript");
    const TextLayout& layout = lay_out(text, locale, max_width, rtl, 32);
    CHECK(layout.lines >= 3);
    CHECK(layout.width <= max_width);
    CHECK(layout.height == doctest::Approx(layout.lines * layout.line_height));
    std::uint32_t last_cluster = 0;
    for (int i = 0; i < layout.lines; ++i) {
      const LineBox& box = layout.line_boxes[i];
      CHECK(box.width <= max_width);
      CHECK(box.glyph_count > 0);
      if (rtl) CHECK(box.left + box.width == doctest::Approx(max_width));
      if (!rtl) CHECK(box.left == 0);
      std::uint32_t first = UINT32_MAX, last = 0;
      for (int k = box.first_glyph; k < box.first_glyph + box.glyph_count; ++k) {
        const PlacedGlyph& g = layout.glyphs[k];
        CHECK(g.x >= box.left - 0.01f);
        CHECK(g.x <= box.left + box.width + 0.01f);
        first = std::min(first, g.cluster), last = std::max(last, g.cluster);
      }
      if (i > 0) CHECK(first > last_cluster);
      last_cluster = last;
    }
    MESSAGE(locale << " page.noscript at 32 px in " << max_width << " px: " << layout.lines << " lines, line height "
                   << layout.line_height << " px");
  }
}

TEST_CASE("Latin inside an Urdu paragraph stays left to right, in Noto Sans") {
  const std::string text = message("ur", "page.noscript");
  const auto start = static_cast<std::uint32_t>(text.find("JavaScript"));
  const TextLayout& layout = lay_out(text, "ur", 0, true);
  std::vector<PlacedGlyph> latin;
  for (const PlacedGlyph& g : layout.glyphs) {
    if (g.cluster >= start && g.cluster < start + 10) latin.push_back(g);
  }
  REQUIRE(latin.size() == 10);
  for (std::size_t i = 1; i < latin.size(); ++i) {
    CHECK(latin[i].cluster > latin[i - 1].cluster);
    CHECK(latin[i].x > latin[i - 1].x);
  }
  CHECK(engine().face_file(latin[0].face) == font_path("NotoSans-Regular.ttf"));
}

TEST_CASE("Faces follow weight and language") {
  const auto face_of = [](const std::string& text, bool bold, const std::string& lang) {
    return engine().face_file(engine().lay_out(text, TextStyle{kSize, bold, lang}, 0, false).glyphs.at(0).face);
  };
  CHECK(face_of("Start now", true, "") == font_path("NotoSans-Bold.ttf"));
  CHECK(face_of(message("ar", "start.button"), false, "ar") == font_path("NotoNaskhArabic-Regular.ttf"));
  CHECK(face_of(message("ar", "start.button"), false, "ur-PK") == font_path("NotoNastaliqUrdu-Regular.ttf"));
  CHECK(face_of(message("ar", "start.button"), false, "") == font_path("NotoNaskhArabic-Regular.ttf"));
  CHECK(face_of(message("bn", "start.button"), true, "") == font_path("NotoSansBengali-Bold.ttf"));
}

TEST_CASE("Broken input and hard breaks lay out without crashing") {
  const TextLayout& broken = lay_out(std::string("ab\xff\xfe c\xc3", 7) + "\xe0\xa6", "en");
  CHECK(broken.lines == 1);
  CHECK(broken.glyphs.size() >= 5);
  const TextLayout& empty = lay_out("", "en");
  CHECK(empty.lines == 1);
  CHECK(empty.glyphs.empty());
  CHECK(empty.height > 0);
  const TextLayout& three = lay_out("one\ntwo\r\n\nfour", "en", 0, true);
  CHECK(three.lines == 4);
  CHECK(three.line_boxes[2].glyph_count == 0);
  CHECK(three.glyphs.back().cluster == 13);  // the "r" of "four", a byte offset into the input
  const TextLayout& narrow = lay_out("Incomprehensibilities", "en", 60);  // one word wider than the line
  CHECK(narrow.lines > 2);
  for (const LineBox& box : narrow.line_boxes) CHECK(box.width <= 60);
}

TEST_CASE("Random mixtures of scripts, controls and broken bytes lay out without crashing") {
  const std::vector<std::string> pieces = {"a", "Start ", "ابدأ", "ابھی ", "এখনই", "ਹੁਣੇ", "હમણાં", "\u0651", "\u200d", "\u200c",
                                           "\u202e", "\u2067", "\u2069", "(", ")", " ", "\n", "\r", "5", "\xff", "\xe0\xa6",
                                           "\xf0\x9f\x98", "\U0001F600", "\u0964", "\u060c", "\t", "\u00a0"};
  std::uint32_t seed = 12345;
  const auto next = [&seed] { return seed = seed * 1664525u + 1013904223u, seed >> 8; };
  for (int round = 0; round < 300; ++round) {
    std::string text;
    for (int n = next() % 24; n > 0; --n) text += pieces[next() % pieces.size()];
    const float max_width = next() % 3 == 0 ? 0.0f : static_cast<float>(next() % 400);
    const TextLayout& layout = lay_out(text, next() % 2 ? "ur" : "bn", max_width, next() % 2, 20);
    CHECK(layout.lines == static_cast<int>(layout.line_boxes.size()));
    for (const PlacedGlyph& g : layout.glyphs) CHECK(g.cluster <= text.size());
  }
}

TEST_CASE("The glyph atlas packs glyphs by key, grows, and starts over when full") {
  GlyphAtlas atlas(64, 64, 128);
  CHECK(atlas.dirty());
  atlas.clear_dirty();
  const TextLayout& layout = lay_out(message("bn", "start.heading"), "bn", 0, false, 24);
  const std::uint32_t first_generation = atlas.generation();
  for (const PlacedGlyph& g : layout.glyphs) {
    const AtlasGlyph placed = atlas.get(engine(), g.face, g.glyph, 24);
    const GlyphImage image = engine().glyph_image(g.face, g.glyph, 24);
    CHECK(placed.width == image.width);
    CHECK(atlas.contains(g.face, g.glyph, 24));
    if (placed.width == 0) continue;
    const int x = static_cast<int>(std::lround(placed.u0 * atlas.width())), y = static_cast<int>(std::lround(placed.v0 * atlas.height()));
    const int cx = image.width / 2, cy = image.height / 2;
    CHECK(atlas.coverage()[(y + cy) * atlas.width() + x + cx] == image.alpha[cy * image.width + cx]);
  }
  CHECK(atlas.dirty());
  CHECK(atlas.generation() != first_generation);  // 64x64 could not hold a line of 24 px Bengali
  CHECK(atlas.height() == 128);
  CHECK(atlas.coverage()[1 * atlas.width() + 1] == 255);  // the white texel
}

TEST_CASE("A font opens when text first needs it, and a missing one is named at start") {
  std::string error;
  auto fonts = FontSet::open("/usr/share/fonts/truetype/noto", &error);
  REQUIRE_MESSAGE(fonts, error);
  CHECK(fonts->open_count() == 2);  // Noto Sans, regular and bold: Latin, digits and the fallback
  const int nastaliq = fonts->face_for(USCRIPT_ARABIC, false, "ur");
  CHECK(fonts->metrics(nastaliq, 40).ascent > 0);
  CHECK(fonts->open_count() == 3);
  CHECK(fonts->covers(fonts->face_for(USCRIPT_BENGALI, true, "bn"), 0x0995));  // Bengali KA
  CHECK(fonts->open_count() == 4);
  CHECK(fonts->ft_face(nastaliq) != fonts->ft_face(0));
  CHECK_FALSE(FontSet::open("/nowhere", &error));
  CHECK(error == "cannot open font /nowhere/NotoSans-Regular.ttf (Debian: fonts-noto-core)");
}

TEST_CASE("Timing: laying out a paragraph of about 200 characters") {
  using clock = std::chrono::steady_clock;
  for (const std::string locale : {"en-GB", "bn", "ur"}) {
    const std::string text = message(locale, "page.noscript");
    const int rounds = 20;
    lay_out(text, locale, 599, locale == "ur", 32);  // warm: ICU's break rules for the language load once
    const auto start = clock::now();
    for (int i = 0; i < rounds; ++i) lay_out(text, locale, 600.0f + static_cast<float>(i), locale == "ur", 32);  // each a cache miss
    const double miss = std::chrono::duration<double, std::micro>(clock::now() - start).count() / rounds;
    const auto again = clock::now();
    for (int i = 0; i < rounds; ++i) lay_out(text, locale, 600.0f + static_cast<float>(i), locale == "ur", 32);
    const double hit = std::chrono::duration<double, std::micro>(clock::now() - again).count() / rounds;
    const std::string heading = message(locale, "start.heading");
    const auto once = clock::now();
    for (int i = 0; i < rounds; ++i) lay_out(heading, locale, 4000.0f + static_cast<float>(i), locale == "ur", 32);
    const double line = std::chrono::duration<double, std::micro>(clock::now() - once).count() / rounds;
    const auto characters = std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; });
    MESSAGE(locale << " page.noscript (" << characters << " characters), wrapped at 32 px: " << miss
                   << " us per lay_out, " << hit << " us from the cache; start.heading on one line: " << line << " us");
  }
}
