// JsonReader: reads a parsed JSON document while it validates it, so that every
// complaint names the file and the JSON pointer of the value at fault and says
// what was expected ("expected an integer, got \"five\""). It never throws and
// never crashes on a value of the wrong type: a missing or wrong value reads as
// std::nullopt after its error is recorded.
// Depends on nlohmann/json and diagnostics.h only.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/json/diagnostics.h"

namespace signpost::core::json {

using Json = nlohmann::json;

// Parses text; a syntax error is reported with line and column, and a key
// given twice in one object with its pointer; either yields nullopt.
std::optional<Json> parse(std::string_view text, const std::string& file, Diagnostics& out);
// The same, but a key given twice is not an error here: its pointer is listed
// in `duplicates` (its last value kept), so that a feed can skip the one
// record that holds it.
std::optional<Json> parse(std::string_view text, const std::string& file, Diagnostics& out, std::vector<std::string>& duplicates);

// A number written as JSON writes one ("25", "1.5"), or nothing.
std::optional<double> number_of(std::string_view text);

// A short description of a value for messages: "five" quoted, 3, true, null,
// an object, an array.
std::string describe(const Json& value);

// Appends a key or index to a JSON pointer, escaping ~ and / (RFC 6901).
std::string child_pointer(const std::string& pointer, std::string_view key);
std::string child_pointer(const std::string& pointer, std::size_t index);

// Sets j[key] only when there is something to say, so that written JSON (golden
// Screens, directory.json) stays short.
void put_if_set(Json& j, const char* key, const std::string& value);
void put_if_set(Json& j, const char* key, const std::vector<std::string>& values);

class JsonReader {
 public:
  JsonReader(const Json& value, std::string file, std::string pointer, Diagnostics& out);

  const Json& value() const { return *value_; }
  const std::string& file() const { return file_; }
  const std::string& pointer() const { return pointer_; }
  Diagnostics& diagnostics() const { return *out_; }

  bool has(std::string_view key) const;
  // A member; reports "missing" when required and absent. Absent optional members
  // read as a null value at their would-be pointer.
  JsonReader member(std::string_view key, bool required = true) const;
  JsonReader element(std::size_t index) const;

  // Type checks that report "expected ..., got ..." on failure.
  bool expect_object() const;
  bool expect_array() const;
  std::optional<std::string> string() const;
  std::optional<std::int64_t> integer() const;
  std::optional<double> number() const;  // finite only
  // A number in a range, both ends included: "expected an integer from 0 to 25,
  // got 300", or with `what` named: "expected a latitude from -90 to 90, got 500".
  std::optional<std::int64_t> integer_in(std::int64_t lo, std::int64_t hi, std::string_view what = "an integer") const;
  std::optional<double> number_in(double lo, double hi, std::string_view what = "a number") const;
  std::optional<bool> boolean() const;
  // A string that is one of the allowed values.
  std::optional<std::string> one_of(std::initializer_list<std::string_view> allowed) const;
  std::optional<std::string> one_of(const std::vector<std::string>& allowed) const;
  // An array of strings; each bad element is reported and skipped.
  std::optional<std::vector<std::string>> strings() const;
  // Reports members not in the list: "unknown key \"whne\"".
  void only_keys(std::initializer_list<std::string_view> keys) const;

  void error(std::string message) const;
  void expected(std::string_view what) const;  // "expected <what>, got <describe>"

 private:
  JsonReader(const Json* value, std::string file, std::string pointer, Diagnostics* out)
      : value_(value), file_(std::move(file)), pointer_(std::move(pointer)), out_(out) {}

  const Json* value_;
  std::string file_;
  std::string pointer_;
  Diagnostics* out_;
};

}  // namespace signpost::core::json
