// BoundedCache: values made on first use and kept for the next, at most
// `capacity` of them; the one used least recently goes first. A formatter per
// locale tag and currency code is worth keeping, but content decides how many
// distinct ones there are, so none may grow without bound. Values are shared,
// so one dropped while in use lives until its user is done. Not thread-safe:
// its owner locks. Depends on the standard library only.
#pragma once

#include <cstddef>
#include <list>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>

namespace signpost::core::i18n {

template <typename T>
class BoundedCache {
 public:
  explicit BoundedCache(std::size_t capacity) : capacity_(capacity == 0 ? 1 : capacity) {}

  // The value for `key`, made by `make()` (a T* or nullptr) when not held. A
  // nullptr is kept too, so that a refusal is not asked again.
  template <typename Make>
  std::shared_ptr<T> get(const std::string& key, Make make) {
    if (auto it = index_.find(key); it != index_.end()) {
      order_.splice(order_.begin(), order_, it->second);
      return it->second->second;
    }
    order_.emplace_front(key, std::shared_ptr<T>(make()));
    index_[key] = order_.begin();
    if (order_.size() > capacity_) {
      index_.erase(order_.back().first);
      order_.pop_back();
    }
    return order_.front().second;
  }

  std::size_t size() const { return order_.size(); }
  std::size_t capacity() const { return capacity_; }

 private:
  std::size_t capacity_;
  std::list<std::pair<std::string, std::shared_ptr<T>>> order_;  // the most recent first
  std::unordered_map<std::string, typename std::list<std::pair<std::string, std::shared_ptr<T>>>::iterator> index_;
};

}  // namespace signpost::core::i18n
