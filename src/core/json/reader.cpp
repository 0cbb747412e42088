#include "core/json/reader.h"

#include "core/text/echo.h"

#include <algorithm>
#include <cctype>
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

// nlohmann's parse_error text is "[json.exception.parse_error.101] parse error at
// line 3, column 5: syntax error while parsing ...": keep what follows the position.
std::string syntax_message(const std::string& what) {
  auto at = what.find("column ");
  if (at != std::string::npos) {
    auto colon = what.find(": ", at);
    if (colon != std::string::npos) return what.substr(colon + 2);
  }
  auto bracket = what.find("] ");
  return bracket == std::string::npos ? what : what.substr(bracket + 2);
}

// nlohmann's e.byte is one past the last character of the token that broke the
// parse; an editor wants the token's first character.
std::size_t token_start(std::string_view text, std::size_t byte) {
  std::size_t end = byte == 0 ? 0 : std::min<std::size_t>(byte - 1, text.size());
  if (end == 0 || end > text.size() || end == text.size()) return end;
  std::size_t last = end;  // the token's last character
  auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '+'; };
  if (text[last] == '"') {
    std::size_t i = last;
    while (i > 0) {
      --i;
      if (text[i] == '"' && (i == 0 || text[i - 1] != '\\')) return i;
    }
    return last;
  }
  if (word(text[last])) {
    std::size_t i = last;
    while (i > 0 && word(text[i - 1])) --i;
    return i;
  }
  return last;
}

// Builds the document through nlohmann's public SAX interface, keeping a
// syntax error's position and message instead of throwing, so the core needs
// no exceptions. A key given twice in one object is noted with its pointer
// (its last value is the one kept): content that says two things at once is
// refused, never read as whichever came last.
class DomBuilder final : public nlohmann::json_sax<Json> {
 public:
  explicit DomBuilder(Json& result) : result_(result) {}

  bool null() override { return put(nullptr); }
  bool boolean(bool value) override { return put(value); }
  bool number_integer(number_integer_t value) override { return put(value); }
  bool number_unsigned(number_unsigned_t value) override { return put(value); }
  bool number_float(number_float_t value, const string_t&) override { return put(value); }
  bool string(string_t& value) override { return put(std::move(value)); }
  bool binary(binary_t& value) override { return put(Json::binary(std::move(value))); }
  bool start_object(std::size_t) override { return open(Json::object()); }
  bool key(string_t& value) override {
    if (open_.back()->contains(value) && duplicates_.size() < kMostDuplicates) duplicates_.push_back(child_pointer(pointer(), value));
    key_ = std::move(value);
    return true;
  }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override { return open(Json::array()); }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t position, const std::string&, const Json::exception& e) override {
    position_ = position;
    message_ = e.what();
    return false;
  }

  static constexpr std::size_t kMostDepth = 256;       // far deeper than any content; a parser's stack is not
  static constexpr std::size_t kMostDuplicates = 20;   // named; one is enough to refuse the file
  std::size_t position_ = 0;
  std::string message_;
  std::vector<std::string> duplicates_;
  std::optional<std::string> too_deep_;  // the pointer where nesting passed kMostDepth

  // The pointer of the innermost open container, made only when it is needed.
  std::string pointer() const {
    std::string out;
    for (std::size_t i = 1; i < keys_.size(); ++i) out = child_pointer(out, keys_[i]);
    return out;
  }

 private:
  // Where the next value goes: the document itself, the end of the open
  // array, or the open object's last key. Returns the value's place.
  Json* place(Json value) {
    if (open_.empty()) {
      result_ = std::move(value);
      return &result_;
    }
    Json& parent = *open_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return &parent.back();
    }
    Json& slot = parent[key_];
    slot = std::move(value);
    return &slot;
  }
  // The key or index of the next value in its container (containers only:
  // their keys make a duplicate's pointer). Each open container keeps its own
  // key alone, so memory grows with the depth, not its square.
  std::string next_key() const {
    if (open_.empty()) return "";
    if (open_.back()->is_array()) return std::to_string(open_.back()->size());
    return key_;
  }
  bool put(Json value) {
    place(std::move(value));
    return true;
  }
  bool open(Json container) {
    if (open_.size() >= kMostDepth) {
      too_deep_ = pointer();
      return false;
    }
    keys_.push_back(next_key());
    open_.push_back(place(std::move(container)));
    return true;
  }
  bool close() {
    open_.pop_back();
    keys_.pop_back();
    return true;
  }

  Json& result_;
  std::vector<Json*> open_;
  std::vector<std::string> keys_;  // of each open container in its parent (the first: the document, "")
  std::string key_;
};

std::optional<Json> parse_document(std::string_view text, const std::string& file, Diagnostics& out, DomBuilder& builder, Json& result) {
  if (Json::sax_parse(text.begin(), text.end(), &builder) && !result.is_discarded()) return std::move(result);
  if (builder.too_deep_) {
    out.error(file, *builder.too_deep_, "nested more than " + std::to_string(DomBuilder::kMostDepth) + " levels deep");
    return std::nullopt;
  }
  std::size_t start = token_start(text, builder.position_);
  int line = 1, column = 1;
  for (std::size_t i = 0; i < start; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;  // count characters, not the continuation bytes of UTF-8
    }
  }
  out.add({file, "", line, column, "syntax error: " + syntax_message(builder.message_)});
  return std::nullopt;
}

}  // namespace

std::optional<Json> parse(std::string_view text, const std::string& file, Diagnostics& out, std::vector<std::string>& duplicates) {
  Json result;
  DomBuilder builder(result);
  auto doc = parse_document(text, file, out, builder, result);
  duplicates = std::move(builder.duplicates_);
  return doc;
}

std::optional<Json> parse(std::string_view text, const std::string& file, Diagnostics& out) {
  std::vector<std::string> duplicates;
  auto doc = parse(text, file, out, duplicates);
  for (const auto& pointer : duplicates) out.error(file, pointer, "this key is given twice in one object; keep one");
  if (!duplicates.empty()) return std::nullopt;
  return doc;
}

std::string describe(const Json& value) {
  switch (value.type()) {
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::null: return "null";
    case Json::value_t::discarded: return "nothing";
    case Json::value_t::string: return text::quoted(value.get_ref<const std::string&>());
    default: return value.dump(-1, ' ', false, Json::error_handler_t::replace);
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
  return j.dump();
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
