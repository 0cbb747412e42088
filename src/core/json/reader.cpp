#include "core/json/reader.h"

#include "core/json/write.h"
#include "core/text/echo.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace signpost::core::json {
namespace {

const Json& null_value() {
  static const Json kNull;
  return kNull;
}

std::string join(const std::vector<std::string>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += i + 1 == values.size() ? " or " : ", ";
    out += "\"" + values[i] + "\"";
  }
  return out;
}

}  // namespace

std::string describe(const Json& value) {
  switch (value.type()) {
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::null: return "null";
    case Json::value_t::discarded: return "nothing";
    case Json::value_t::string: return text::quoted(value.get_ref<const std::string&>());
    default: return write(value);
  }
}

void put_if_set(Json& j, const char* key, const std::string& value) {
  if (!value.empty()) j[key] = value;
}

void put_if_set(Json& j, const char* key, const std::vector<std::string>& values) {
  if (!values.empty()) j[key] = values;
}

std::string child_pointer(const std::string& pointer, std::string_view key) {
  std::string out = pointer + "/";
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string child_pointer(const std::string& pointer, std::size_t index) {
  return pointer + "/" + std::to_string(index);
}

JsonReader::JsonReader(const Json& value, std::string file, std::string pointer, Diagnostics& out)
    : JsonReader(&value, std::move(file), std::move(pointer), &out) {}

bool JsonReader::has(std::string_view key) const {
  return value_->is_object() && value_->find(key) != value_->end();
}

JsonReader JsonReader::member(std::string_view key, bool required) const {
  std::string at = child_pointer(pointer_, key);
  if (value_->is_object()) {
    auto it = value_->find(key);
    if (it != value_->end()) return JsonReader(&*it, file_, at, out_);
    if (required) out_->error(file_, at, "missing; this is required");
  }
  return JsonReader(&null_value(), file_, at, out_);
}

JsonReader JsonReader::element(std::size_t index) const {
  std::string at = child_pointer(pointer_, index);
  if (value_->is_array() && index < value_->size()) return JsonReader(&(*value_)[index], file_, at, out_);
  return JsonReader(&null_value(), file_, at, out_);
}

void JsonReader::error(std::string message) const { out_->error(file_, pointer_, std::move(message)); }

void JsonReader::expected(std::string_view what) const {
  error("expected " + std::string(what) + ", got " + describe(*value_));
}

bool JsonReader::expect_object() const {
  if (value_->is_object()) return true;
  expected("an object");
  return false;
}

bool JsonReader::expect_array() const {
  if (value_->is_array()) return true;
  expected("an array");
  return false;
}

std::optional<std::string> JsonReader::string() const {
  if (value_->is_string()) return value_->get<std::string>();
  expected("a string");
  return std::nullopt;
}

namespace {

// A whole number that fits in 64 bits, however the document wrote it (3, 3.0, 3e0).
std::optional<std::int64_t> whole_value(const Json& value) {
  if (value.is_number_unsigned()) {
    auto u = value.get<std::uint64_t>();
    if (u <= static_cast<std::uint64_t>(INT64_MAX)) return static_cast<std::int64_t>(u);
  } else if (value.is_number_integer()) {
    return value.get<std::int64_t>();
  } else if (value.is_number_float()) {
    double d = value.get<double>();
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9e15) return static_cast<std::int64_t>(d);
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::int64_t> JsonReader::integer() const {
  if (auto v = whole_value(*value_)) return v;
  expected("an integer");
  return std::nullopt;
}

std::optional<double> JsonReader::number() const {
  if (value_->is_number() && std::isfinite(value_->get<double>())) return value_->get<double>();
  expected("a number");
  return std::nullopt;
}

namespace {

// 25, 0.5, -90: as a reader of the content would write them.
std::string shown(double v) {
  Json j = v == std::floor(v) && std::fabs(v) < 9e15 ? Json(static_cast<std::int64_t>(v)) : Json(v);
  return write(j);
}

}  // namespace

std::optional<std::int64_t> JsonReader::integer_in(std::int64_t lo, std::int64_t hi, std::string_view what) const {
  auto v = whole_value(*value_);
  if (v && *v >= lo && *v <= hi) return v;
  expected(std::string(what) + " from " + std::to_string(lo) + " to " + std::to_string(hi));
  return std::nullopt;
}

std::optional<double> JsonReader::number_in(double lo, double hi, std::string_view what) const {
  if (value_->is_number()) {
    double d = value_->get<double>();
    if (std::isfinite(d) && d >= lo && d <= hi) return d;
  }
  expected(std::string(what) + " from " + shown(lo) + " to " + shown(hi));
  return std::nullopt;
}

std::optional<bool> JsonReader::boolean() const {
  if (value_->is_boolean()) return value_->get<bool>();
  expected("true or false");
  return std::nullopt;
}

std::optional<std::string> JsonReader::one_of(std::initializer_list<std::string_view> allowed) const {
  return one_of(std::vector<std::string>(allowed.begin(), allowed.end()));
}

std::optional<std::string> JsonReader::one_of(const std::vector<std::string>& allowed) const {
  if (value_->is_string()) {
    const auto& s = value_->get_ref<const std::string&>();
    for (const auto& a : allowed)
      if (a == s) return s;
  }
  expected("one of " + join(allowed));
  return std::nullopt;
}

std::optional<std::vector<std::string>> JsonReader::strings() const {
  if (!expect_array()) return std::nullopt;
  std::vector<std::string> out;
  for (std::size_t i = 0; i < value_->size(); ++i)
    if (auto s = element(i).string()) out.push_back(*s);
  return out;
}

void JsonReader::only_keys(std::initializer_list<std::string_view> keys) const {
  if (!value_->is_object()) return;
  std::vector<std::string> allowed(keys.begin(), keys.end());
  for (const auto& [key, _] : value_->items()) {
    bool known = false;
    for (auto k : keys) known = known || k == key;
    if (!known) out_->error(file_, child_pointer(pointer_, key), "unknown key; expected " + join(allowed));
  }
}

}  // namespace signpost::core::json
