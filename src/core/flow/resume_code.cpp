#include "core/flow/resume_code.h"

#include <algorithm>
#include <bit>
#include <cstdint>

#include "core/view/screen.h"

namespace signpost::core::flow {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kVersionBits = 3, kFingerprintBits = 10, kDateBits = 16;
constexpr unsigned kCheckModulus = 1021;  // prime, below 32 * 32
constexpr rules::Date kDateOrigin{1900, 1, 1};

// A question's values in the order the code numbers them.
std::vector<std::string> values_of(const offer::Question& q) {
  if (q.kind != offer::QuestionKind::kPlace) return q.options;
  std::vector<std::string> v(q.districts.begin(), q.districts.end());
  v.insert(v.end(), q.options.begin(), q.options.end());
  return v;
}

int bits_for(std::size_t count) { return static_cast<int>(std::bit_width(count)); }  // values 0..count

int width_of(const offer::Question& q) {
  switch (q.kind) {
    case offer::QuestionKind::kDate: return kDateBits;
    case offer::QuestionKind::kMulti: return static_cast<int>(q.options.size());
    default: return bits_for(values_of(q).size());
  }
}

std::uint32_t fingerprint(const offer::Offer& offer) {
  std::uint32_t h = 2166136261u;
  auto mix = [&](std::string_view s) {
    for (unsigned char c : s) h = (h ^ c) * 16777619u;
    h = (h ^ 0xFFu) * 16777619u;  // a separator, so "ab","c" differs from "a","bc"
  };
  mix(offer.id);
  for (const auto& q : offer.questions) {
    mix(q.id);
    mix(view::to_string(q.kind));
    for (const auto& v : values_of(q)) mix(v);
  }
  return (h ^ (h >> kFingerprintBits) ^ (h >> 2 * kFingerprintBits)) & ((1u << kFingerprintBits) - 1);
}

// Howard Hinnant's days-to-civil, for dates from days since 1970-01-01.
rules::Date date_from_days(long long z) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

class BitWriter {
 public:
  void put(std::uint64_t value, int bits) {
    for (int i = bits - 1; i >= 0; --i) bits_ += ((value >> i) & 1u) != 0 ? '1' : '0';
  }
  std::vector<int> characters() const {
    std::vector<int> out;
    for (std::size_t i = 0; i < bits_.size(); i += 5) {
      int v = 0;
      for (std::size_t k = i; k < i + 5; ++k) v = v * 2 + (k < bits_.size() && bits_[k] == '1' ? 1 : 0);
      out.push_back(v);
    }
    return out;
  }

 private:
  std::string bits_;  // '0' and '1', first bit first
};

class BitReader {
 public:
  explicit BitReader(const std::vector<int>& chars) {
    for (int c : chars)
      for (int i = 4; i >= 0; --i) bits_ += ((c >> i) & 1) != 0 ? '1' : '0';
  }
  std::uint64_t take(int bits) {
    std::uint64_t v = 0;
    for (int i = 0; i < bits; ++i) v = v * 2 + (at_ < bits_.size() && bits_[at_++] == '1' ? 1u : 0u);
    return v;
  }
  std::size_t left() const { return bits_.size() - std::min(at_, bits_.size()); }
  bool rest_is_zero() const { return bits_.find('1', at_) == std::string::npos; }

 private:
  std::string bits_;  // '0' and '1', first bit first
  std::size_t at_ = 0;
};

unsigned check_of(const std::vector<int>& chars) {
  unsigned r = 0;
  for (int c : chars) r = (r * 32 + static_cast<unsigned>(c)) % kCheckModulus;
  return r;
}

std::size_t data_bits(const offer::Offer& offer) {
  std::size_t n = kVersionBits + kFingerprintBits;
  for (const auto& q : offer.questions) n += static_cast<std::size_t>(width_of(q));
  return n;
}

DecodedCode refused(CodeError e, std::string detail = "") { return {std::nullopt, e, std::move(detail)}; }

}  // namespace

const char* to_string(CodeError e) {
  switch (e) {
    case CodeError::kEmpty: return "empty";
    case CodeError::kCharacter: return "character";
    case CodeError::kLength: return "length";
    case CodeError::kCheck: return "check";
    case CodeError::kVersion: return "version";
    case CodeError::kOffer: return "offer";
    case CodeError::kAnswer: return "answer";
  }
  return "empty";
}

