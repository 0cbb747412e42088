// Content bundles and the content a kiosk runs on: manifest.json read and
// written, unsafe paths refused with their JSON path, corrupt, partial, missing
// and unlisted files found, and the fallback from a bad bundle to the last good
// one and then to the built-in content. Over HTTP: tests/feeds/content_update.test.mjs.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include <nlohmann/json.hpp>

#include "core/content/content_source.h"
#include "platform/native/content_bundle.h"
#include "platform/native/content_update.h"
#include "platform/native/directory_content.h"

using namespace signpost;
namespace fs = std::filesystem;

namespace {

// A folder of its own under the system's temporary folder, removed afterwards.
struct TempFolder {
  fs::path path;
  TempFolder() : path(fs::temp_directory_path() / ("signpost-bundle-test-" + std::to_string(std::random_device{}()))) {
    fs::create_directories(path);
  }
  ~TempFolder() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

void write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
}

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

const std::vector<std::pair<std::string, std::string>> kFiles = {
    {"offers/leicestershire/pack.json", "{\"id\": \"leicestershire\"}\n"},
    {"i18n/en-GB/common.json", "{\"messages\": {}}\n"},
    {"easyread/pictures/yes.svg", "<svg/>"},
};

// A bundle in `folder` holding kFiles and its manifest.
core::content::Manifest make_bundle(const fs::path& folder, const std::string& version) {
  for (const auto& [path, text] : kFiles) write(folder / path, text);
  core::json::Diagnostics out;
  auto m = platform::build_manifest(folder.string(), version, out);
  INFO(out.to_string());
  REQUIRE(m);
  write(folder / core::content::kManifestName, core::content::manifest_json(*m));
  return *m;
}

// A manifest whose second file is `path`.
std::string manifest_listing(const std::string& path) {
  const std::string sha(64, 'a');
  return R"({"format": 1, "version": "v", "files": [{"path": "offers/a/pack.json", "sha256": ")" + sha +
         R"(", "bytes": 1}, {"path": )" + nlohmann::json(path).dump() + R"(, "sha256": ")" + sha + R"(", "bytes": 1}]})";
}

bool mentions(const core::json::Diagnostics& d, const std::string& text) {
  return d.to_string().find(text) != std::string::npos;
}

}  // namespace

