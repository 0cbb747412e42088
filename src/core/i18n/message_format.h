// A MessageFormat formatter for catalog strings in ICU syntax: {name},
// {n, number[, integer|percent|currency|::currency/XXX]}, {d, date[, short|medium|long|full]},
// {n, plural, [offset:k] =0 {...} one {...} other {...}} with #,
// {n, selectordinal, ...}, {x, select, a {...} other {...}}, and ICU's
// apostrophe quoting ('' is ', '{' quotes a brace). It asks LocaleServices for
// plural categories and number and date formatting, so the same code runs
// natively (ICU4C) and in the browser (Intl); native tests hold its output to
// ICU4C's own MessageFormat for every catalog string.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/i18n/locale_services.h"
#include "core/rules/date.h"

namespace signpost::core::i18n {

using Arg = std::variant<double, std::string, rules::Date>;
using Args = std::map<std::string, Arg>;

struct ParseError {
  std::size_t offset = 0;  // in bytes from the start of the pattern
  std::string message;
};

class Message {
 public:
  struct Node;
  // Parses a pattern; on failure returns nullopt and fills `error`.
  static std::optional<Message> parse(const std::string& pattern, ParseError* error = nullptr);

  std::string format(const Args& args, const std::string& locale, const LocaleServices& services,
                     const std::string& currency = "GBP") const;
  // Names of the arguments the pattern uses, sorted, each once.
  std::vector<std::string> arguments() const;

  Message(const Message&);
  Message& operator=(const Message&);
  Message(Message&&) noexcept;
  Message& operator=(Message&&) noexcept;
  ~Message();

 private:
  Message();
  std::unique_ptr<std::vector<Node>> nodes_;
};

}  // namespace signpost::core::i18n
