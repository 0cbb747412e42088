#include "core/offer/offer_content.h"

#include "core/json/reader.h"
#include "core/offer/offer_reader.h"

namespace signpost::core::offer {

std::optional<OfferContent> load_offer_content(const content::ContentSource& content, const std::string& offer_id,
                                               json::Diagnostics& out, Pictures pictures, Checks checks) {
  const std::size_t before = out.size();
  if (!is_valid_offer_id(offer_id) || !content.read("offers/" + offer_id + "/pack.json")) {
    std::string known;
    for (const auto& id : offer_ids(content)) known += (known.empty() ? "" : ", ") + id;
    out.error("offers/", "", "no offer " + json::describe(offer_id) + "; the offers here are: " + (known.empty() ? "none" : known));
    return std::nullopt;
  }
  auto loaded = load_offer(content, offer_id, checks);
  out.append(loaded.diagnostics);
  auto catalogs = i18n::Catalogs::load(content, out);
  if (!loaded.offer || out.size() != before) return std::nullopt;
  auto directory = directory::load_directory(content, *loaded.offer, out);
  if (out.size() != before) return std::nullopt;
  OfferContent loaded_content{std::move(*loaded.offer), std::move(catalogs), std::move(directory), {}};
  if (pictures == Pictures::kLoad)
    for (const auto& picture : loaded_content.catalogs.easy_read().pictures)
      if (auto svg = content.read("easyread/pictures/" + picture.file)) loaded_content.pictures[picture.id] = std::move(*svg);
  return loaded_content;
}

}  // namespace signpost::core::offer
