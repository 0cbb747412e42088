#include "core/offer/offer.h"

#include <algorithm>

namespace signpost::core::offer {
namespace {

template <typename T>
const T* find_by_id(const std::vector<T>& items, const std::string& id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
  return it == items.end() ? nullptr : &*it;
}

}  // namespace

bool Question::has_option(const std::string& v) const {
  return std::find(options.begin(), options.end(), v) != options.end();
}

const Question* Offer::question(const std::string& id) const { return find_by_id(questions, id); }
const Route* Offer::route(const std::string& id) const { return find_by_id(routes, id); }
const Contact* Offer::contact(const std::string& id) const { return find_by_id(contacts, id); }
const Criterion* Offer::criterion(const std::string& id) const { return find_by_id(criteria, id); }

namespace {

void collect(const Offer& offer, const Condition& c, std::vector<std::size_t>& out, std::vector<std::string>& seen_refs) {
  if (c.kind == Condition::Kind::kCriterion && c.criterion < offer.criteria.size() &&
      std::find(out.begin(), out.end(), c.criterion) == out.end())
    out.push_back(c.criterion);
  if (c.kind == Condition::Kind::kRef && std::find(seen_refs.begin(), seen_refs.end(), c.ref) == seen_refs.end()) {
    seen_refs.push_back(c.ref);
    if (auto it = offer.conditions.find(c.ref); it != offer.conditions.end()) collect(offer, it->second, out, seen_refs);
  }
  for (const auto& child : c.children) collect(offer, child, out, seen_refs);
}

}  // namespace

std::vector<std::size_t> criteria_in(const Offer& offer, const Condition& condition, std::vector<std::string>* refs) {
  std::vector<std::size_t> out;
  std::vector<std::string> seen_refs;
  collect(offer, condition, out, seen_refs);
  if (refs != nullptr) refs->insert(refs->end(), seen_refs.begin(), seen_refs.end());
  return out;
}

}  // namespace signpost::core::offer
