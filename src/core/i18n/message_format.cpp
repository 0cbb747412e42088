// Message: parsing (Parser) and formatting (Formatter) of ICU MessageFormat
// patterns. Sections: the node tree; the parser; the formatter; Message.
#include "core/i18n/message_format.h"
#include "core/json/reader.h"
#include "core/text/echo.h"

#include <set>

namespace signpost::core::i18n {

// --- the node tree ------------------------------------------------------------

struct Message::Node {
  enum class Kind { kText, kPound, kSimple, kNumber, kDate, kPlural, kSelectOrdinal, kSelect };
  Kind kind = Kind::kText;
  std::string text;   // kText: the literal; otherwise the argument's name
  std::string style;  // kNumber, kDate
  double offset = 0;  // kPlural
  std::vector<std::pair<std::string, std::vector<Node>>> branches;
};

namespace {

using Node = Message::Node;
using Nodes = std::vector<Node>;
constexpr int kMaxNesting = 16;

// --- the parser -----------------------------------------------------------------

class Parser {
 public:
  explicit Parser(const std::string& p) : p_(p) {}

  std::optional<Nodes> parse_all() {
    auto nodes = parse_message(false, 0);
    if (!nodes) return std::nullopt;
    if (pos_ < p_.size()) return fail("unmatched '}'");
    return nodes;
  }

  ParseError error() const { return error_; }

 private:
  std::nullopt_t fail(std::string message) {
    if (error_.message.empty()) error_ = {pos_, std::move(message)};
    return std::nullopt;
  }

  bool at_end() const { return pos_ >= p_.size(); }
  char peek(std::size_t ahead = 0) const { return pos_ + ahead < p_.size() ? p_[pos_ + ahead] : '\0'; }
  void skip_space() {
    while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) ++pos_;
  }
  static bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
  std::string name() {
    std::size_t start = pos_;
    while (!at_end() && is_name_char(peek())) ++pos_;
    return p_.substr(start, pos_ - start);
  }

  static void add_text(Nodes& nodes, const std::string& s) {
    if (s.empty()) return;
    if (!nodes.empty() && nodes.back().kind == Node::Kind::kText) nodes.back().text += s;
    else nodes.push_back(Node{Node::Kind::kText, s, "", 0, {}});
  }

  // Text, arguments and '#' up to an unmatched '}' or the end.
  std::optional<Nodes> parse_message(bool in_plural, int depth) {
    if (depth > kMaxNesting) return fail("nested too deeply");
    Nodes nodes;
    while (!at_end()) {
      char c = peek();
      if (c == '\'') {
        add_text(nodes, quoted(in_plural));
      } else if (c == '{') {
        auto arg = parse_argument(depth);
        if (!arg) return std::nullopt;
        nodes.push_back(std::move(*arg));
      } else if (c == '}') {
        if (depth == 0) return fail("unmatched '}'");
        return nodes;
      } else if (c == '#' && in_plural) {
        nodes.push_back(Node{Node::Kind::kPound, "", "", 0, {}});
        ++pos_;
      } else {
        add_text(nodes, std::string(1, c));
        ++pos_;
      }
    }
    if (depth > 0) return fail("missing '}'");
    return nodes;
  }

  // ICU's apostrophe rules: '' is one apostrophe; an apostrophe before a syntax
  // character starts quoted text up to the next lone apostrophe; any other
  // apostrophe is itself.
  std::string quoted(bool in_plural) {
    char next = peek(1);
    if (next == '\'') {
      pos_ += 2;
      return "'";
    }
    if (next == '{' || next == '}' || next == '|' || (next == '#' && in_plural)) {
      ++pos_;
      std::string out;
      while (!at_end()) {
        if (peek() == '\'') {
          if (peek(1) == '\'') {
            out += '\'';
            pos_ += 2;
            continue;
          }
          ++pos_;
          return out;
        }
        out += peek();
        ++pos_;
      }
      return out;
    }
    ++pos_;
    return "'";
  }

