// The result printout: Mo's result screen as a PDF in English and in Urdu
// (right to left), read back with poppler's pdftotext when it is installed;
// and where a printout goes: one whole file in the print folder, or a clear
// failure for a printer CUPS does not have.
#include "kiosk_support.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <regex>

#include "kiosk/core/family_session.h"
#include "kiosk/core/take_away.h"
#include "kiosk/platform/printer.h"
#include "render/pdf/pdf_renderer.h"
#include "render/text/text_engine.h"

using namespace signpost;
using core::flow::Event;
using core::json::Json;
namespace fs = std::filesystem;

namespace {

const kiosk::KioskContent& content() { return test::kiosk_content(); }

render::text::TextEngine& engine() {
  static std::unique_ptr<render::text::TextEngine> kEngine = [] {
    std::string error;
    auto e = render::text::TextEngine::create(&error);
    INFO(error);
    REQUIRE(e);
    return e;
  }();
  return *kEngine;
}

// Mo's answers (tests/cases/mo.json), through to the result.
void answer_mo(kiosk::FamilySession& family) {
  test::send_mo(family);
  REQUIRE(family.screen().kind == core::view::ScreenKind::kResult);
}

int page_count(const std::string& pdf) {
  static const std::regex kPage("/Type\\s*/Page[^s]");
  return static_cast<int>(std::distance(std::sregex_iterator(pdf.begin(), pdf.end(), kPage), std::sregex_iterator()));
}

// pdftotext's reading of the PDF, whitespace folded; nullopt without poppler-utils.
std::optional<std::string> pdf_text(const std::string& pdf, const fs::path& dir) {
  if (std::system("command -v pdftotext >/dev/null 2>&1") != 0) return std::nullopt;
  fs::create_directories(dir);
  const fs::path file = dir / "read.pdf";
  std::ofstream(file, std::ios::binary) << pdf;
  std::string text;
  if (FILE* p = ::popen(("pdftotext -enc UTF-8 '" + file.string() + "' - 2>/dev/null").c_str(), "r")) {
    char buf[4096];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) text.append(buf, n);
    ::pclose(p);
  }
  return std::regex_replace(text, std::regex("\\s+"), " ");
}

std::string first_heading(const core::view::Screen& screen) {
  for (const auto& e : screen.elements)
    if (const auto* h = std::get_if<core::view::Heading>(&e)) return h->text;
  return {};
}

}  // namespace

TEST_CASE("printout: Mo's result in English is a PDF that reads as the result, with the take-away caption") {
  kiosk::FamilySession family(content(), test::kToday, "en-GB");
  answer_mo(family);
  auto screen = family.screen();
  screen.labels["take_away.qr"] = family.words().text("kiosk.take_away.qr");
  const std::string url = kiosk::resume_url(family.session().state(), "http://127.0.0.1:8080/");
  const std::string pdf = render::pdf::result_pdf(screen, engine(), url);
  REQUIRE(pdf.rfind("%PDF", 0) == 0);
  CHECK(pdf.find("%%EOF") != std::string::npos);
  const int pages = page_count(pdf);
  MESSAGE("English result: " << pdf.size() << " bytes, " << pages << " pages");
  CHECK(pages > 0);

  test::TempDir dir("print-test");
  if (auto text = pdf_text(pdf, dir.path)) {
    const std::string heading = first_heading(screen);
    REQUIRE_FALSE(heading.empty());
    CHECK_MESSAGE(text->find(heading) != std::string::npos, "no \"" << heading << "\" in: " << text->substr(0, 400));
    CHECK(text->find("Scan this code") != std::string::npos);
    // An outcome card's title, from further down the page.
    for (const auto& e : screen.elements)
      if (const auto* o = std::get_if<core::view::Outcome>(&e)) CHECK(text->find(o->card.title) != std::string::npos);
  } else {
    MESSAGE("pdftotext is not installed: the PDF's text is not checked");
  }
}

TEST_CASE("printout: Mo's result in Urdu, right to left, is a PDF too") {
  kiosk::FamilySession family(content(), test::kToday, "en-GB");
  answer_mo(family);
  family.set_locale("ur");
  const auto screen = family.screen();
  REQUIRE(screen.dir == "rtl");
  const std::string url = kiosk::resume_url(family.session().state(), "http://127.0.0.1:8080/");
  const std::string pdf = render::pdf::result_pdf(screen, engine(), url);
  REQUIRE(pdf.rfind("%PDF", 0) == 0);
  MESSAGE("Urdu result: " << pdf.size() << " bytes, " << page_count(pdf) << " pages");
  CHECK(page_count(pdf) > 0);
  // Without a QR code or a caption, still a PDF.
  const std::string plain = render::pdf::result_pdf(screen, engine(), "");
  CHECK(plain.rfind("%PDF", 0) == 0);
  CHECK(plain.size() < pdf.size());
}

TEST_CASE("printout: saving to the print folder leaves exactly one whole PDF and nothing half-written") {
  test::TempDir dir("print-test");
  const fs::path folder = dir.path / "prints" / "today";  // made if missing
  const std::string pdf = "%PDF-1.5\nnot really a printout\n%%EOF\n";
  const auto first = kiosk::print_pdf(pdf, "", folder.string(), "Your result");
  INFO(first.error);
  REQUIRE(first.ok);
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder)) files.push_back(entry.path());
  REQUIRE(files.size() == 1);
  CHECK(files[0] == fs::path(first.where));
  CHECK(std::regex_match(files[0].filename().string(), std::regex(R"(signpost-result-\d{8}-\d{6}-\d+\.pdf)")));
  std::ifstream written(files[0], std::ios::binary);
  CHECK(std::string(std::istreambuf_iterator<char>(written), std::istreambuf_iterator<char>()) == pdf);

  // A second print in the same second gets a name of its own.
  const auto second = kiosk::print_pdf(pdf, "", folder.string(), "Your result");
  REQUIRE(second.ok);
  CHECK(second.where != first.where);
  CHECK(std::distance(fs::directory_iterator(folder), fs::directory_iterator()) == 2);
}

TEST_CASE("printout: a printer CUPS does not have is a clear failure, and nothing is written") {
  test::TempDir dir("print-test");
  const fs::path folder = dir.path / "prints";
  const auto result = kiosk::print_pdf("%PDF-1.5\n%%EOF\n", "signpost-no-such-printer", folder.string(), "Your result");
  CHECK_FALSE(result.ok);
  MESSAGE("CUPS error: " << result.error);
  CHECK(result.error.find("CUPS") != std::string::npos);
  CHECK(result.where.empty());
  CHECK_FALSE(fs::exists(folder));
}

// Needs a CUPS server with a queue that takes PDF (CUPS_SERVER may point at a
// private cupsd): SIGNPOST_TEST_CUPS_PRINTER=<queue>. Skipped otherwise.
TEST_CASE("printout: a real printout streams to a CUPS queue when one is given") {
  const char* queue = std::getenv("SIGNPOST_TEST_CUPS_PRINTER");
  if (queue == nullptr || *queue == 0) {
    MESSAGE("SIGNPOST_TEST_CUPS_PRINTER is not set: printing to CUPS is not tried");
    return;
  }
  kiosk::FamilySession family(content(), test::kToday, "en-GB");
  answer_mo(family);
  const std::string pdf = render::pdf::result_pdf(family.screen(), engine(), "http://127.0.0.1:8080/#x");
  const auto result = kiosk::print_pdf(pdf, queue, "", family.screen().title);
  INFO(result.error);
  CHECK(result.ok);
  MESSAGE("printed to " << result.where);
}
