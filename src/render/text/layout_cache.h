// LayoutCache: finished layouts by everything that shapes them, least recently
// used evicted first. A kiosk redraws the same few hundred strings every frame,
// so nearly every lay_out() is a lookup. Depends on text_engine.h only.
#pragma once

#include <list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "render/text/text_engine.h"

namespace signpost::render::text {

class LayoutCache {
 public:
  explicit LayoutCache(std::size_t capacity = 1024) : capacity_(capacity) {}

  static std::string key(std::string_view utf8, const TextStyle& style, float max_width, bool rtl);
  // The layout, now the most recently used; nullptr when absent.
  const TextLayout* find(const std::string& key);
  // Stores a layout; its address stays valid until it is evicted.
  const TextLayout& insert(std::string key, TextLayout layout);
  std::size_t size() const { return entries_.size(); }

 private:
  using Entry = std::pair<std::string, TextLayout>;
  std::size_t capacity_;
  std::list<Entry> entries_;  // most recently used first
  std::unordered_map<std::string_view, std::list<Entry>::iterator> index_;  // views into entries_' keys
};

}  // namespace signpost::render::text
