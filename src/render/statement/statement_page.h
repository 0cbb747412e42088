// The Short Breaks Services Statement as a whole HTML page: the Screen rendered
// by the HTML renderer, in a document a council can publish as it is, with
// the web checker's own stylesheet (print rules included) beside it. Only the
// CLI links this: the web checker's module never carries the stylesheet.
#pragma once

#include <string>

#include "core/view/screen.h"
#include "render/html/html_renderer.h"

namespace signpost::render::statement {

// The page: `service` names the council's service in its header; `stylesheet`
// is the way from the page to statement.css.
std::string statement_page(const core::view::Screen& screen, const html::Links& links, const std::string& service,
                           const std::string& stylesheet);

// statement.css: the web checker's stylesheet (web/signpost.css), built in.
const char* statement_stylesheet();

}  // namespace signpost::render::statement