TEST_CASE("bundle: SHA-256 is the standard one") {
  CHECK(platform::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(platform::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("bundle: a manifest is built sorted by path, written, and read back the same") {
  TempFolder t;
  const auto built = make_bundle(t.path, "2025-06-01 (spring)");
  REQUIRE(built.files.size() == kFiles.size());
  CHECK(built.files[0].path == "easyread/pictures/yes.svg");
  CHECK(built.files[1].path == "i18n/en-GB/common.json");
  CHECK(built.files[2].path == "offers/leicestershire/pack.json");
  CHECK(built.files[2].bytes == kFiles[0].second.size());
  CHECK(built.files[2].sha256 == platform::sha256_hex(kFiles[0].second));

  core::json::Diagnostics out;
  auto read_back = core::content::parse_manifest(read(t.path / core::content::kManifestName), "manifest.json", out);
  INFO(out.to_string());
  REQUIRE(read_back);
  CHECK(read_back->format == 1);
  CHECK(read_back->version == "2025-06-01 (spring)");
  REQUIRE(read_back->files.size() == built.files.size());
  for (std::size_t i = 0; i < built.files.size(); ++i) {
    CHECK(read_back->files[i].path == built.files[i].path);
    CHECK(read_back->files[i].sha256 == built.files[i].sha256);
    CHECK(read_back->files[i].bytes == built.files[i].bytes);
  }
  CHECK(platform::verify_bundle(t.path.string(), *read_back, out));
  CHECK(out.empty());
}

TEST_CASE("bundle: unsafe paths are refused, each naming its JSON path") {
  for (const std::string path : {"/etc/passwd", "../outside.json", "offers/../../outside.json", "offers\\a\\pack.json",
                                 "offers//pack.json", "offers/a/", "offers/./a.json", "web/index.html", "manifest.json",
                                 "offers", "", "offers/a/\x01.json", "offers/caf\xc3\xa9.json"}) {
    CAPTURE(path);
    CHECK(core::content::path_problem(path));
    core::json::Diagnostics out;
    CHECK_FALSE(core::content::parse_manifest(manifest_listing(path), "manifest.json", out));
    REQUIRE(out.size() == 1);
    CHECK(out.items()[0].file == "manifest.json");
    CHECK(out.items()[0].pointer == "/files/1/path");
    CHECK(out.items()[0].message.find("unsafe path") == 0);
  }
  for (const std::string path : {"offers/leicestershire/pack.json", "i18n/pl/common.json", "easyread/pictures/yes.svg"})
    CHECK_FALSE(core::content::path_problem(path));
}

TEST_CASE("bundle: a manifest's other mistakes name their JSON path and say what was expected") {
  const std::string sha(64, 'b');
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"({"format": 2, "version": "v", "files": []})", "manifest.json: /format: expected 1"},
      {R"({"format": 1, "version": "", "files": []})", "manifest.json: /version: expected a version"},
      {R"({"format": 1, "version": "v", "files": {}})", "manifest.json: /files: expected an array"},
      {R"({"format": 1, "version": "v", "files": [{"path": "offers/a/b.json", "sha256": "XYZ", "bytes": 1}]})",
       "manifest.json: /files/0/sha256: expected a SHA-256"},
      {R"({"format": 1, "version": "v", "files": [{"path": "offers/a/b.json", "sha256": ")" + sha + R"(", "bytes": -1}]})",
       "manifest.json: /files/0/bytes: expected a size in bytes"},
      {R"({"format": 1, "version": "v", "files": [{"path": "offers/a/b.json", "sha256": ")" + sha +
           R"(", "bytes": 1}, {"path": "offers/a/b.json", "sha256": ")" + sha + R"(", "bytes": 1}]})",
       "manifest.json: /files/1/path: \"offers/a/b.json\" is listed twice"},
      {R"({"format": 1, "version": "v", "files": [], "signed": true})", "manifest.json: /signed: unknown key"},
      {R"({"format": 1, "version": "v", "files": [)", "manifest.json:1:"},
  };
  for (const auto& [text, expected] : cases) {
    CAPTURE(text);
    core::json::Diagnostics out;
    CHECK_FALSE(core::content::parse_manifest(text, "manifest.json", out));
    CHECK_MESSAGE(mentions(out, expected), out.to_string());
  }
}

TEST_CASE("bundle: a corrupt, partial, missing, linked or unlisted file is found, naming the file and its manifest entry") {
  TempFolder t;
  const auto m = make_bundle(t.path, "v1");
  const fs::path pack = t.path / "offers/leicestershire/pack.json";
  const std::string good = read(pack);

  SUBCASE("one byte flipped") {
    std::string bad = good;
    bad[3] ^= 0x20;
    write(pack, bad);
    core::json::Diagnostics out;
    CHECK_FALSE(platform::verify_bundle(t.path.string(), m, out));
    REQUIRE(out.size() == 1);
    CHECK(out.items()[0].file == "offers/leicestershire/pack.json");
    CHECK(mentions(out, "expected SHA-256 " + platform::sha256_hex(good) + " (manifest.json /files/2)"));
  }
  SUBCASE("cut short") {
    write(pack, good.substr(0, good.size() / 2));
    core::json::Diagnostics out;
    CHECK_FALSE(platform::verify_bundle(t.path.string(), m, out));
    CHECK(mentions(out, "offers/leicestershire/pack.json: expected " + std::to_string(good.size()) + " bytes (manifest.json /files/2)"));
  }
  SUBCASE("missing") {
    fs::remove(pack);
    core::json::Diagnostics out;
    CHECK_FALSE(platform::verify_bundle(t.path.string(), m, out));
    CHECK(mentions(out, "offers/leicestershire/pack.json: missing"));
  }
  SUBCASE("a link in its place, pointing at a file with the same bytes") {
    write(t.path / "elsewhere.json", good);
    fs::remove(pack);
    fs::create_symlink(t.path / "elsewhere.json", pack);
    core::json::Diagnostics out;
    CHECK_FALSE(platform::verify_bundle(t.path.string(), m, out));
    CHECK(mentions(out, "offers/leicestershire/pack.json: expected a file"));
  }
  SUBCASE("a file the manifest does not list") {
    write(t.path / "offers/leicestershire/extra.json", "{}");
    core::json::Diagnostics out;
    CHECK_FALSE(platform::verify_bundle(t.path.string(), m, out));
    CHECK(mentions(out, "offers/leicestershire/extra.json: not in manifest.json"));
  }
}