  std::optional<Node> parse_argument(int depth) {
    ++pos_;  // '{'
    skip_space();
    Node node;
    node.text = name();
    if (node.text.empty()) return fail("expected an argument name after '{'");
    skip_space();
    if (peek() == '}') {
      ++pos_;
      node.kind = Node::Kind::kSimple;
      return node;
    }
    if (peek() != ',') return fail("expected ',' or '}' after the argument name " + text::quoted(node.text));
    ++pos_;
    skip_space();
    std::string type = name();
    skip_space();
    if (type == "number" || type == "date") {
      node.kind = type == "number" ? Node::Kind::kNumber : Node::Kind::kDate;
      if (peek() == ',') {
        ++pos_;
        std::size_t start = pos_;
        while (!at_end() && peek() != '}' && peek() != '{') ++pos_;
        node.style = p_.substr(start, pos_ - start);
        while (!node.style.empty() && node.style.back() == ' ') node.style.pop_back();
        while (!node.style.empty() && node.style.front() == ' ') node.style.erase(0, 1);
        if (!style_known(node.kind, node.style)) return fail("unknown " + type + " style " + text::quoted(node.style));
      }
      if (peek() != '}') return fail("expected '}' to close the " + type + " argument " + text::quoted(node.text));
      ++pos_;
      return node;
    }
    if (type != "plural" && type != "selectordinal" && type != "select")
      return fail(type.empty() ? "expected an argument type after ','" : "unknown argument type " + text::quoted(type));
    node.kind = type == "plural" ? Node::Kind::kPlural : type == "select" ? Node::Kind::kSelect : Node::Kind::kSelectOrdinal;
    if (peek() != ',') return fail("expected ',' after " + text::quoted(type));
    ++pos_;
    skip_space();
    bool plural = node.kind != Node::Kind::kSelect;
    if (plural && p_.compare(pos_, 7, "offset:") == 0) {
      pos_ += 7;
      skip_space();
      std::size_t start = pos_;
      while (!at_end() && peek() >= '0' && peek() <= '9') ++pos_;
      if (start == pos_) return fail("expected a number after \"offset:\"");
      node.offset = 0;
      for (std::size_t i = start; i < pos_ && node.offset < 1e9; ++i) node.offset = node.offset * 10 + (p_[i] - '0');
    }
    bool has_other = false;
    for (;;) {
      skip_space();
      if (peek() == '}') break;
      if (at_end()) return fail("missing '}'");
      std::string selector;
      if (plural && peek() == '=') {
        ++pos_;
        std::size_t start = pos_;
        while (!at_end() && ((peek() >= '0' && peek() <= '9') || peek() == '.')) ++pos_;
        if (start == pos_) return fail("expected a number after '='");
        selector = "=" + p_.substr(start, pos_ - start);
      } else {
        selector = name();
        if (selector.empty()) return fail("expected a selector such as \"one\" or \"other\"");
      }
      if (plural && selector[0] != '=' && selector != "zero" && selector != "one" && selector != "two" && selector != "few" &&
          selector != "many" && selector != "other")
        return fail("unknown plural category " + text::quoted(selector));
      has_other = has_other || selector == "other";
      skip_space();
      if (peek() != '{') return fail("expected '{' after the selector " + text::quoted(selector));
      ++pos_;
      auto sub = parse_message(plural, depth + 1);
      if (!sub) return std::nullopt;
      if (peek() != '}') return fail("missing '}'");
      ++pos_;
      node.branches.emplace_back(selector, std::move(*sub));
    }
    if (!has_other) return fail("a " + type + " argument needs an \"other\" case");
    ++pos_;  // '}'
    return node;
  }

  static bool style_known(Node::Kind kind, const std::string& s) {
    if (kind == Node::Kind::kDate) return s.empty() || s == "short" || s == "medium" || s == "long" || s == "full";
    return s.empty() || s == "integer" || s == "percent" || s == "currency" || s.rfind("::currency/", 0) == 0;
  }

  const std::string& p_;
  std::size_t pos_ = 0;
  ParseError error_;
};

// --- the formatter ----------------------------------------------------------------

struct Formatter {
  const Args& args;
  const std::string& locale;
  const LocaleServices& services;
  const std::string& currency;

  void run(const Nodes& nodes, std::optional<double> pound, std::string& out) const {
    for (const auto& n : nodes) one(n, pound, out);
  }

  static std::optional<double> as_number(const Arg* a) {
    if (a == nullptr) return std::nullopt;
    if (const auto* d = std::get_if<double>(a)) return *d;
    return std::nullopt;
  }

  std::string number(double v, const std::string& style) const {
    if (style == "integer") return services.format_number(locale, v, NumberStyle::kInteger, currency);
    if (style == "percent") return services.format_number(locale, v, NumberStyle::kPercent, currency);
    if (style == "currency") return services.format_number(locale, v, NumberStyle::kCurrency, currency);
    if (style.rfind("::currency/", 0) == 0) return services.format_number(locale, v, NumberStyle::kCurrency, style.substr(11));
    return services.format_number(locale, v, NumberStyle::kDecimal, currency);
  }

