// The Short Breaks Services Statement: what every council must publish for the
// carers of disabled children (the range of short breaks, who can use them,
// how they meet carers' needs, kept under review), composed from the same
// pack, catalogs and directory as the check, so the two never disagree. Only
// pieces the check already shows, in the same words: the offer's cards, its
// pathway and complaints, its advice, and its providers; then the council's
// own section, in its own words (English: shown as such in other languages).
#include "core/statement/statement_screen.h"

#include <map>

#include "core/flow/criterion_words.h"
#include "core/flow/screens.h"

namespace signpost::core::statement {
namespace {

using view::Element;

// A criterion in plain words, as the check says it when it is met, and whether
// the council has published it or is yet to confirm it.
std::string criterion_line(const offer::Criterion& c, const i18n::Localizer& words) {
  const std::string text = words.text("criterion." + c.id, flow::criterion_args(c, rules::Tri::kMet));
  return words.text("statement.criterion", {{"criterion", text}, {"source", std::string(c.provenance.published ? "published" : "assumed")}});
}

// Where a council's own words were read: the published page or document.
view::Element source_line(const offer::Provenance& p, const i18n::Localizer& words) {
  std::string key = "statement.source.page";
  i18n::Args args{{"page", p.page}};
  std::string link;
  if (auto read = rules::parse_iso_date(p.read_on); p.has_url() && read) {
    key = "statement.source.url";
    args = {{"url", p.url}, {"date", *read}};
    link = p.url;
  }
  return view::Paragraph{words.text(key, args), flow::ideas_of(words, key, args), "", link};
}

// The council's own section: its words in English, each with its source.
void council_section(std::vector<Element>& out, const std::string& heading, const std::vector<offer::Sourced>& said,
                     const i18n::Localizer& words) {
  out.push_back(flow::heading(2, heading));
  if (words.locale() != i18n::kSourceLocale) out.push_back(flow::paragraph(words, "statement.council.english"));
  for (const auto& s : said) {
    view::Paragraph p{s.text, {}};
    p.lang = i18n::kSourceLocale;
    out.push_back(std::move(p));
    out.push_back(source_line(s.provenance, words));
  }
}

}  // namespace

view::Screen statement_screen(const offer::Offer& offer, const i18n::Localizer& words, const directory::Directory* directory) {
  const i18n::Args council{{"council", words.text("offer.council")}};
  view::Screen s = flow::blank_screen(view::ScreenKind::kStatement, words.text("statement.heading", council), words);
  auto& out = s.elements;
  out.push_back(flow::heading(1, words.text("statement.heading", council)));
  out.push_back(flow::paragraph(words, "statement.about"));
  const auto published = rules::parse_iso_date(offer.version.published_on);
  const auto review = rules::parse_iso_date(offer.version.review_by);
  if (published && review) {
    const i18n::Args dates{{"published", *published}, {"review", *review}};
    out.push_back(view::Paragraph{words.text("statement.version", dates), flow::ideas_of(words, "statement.version", dates)});
  }

  out.push_back(flow::heading(2, words.text("statement.what.heading")));
  out.push_back(flow::paragraph(words, "statement.what.body"));

  // Every tier, and in it every route: what it is, who can use it, how to get
  // it, and each criterion the council looks at.
  out.push_back(flow::heading(2, words.text("statement.offer.heading")));
  for (const auto& tier : offer.tiers) {
    out.push_back(flow::heading(3, words.text("tier." + tier + ".name")));
    out.push_back(flow::paragraph(words, "tier." + tier + ".summary"));
    for (const auto& route : offer.routes) {
      if (route.tier != tier) continue;
      view::OutcomeCard card = flow::offer_card(offer, words, route);
      card.status_text.clear();  // its tier is the heading above it
      out.push_back(view::Outcome{std::move(card)});
      const std::string access = route.access == offer::Access::kOpen             ? "open"
                                 : route.access == offer::Access::kSelfAssessment ? "self-assessment"
                                                                                  : "assessment";
      out.push_back(flow::paragraph(words, "statement.access." + access));
      view::List criteria;
      for (std::size_t i : offer::criteria_in(offer, route.when)) criteria.items.push_back(criterion_line(offer.criteria[i], words));
      if (!criteria.items.empty()) {
        out.push_back(flow::paragraph(words, "statement.criteria.heading"));
        out.push_back(std::move(criteria));
      }
    }
  }

  if (!offer.steps.empty()) {
    out.push_back(flow::heading(2, words.text("result.pathway.heading")));
    out.push_back(flow::pathway_picture(offer, words));
    out.push_back(flow::steps(offer, words, offer.steps, "pathway."));
  }

  // Who provides them: the pack's approved providers by route, then the
  // directory's services by kind of short break (never a demonstration entry).
  out.push_back(flow::heading(2, words.text("statement.providers.heading")));
  for (const auto& route : offer.routes) {
    view::List names;
    for (const auto& p : offer.providers)
      for (const auto& r : p.routes)
        if (r == route.id) names.items.push_back(p.name);
    if (names.items.empty()) continue;
    out.push_back(flow::heading(3, words.text("route." + route.id + ".title")));
    out.push_back(std::move(names));
  }
  if (directory != nullptr) {
    for (const auto& tier : offer.tiers) {
      view::List names;
      for (const auto& service : directory->services)
        if (!service.demo && service.tier == tier)
          names.items.push_back(service.organisation.empty() || service.organisation == service.name ? service.name
                                                                                                      : service.name + " (" + service.organisation + ")");
      if (names.items.empty()) continue;
      out.push_back(flow::heading(3, words.text("tier." + tier + ".name")));
      out.push_back(std::move(names));
    }
  }

  if (!offer.complaints.empty()) {
    out.push_back(flow::heading(2, words.text("result.complaints.heading")));
    out.push_back(flow::steps(offer, words, offer.complaints, "complaint."));
  }
  view::Contacts advice;
  for (const auto& id : offer.advice)
    for (auto& c : flow::reachable(offer, words, id)) advice.items.push_back(std::move(c));
  if (!advice.items.empty()) {
    out.push_back(flow::heading(2, words.text("result.advice.heading")));
    out.push_back(std::move(advice));
  }

  council_section(out, words.text("statement.council.heading"), offer.statement.carers_views, words);
  council_section(out, words.text("statement.review.heading"), offer.statement.review, words);
  return s;
}

}  // namespace signpost::core::statement