std::string resume_code(const offer::Offer& offer, const rules::Answers& answers) {
  BitWriter w;
  w.put(kResumeCodeVersion, kVersionBits);
  w.put(fingerprint(offer), kFingerprintBits);
  for (const auto& q : offer.questions) {
    const int width = width_of(q);
    auto it = answers.find(q.id);
    if (it == answers.end()) {
      w.put(0, width);
      continue;
    }
    const auto values = values_of(q);
    auto place = [&](const std::string& v) -> std::uint64_t {
      auto at = std::find(values.begin(), values.end(), v);
      return at == values.end() ? 0 : static_cast<std::uint64_t>(at - values.begin()) + 1;
    };
    if (const auto* list = std::get_if<std::vector<std::string>>(&it->second)) {
      std::uint64_t mask = 0;
      for (const auto& v : *list)
        if (auto p = place(v); p != 0 && q.kind == offer::QuestionKind::kMulti) mask |= std::uint64_t{1} << (width - static_cast<int>(p));
      w.put(mask, width);
    } else {
      const auto& s = std::get<std::string>(it->second);
      if (q.kind == offer::QuestionKind::kDate) {
        auto d = rules::parse_iso_date(s);
        long long days = d ? rules::days_since_epoch(*d) - rules::days_since_epoch(kDateOrigin) + 1 : 0;
        w.put(days > 0 && days < (1LL << kDateBits) ? static_cast<std::uint64_t>(days) : 0, width);
      } else {
        w.put(q.kind == offer::QuestionKind::kMulti ? 0 : place(s), width);
      }
    }
  }
  auto chars = w.characters();
  const unsigned check = check_of(chars);
  chars.push_back(static_cast<int>(check / 32));
  chars.push_back(static_cast<int>(check % 32));
  std::string out;
  for (std::size_t i = 0; i < chars.size(); ++i) {
    if (i > 0 && i % 5 == 0) out += '-';
    out += kAlphabet[static_cast<std::size_t>(chars[i])];
  }
  return out;
}

DecodedCode read_resume_code(const offer::Offer& offer, const std::string& typed, rules::Date today) {
  std::vector<int> chars;
  for (std::size_t i = 0; i < typed.size(); ++i) {
    const char raw = typed[i];
    if (raw == '-' || raw == ' ' || raw == '\t') continue;
    char c = static_cast<char>(raw >= 'a' && raw <= 'z' ? raw - 'a' + 'A' : raw);
    if (c == 'I' || c == 'L') c = '1';
    if (c == 'O') c = '0';
    auto at = kAlphabet.find(c);
    if (at == std::string_view::npos) {
      // Name the whole character, never part of one: a letter with an accent, a symbol.
      std::size_t end = i + 1;
      while (end < typed.size() && (static_cast<unsigned char>(typed[end]) & 0xC0) == 0x80) ++end;
      const bool whole = (static_cast<unsigned char>(raw) & 0xC0) != 0x80;
      return refused(CodeError::kCharacter, whole ? typed.substr(i, end - i) : "\xEF\xBF\xBD");
    }
    chars.push_back(static_cast<int>(at));
  }
  if (chars.empty()) return refused(CodeError::kEmpty);
  const std::size_t data_chars = (data_bits(offer) + 4) / 5;
  if (chars.size() != data_chars + 2) {
    // A code of another version or offer may have another length: say so when its head says so.
    if (chars.size() >= 3 && (BitReader(chars).take(kVersionBits) != kResumeCodeVersion)) return refused(CodeError::kVersion);
    DecodedCode wrong = refused(CodeError::kLength);
    wrong.length = data_chars + 2;
    return wrong;
  }
  std::vector<int> data(chars.begin(), chars.end() - 2);
  const unsigned check = static_cast<unsigned>(chars[chars.size() - 2] * 32 + chars.back());
  if (check != check_of(data)) return refused(CodeError::kCheck);

  BitReader r(data);
  if (r.take(kVersionBits) != kResumeCodeVersion) return refused(CodeError::kVersion);
  if (r.take(kFingerprintBits) != fingerprint(offer)) return refused(CodeError::kOffer);
  rules::Answers answers;
  for (const auto& q : offer.questions) {
    const int width = width_of(q);
    const std::uint64_t v = r.take(width);
    if (v == 0) continue;
    const auto values = values_of(q);
    json::Json raw;
    if (q.kind == offer::QuestionKind::kMulti) {
      raw = json::Json::array();
      for (int i = 0; i < width; ++i)
        if ((v >> (width - 1 - i)) & 1u) raw.push_back(values[static_cast<std::size_t>(i)]);
    } else if (q.kind == offer::QuestionKind::kDate) {
      raw = rules::to_iso(date_from_days(rules::days_since_epoch(kDateOrigin) + static_cast<long long>(v) - 1));
    } else {
      if (v > values.size()) return refused(CodeError::kAnswer);
      raw = values[static_cast<std::size_t>(v - 1)];
    }
    auto checked = rules::check_answer(q, raw, today);
    if (!checked.value) return refused(CodeError::kAnswer);
    answers[q.id] = *checked.value;
  }
  if (!r.rest_is_zero()) return refused(CodeError::kAnswer);
  return {std::move(answers), CodeError::kEmpty, ""};
}

}  // namespace signpost::core::flow
