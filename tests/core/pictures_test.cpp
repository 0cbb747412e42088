// Pictures that travel: a picture that points a way (start, back) is mirrored
// on a right-to-left page, and never on a left-to-right one; each language
// describes every picture in its own words.
#include "support.h"

using namespace signpost;

TEST_CASE("a directional picture is mirrored right to left only, and its alternative text is the page's language") {
  const auto& offer = test::builtin_offer("leicestershire");
  const auto& catalogs = test::builtin_catalogs();
  const auto* english_back = catalogs.easy_read().picture("back");
  REQUIRE(english_back != nullptr);
  CHECK(english_back->directional);
  for (const auto& language : catalogs.languages()) {
    CAPTURE(language.locale);
    core::i18n::Localizer words(catalogs, offer, language.locale, true);
    const auto ideas = words.ideas("nav.back");
    REQUIRE(ideas.size() == 1);
    CHECK(ideas[0].picture == "back");
    CHECK(ideas[0].mirrored == (std::string(words.direction()) == "rtl"));
    if (language.locale != core::i18n::kSourceLocale) {
      CHECK(ideas[0].alt == catalogs.easy_read().alt("back", language.locale));
      CHECK(ideas[0].alt != english_back->alt);
    }
  }
  // A picture with no way to point is never mirrored.
  core::i18n::Localizer urdu(catalogs, offer, "ur", true);
  for (const auto& idea : urdu.ideas("offer.intro")) CHECK_FALSE(idea.mirrored);
}