TEST_CASE("content update: without a bundle the kiosk runs on the built-in content") {
  TempFolder t;
  std::string which;
  auto content = platform::current_content((t.path / "content").string(), &which);
  CHECK(dynamic_cast<core::content::EmbeddedContent*>(content.get()));
  CHECK(which.find("built-in content (no content bundle") == 0);
  CHECK(content->read("offers/leicestershire/pack.json"));
}

TEST_CASE("content update: a bundle that verifies is used; one that does not falls back to the last good one, then to the built-in content") {
  TempFolder t;
  make_bundle(t.path / "bundles/v1-aaaa", "v1");
  make_bundle(t.path / "bundles/v2-bbbb", "v2");
  write(t.path / "bundles/v2-bbbb/offers/leicestershire/pack.json", "{\"id\": \"leicestershire\", \"new\": 2}\n");
  // v2's manifest names the new pack.
  core::json::Diagnostics out;
  auto m2 = platform::build_manifest((t.path / "bundles/v2-bbbb").string(), "v2", out);
  REQUIRE(m2);
  write(t.path / "bundles/v2-bbbb/manifest.json", core::content::manifest_json(*m2));
  fs::create_symlink("bundles/v2-bbbb", t.path / "current");
  fs::create_symlink("bundles/v1-aaaa", t.path / "previous");

  std::string which;
  auto content = platform::current_content(t.path.string(), &which);
  REQUIRE(dynamic_cast<platform::DirectoryContent*>(content.get()));
  CHECK(which.find("bundle v2 (") == 0);
  CHECK(content->read("offers/leicestershire/pack.json") == "{\"id\": \"leicestershire\", \"new\": 2}\n");

  // One byte of the current bundle flipped: the last good one serves.
  write(t.path / "bundles/v2-bbbb/offers/leicestershire/pack.json", "{\"id\": \"leicestershire\", \"new\": 3}\n");
  content = platform::current_content(t.path.string(), &which);
  REQUIRE(dynamic_cast<platform::DirectoryContent*>(content.get()));
  CHECK(which.find("bundle v1 (") == 0);
  CHECK(which.find("current bundle refused: bundles/v2-bbbb/offers/leicestershire/pack.json: expected SHA-256") != std::string::npos);
  CHECK(content->read("offers/leicestershire/pack.json") == kFiles[0].second);

  // Both broken: the built-in content.
  fs::remove(t.path / "bundles/v1-aaaa/i18n/en-GB/common.json");
  content = platform::current_content(t.path.string(), &which);
  CHECK(dynamic_cast<core::content::EmbeddedContent*>(content.get()));
  CHECK(which.find("built-in content (current bundle refused") == 0);
  CHECK(which.find("previous bundle refused: bundles/v1-aaaa/i18n/en-GB/common.json: missing") != std::string::npos);
}

TEST_CASE("content update: a link that leads outside bundles/ is not followed") {
  TempFolder t;
  make_bundle(t.path / "elsewhere", "v1");
  fs::create_symlink("elsewhere", t.path / "current");
  std::string which;
  auto content = platform::current_content(t.path.string(), &which);
  CHECK(dynamic_cast<core::content::EmbeddedContent*>(content.get()));
  CHECK(which.find("current: expected a link to bundles/<name>") != std::string::npos);
}

TEST_CASE("content update: an update with no URL, or no server, changes nothing") {
  TempFolder t;
  auto none = platform::update_content("", (t.path / "content").string());
  CHECK(none.status == platform::UpdateStatus::kRefused);
  CHECK(none.summary.find("no update URL") != std::string::npos);
  // Port 9 (discard) has no HTTP server on a test machine.
  auto offline = platform::update_content("http://127.0.0.1:9/manifest.json", (t.path / "content").string());
  CHECK(offline.status == platform::UpdateStatus::kOffline);
  CHECK(mentions(offline.problems, "http://127.0.0.1:9/manifest.json: "));
  CHECK_FALSE(fs::exists(t.path / "content/current"));
  CHECK(fs::is_empty(t.path / "content/bundles"));
}
