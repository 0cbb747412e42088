// Printing a PDF: to CUPS, or into a folder for staff. The PDF holds the
// consequences of a family's answers, so it goes nowhere else and nothing of it
// is logged. Depends on CUPS and POSIX files only.
#include "kiosk/platform/printer.h"

#include <cups/cups.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <memory>
#include <system_error>

namespace signpost::kiosk {

namespace {

PrintResult failed(std::string error) { return {false, "", std::move(error)}; }

// Streams the PDF to the CUPS server in the usual place (cupsServer()), so no
// copy of it is ever on the kiosk's disk.
PrintResult print_with_cups(const std::string& pdf, const std::string& printer, const std::string& title) {
  const char* server = cupsServer();
  std::unique_ptr<http_t, decltype(&httpClose)> http(
      httpConnect2(server, ippPort(), nullptr, AF_UNSPEC, cupsEncryption(), 1, 10000, nullptr), httpClose);
  if (!http) return failed(std::string("cannot reach the print server (CUPS) at ") + server + ": is cupsd running?");
  cups_dest_t* dest = cupsGetNamedDest(http.get(), printer.c_str(), nullptr);
  if (dest == nullptr) return failed("CUPS has no printer \"" + printer + "\": " + cupsLastErrorString());
  cupsFreeDests(1, dest);
  const int job = cupsCreateJob(http.get(), printer.c_str(), title.c_str(), 0, nullptr);
  if (job == 0) return failed("CUPS refused the job for \"" + printer + "\": " + cupsLastErrorString());
  bool sent = cupsStartDocument(http.get(), printer.c_str(), job, "signpost-result.pdf", CUPS_FORMAT_PDF, 1) == HTTP_STATUS_CONTINUE &&
              cupsWriteRequestData(http.get(), pdf.data(), pdf.size()) == HTTP_STATUS_CONTINUE;
  // Finish the request even after a failed write, so the connection is left clean.
  sent = cupsFinishDocument(http.get(), printer.c_str()) == IPP_STATUS_OK && sent;
  if (!sent) {
    const std::string why = cupsLastErrorString();
    cupsCancelJob2(http.get(), printer.c_str(), job, 0);
    return failed("CUPS could not take the document for \"" + printer + "\": " + why);
  }
  return {true, "printer " + printer + ", job " + std::to_string(job), ""};
}

// Writes all of `bytes` to a new file and syncs it, so that once renamed the
// file is whole even after a power cut. Readable by the staff's group only:
// it is a family's result.
bool write_synced(const std::string& path, const std::string& bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
  if (fd < 0) return false;
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  const bool ok = done == bytes.size() && ::fsync(fd) == 0;
  return ::close(fd) == 0 && ok;
}

PrintResult save_in_folder(const std::string& pdf, const std::string& folder) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) return failed("cannot make the print folder " + folder + ": " + ec.message());
  char stamp[32];
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local);
  fs::path final_path;
  for (int n = 1; final_path.empty() || fs::exists(final_path); ++n)
    final_path = fs::path(folder) / ("signpost-result-" + std::string(stamp) + "-" + std::to_string(n) + ".pdf");
  // Hidden and not ending in .pdf, so nothing picks it up half-written.
  const fs::path partial = fs::path(folder) / ("." + final_path.filename().string() + ".part");
  if (!write_synced(partial.string(), pdf)) {
    const std::string why = std::strerror(errno);
    fs::remove(partial, ec);
    return failed("cannot write into the print folder " + folder + ": " + why);
  }
  fs::rename(partial, final_path, ec);
  if (ec) {
    const std::string why = ec.message();
    fs::remove(partial, ec);
    return failed("cannot finish the file in the print folder " + folder + ": " + why);
  }
  return {true, final_path.string(), ""};
}

}  // namespace

PrintResult print_pdf(const std::string& pdf_bytes, const std::string& cups_printer, const std::string& folder,
                      const std::string& job_title) {
  if (pdf_bytes.empty()) return failed("there is no document to print");
  if (!cups_printer.empty()) return print_with_cups(pdf_bytes, cups_printer, job_title);
  if (folder.empty()) return failed("no printer and no print folder are set");
  return save_in_folder(pdf_bytes, folder);
}

}  // namespace signpost::kiosk
