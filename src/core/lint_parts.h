// The parts of lint in files of their own (lint.cpp calls them): easy read in
// every language, and the young person's voice. Each reports into the report.
#pragma once

#include <string>
#include <vector>

#include "core/content/content_source.h"
#include "core/directory/directory.h"
#include "core/offer/offer.h"
#include "core/i18n/catalog.h"
#include "core/lint.h"

namespace signpost::core {

// Words in a formatted sentence (easy read keeps each to 15).
int word_count(const std::string& text);
// Every way a message can read: each branch of its selects, a plural's forms.
std::vector<std::string> readings(const i18n::Message& m, const std::string& locale);

// Easy read in every language that has it: complete, each idea short, with a
// known picture and the message's placeholders; each picture described in the
// language (lint_easy_read.cpp).
void check_easy_read(const content::ContentSource& content, const i18n::Catalogs& catalogs, LintReport& report);

// The young person's words: only for messages that exist, with their
// placeholders, in every language where English has them; and no English
// message left speaking of "your child" without them (lint_voice.cpp).
void check_voices(const i18n::Catalogs& catalogs, LintReport& report);

// The Short Breaks Services Statement: no section of it would be empty, and
// the council's own part names where it published each thing (lint_statement.cpp).
void check_statement(const content::ContentSource& content, const offer::Offer& o, const directory::Directory* directory,
                     LintReport& report);

}  // namespace signpost::core
