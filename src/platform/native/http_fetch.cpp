#include "platform/native/http_fetch.h"

#include <curl/curl.h>

#include <memory>

namespace signpost::platform {
namespace {

struct Sink {
  std::string* body;
  std::size_t max;
  bool too_big = false;
};

std::size_t write_body(char* data, std::size_t size, std::size_t count, void* user) {
  auto* sink = static_cast<Sink*>(user);
  const std::size_t n = size * count;
  if (sink->body->size() + n > sink->max) {
    sink->too_big = true;
    return 0;  // stops the transfer
  }
  sink->body->append(data, n);
  return n;
}

}  // namespace

Fetched http_get(const std::string& url, long timeout_seconds, std::size_t max_bytes) {
  static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  Fetched f;
  if (!initialised) {
    f.error = "the HTTP library could not start";
    return f;
  }
  std::unique_ptr<CURL, void (*)(CURL*)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) {
    f.error = "the HTTP library could not start";
    return f;
  }
  Sink sink{&f.body, max_bytes};
  char message[CURL_ERROR_SIZE] = "";
  curl_easy_setopt(curl.get(), CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl.get(), CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl.get(), CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(curl.get(), CURLOPT_MAXREDIRS, 5L);
  curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT, timeout_seconds);
  curl_easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl.get(), CURLOPT_USERAGENT, "signpost");
  curl_easy_setopt(curl.get(), CURLOPT_ERRORBUFFER, message);
  curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, write_body);
  curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &sink);
  const CURLcode rc = curl_easy_perform(curl.get());
  curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &f.status);
  if (sink.too_big) {
    f.error = "the response is larger than " + std::to_string(max_bytes) + " bytes";
  } else if (rc != CURLE_OK) {
    f.error = message[0] ? message : curl_easy_strerror(rc);
  } else if (f.status < 200 || f.status > 299) {
    f.error = "the server answered HTTP " + std::to_string(f.status);
  } else {
    f.ok = true;
    return f;
  }
  f.body.clear();
  return f;
}

}  // namespace signpost::platform
