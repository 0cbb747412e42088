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

}  // namespace signpost::core::offer