  static DateStyle date_style(const std::string& s) {
    if (s == "short") return DateStyle::kShort;
    if (s == "long") return DateStyle::kLong;
    if (s == "full") return DateStyle::kFull;
    return DateStyle::kMedium;
  }

  const Nodes* pick(const Node& n, const std::string& key) const {
    const Nodes* other = nullptr;
    for (const auto& [selector, sub] : n.branches) {
      if (selector == key) return &sub;
      if (selector == "other") other = &sub;
    }
    return other;
  }

  void one(const Node& n, std::optional<double> pound, std::string& out) const {
    if (n.kind == Node::Kind::kText) {
      out += n.text;
      return;
    }
    if (n.kind == Node::Kind::kPound) {
      out += pound ? number(*pound, "") : "#";
      return;
    }
    auto it = args.find(n.text);
    const Arg* arg = it == args.end() ? nullptr : &it->second;
    auto missing = [&] { out += "{" + n.text + "}"; };
    switch (n.kind) {
      case Node::Kind::kSimple:
        if (arg == nullptr) missing();
        else if (const auto* s = std::get_if<std::string>(arg)) out += *s;
        else if (const auto* d = std::get_if<double>(arg)) out += number(*d, "");
        else out += services.format_date(locale, std::get<rules::Date>(*arg), DateStyle::kShort);
        return;
      case Node::Kind::kNumber:
        if (auto v = as_number(arg)) out += number(*v, n.style);
        else missing();
        return;
      case Node::Kind::kDate:
        if (const auto* d = arg ? std::get_if<rules::Date>(arg) : nullptr) out += services.format_date(locale, *d, date_style(n.style));
        else missing();
        return;
      case Node::Kind::kPlural:
      case Node::Kind::kSelectOrdinal: {
        auto v = as_number(arg);
        if (!v) return missing();
        const Nodes* branch = nullptr;
        for (const auto& [selector, sub] : n.branches)
          if (selector[0] == '=' && json::number_of(std::string_view(selector).substr(1)) == *v) branch = &sub;
        if (branch == nullptr)
          branch = pick(n, services.plural_category(locale, *v - n.offset, n.kind == Node::Kind::kSelectOrdinal));
        if (branch != nullptr) run(*branch, *v - n.offset, out);
        return;
      }
      case Node::Kind::kSelect: {
        const auto* s = arg ? std::get_if<std::string>(arg) : nullptr;
        if (const Nodes* branch = pick(n, s ? *s : std::string("other"))) run(*branch, std::nullopt, out);
        return;
      }
      default: return;
    }
  }
};

void collect_names(const Nodes& nodes, std::set<std::string>& out) {
  for (const auto& n : nodes) {
    if (n.kind != Node::Kind::kText && n.kind != Node::Kind::kPound) out.insert(n.text);
    for (const auto& [_, sub] : n.branches) collect_names(sub, out);
  }
}

}  // namespace

// --- Message ------------------------------------------------------------------------

Message::Message() : nodes_(std::make_unique<Nodes>()) {}
Message::Message(const Message& o) : nodes_(std::make_unique<Nodes>(*o.nodes_)) {}
Message& Message::operator=(const Message& o) {
  nodes_ = std::make_unique<Nodes>(*o.nodes_);
  return *this;
}
Message::Message(Message&&) noexcept = default;
Message& Message::operator=(Message&&) noexcept = default;
Message::~Message() = default;

std::optional<Message> Message::parse(const std::string& pattern, ParseError* error) {
  Parser parser(pattern);
  auto nodes = parser.parse_all();
  if (!nodes) {
    if (error != nullptr) *error = parser.error();
    return std::nullopt;
  }
  Message m;
  *m.nodes_ = std::move(*nodes);
  return m;
}

std::string Message::format(const Args& args, const std::string& locale, const LocaleServices& services,
                            const std::string& currency) const {
  std::string out;
  Formatter{args, locale, services, currency}.run(*nodes_, std::nullopt, out);
  return out;
}

std::vector<std::string> Message::arguments() const {
  std::set<std::string> names;
  collect_names(*nodes_, names);
  return {names.begin(), names.end()};
}

}  // namespace signpost::core::i18n
