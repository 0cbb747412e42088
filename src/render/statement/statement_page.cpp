#include "render/statement/statement_page.h"

namespace signpost::render::statement {

std::string statement_page(const core::view::Screen& screen, const html::Links& links, const std::string& service,
                           const std::string& stylesheet) {
  using html::escape;
  auto skip = screen.labels.find("skip_to_content");
  return "<!DOCTYPE html>\n<html lang=\"" + escape(screen.locale) + "\" dir=\"" + escape(screen.dir) +
         "\" class=\"sp-no-js\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<title>" + escape(screen.title) + "</title>\n<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"" + escape(stylesheet) +
         "\">\n</head>\n<body class=\"sp-page\">\n<a href=\"#main\" class=\"sp-skip-link\">" +
         escape(skip != screen.labels.end() ? skip->second : "") +
         "</a>\n<header class=\"sp-header\"><div class=\"sp-width-container\"><span class=\"sp-header__service\">" + escape(service) +
         "</span></div></header>\n<div class=\"sp-width-container\">\n<main class=\"sp-main\" id=\"main\" tabindex=\"-1\">" +
         html::render(screen, links) + "</main>\n</div>\n</body>\n</html>\n";
}

}  // namespace signpost::render::statement
