// Runs fuzz harnesses without libFuzzer: every file of each folder (or each
// file) named on the command line goes through LLVMFuzzerTestOneInput once, in
// name order, so that the seed corpora and the saved findings replay as
// ordinary tests in the gcc build (and under ASan and UBSan in the sanitize
// preset). A broken invariant traps, which fails the test. A missing folder
// holds no inputs; names starting with '.' and README files are not inputs.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace fs = std::filesystem;

namespace {

bool is_input(const fs::path& p) {
  const std::string name = p.filename().string();
  return fs::is_regular_file(p) && !name.starts_with(".") && !name.starts_with("README");
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<fs::path> inputs;
  for (int i = 1; i < argc; ++i) {
    const fs::path arg(argv[i]);
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      for (const auto& entry : fs::directory_iterator(arg))
        if (is_input(entry.path())) inputs.push_back(entry.path());
    } else if (fs::is_regular_file(arg, ec)) {
      inputs.push_back(arg);
    }
  }
  std::sort(inputs.begin(), inputs.end());
  for (const auto& path : inputs) {
    std::ifstream in(path, std::ios::binary);
    const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    std::fprintf(stderr, "%s\n", path.string().c_str());
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  }
  std::printf("replayed %zu inputs\n", inputs.size());
  return 0;
}
