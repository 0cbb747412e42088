// Catalogs of any kind are named by locale and name: adding one replaces the
// one of the same locale and name, if there is one.
#pragma once

#include <utility>
#include <vector>

namespace signpost::core::i18n {

template <typename T>
void put_by_locale_and_name(std::vector<T>& list, T item) {
  for (auto& existing : list)
    if (existing.locale == item.locale && existing.name == item.name) {
      existing = std::move(item);
      return;
    }
  list.push_back(std::move(item));
}

}  // namespace signpost::core::i18n
