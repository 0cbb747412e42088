// The chrome: the messages of i18n/<locale>/common.json that the core's screens
// ask for by name. One table, read by lint (every one must be in English's
// common.json) and held to the code by a test that finds every such key
// written in src/ (tests/native/chrome_keys_test.cpp), so the two cannot
// drift apart. The "label.<name>" keys each Screen carries are kLabelNames
// (screens.h). Depends on nothing.
#pragma once

namespace signpost::core::flow {

inline constexpr const char* kChromeKeys[] = {
    "page.title", "page.error_title", "page.noscript", "page.loading", "page.failed", "language.name", "language.label", "draft.notice", "draft.english",
    "easyread.switch", "easyread.off", "start.heading", "start.time", "start.need.heading", "start.button",
    "start.offer.heading", "start.privacy", "start.other.heading", "start.other.body", "nav.back", "button.continue",
    "question.multi.hint", "date.day", "date.month", "date.year", "error.summary.title", "error.exclusive",
    "check.heading", "check.lead", "check.change", "check.confirm", "result.heading", "result.lead",
    "result.group.eligible", "result.group.may-be-eligible", "result.group.assessment", "result.group.not-eligible",
    "result.pathway.heading", "result.complaints.heading", "result.restart", "status.eligible", "status.may-be-eligible",
    "status.assessment", "status.not-eligible", "outcome.providers", "result.services.heading", "result.services.lead",
    "result.services.none", "result.services.more", "result.services.search", "result.services.search_hint",
    "result.services.search_button", "result.services.no_results", "service.travel", "service.near",
    "service.travel_unknown", "service.ages.range", "service.ages.from", "service.ages.to", "service.hours",
    "service.demo", "result.group.not-yet", "result.group.open", "status.not-yet", "result.todo.heading", "result.based_on",
    "result.advice.heading", "todo.apply.title", "todo.claim.title", "todo.wait.title", "todo.ask.title", "todo.ask.body", "todo.ask.link",
    "todo.look.title", "request.heading", "request.lead", "request.include", "request.email", "request.email_missing",
    "request.letter", "request.phone.heading", "request.phone.script", "letter.title", "letter.to", "letter.opening",
    "letter.answers", "letter.field.child", "letter.field.birth", "letter.field.parent", "letter.field.address",
    "letter.field.reach", "letter.closing", "letter.field.signed", "letter.field.date", "resume.code.label",
    "resume.code.hint", "code.link", "code.heading", "code.label", "code.hint", "resume.error.empty",
    "resume.error.character", "resume.error.length", "resume.error.check", "resume.error.version", "resume.error.offer",
    "resume.error.answer", "statement.heading", "statement.about", "statement.version", "statement.what.heading",
    "statement.what.body", "statement.offer.heading", "statement.access.open", "statement.access.self-assessment",
    "statement.access.assessment", "statement.criteria.heading", "statement.criterion", "statement.providers.heading",
    "statement.council.heading", "statement.review.heading", "statement.council.english", "statement.source.page",
    "statement.source.url"};

}  // namespace signpost::core::flow
