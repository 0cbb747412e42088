// The least-recently-used cache of layouts. Depends on text_engine.h only.
#include "render/text/layout_cache.h"

#include <cstring>

namespace signpost::render::text {
namespace {

template <typename T>
void append_bytes(std::string& out, const T& value) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &value, sizeof(T));
  out.append(bytes, sizeof(T));
}

}  // namespace

std::string LayoutCache::key(std::string_view utf8, const TextStyle& style, float max_width, bool rtl) {
  // Fixed-size fields first, then the language with its length, then the
  // text: no two different requests can spell the same key.
  std::string out;
  out.reserve(utf8.size() + style.lang.size() + 24);
  append_bytes(out, style.size_px);
  append_bytes(out, max_width);
  out.push_back(static_cast<char>((style.bold ? 1 : 0) | (rtl ? 2 : 0)));
  append_bytes(out, style.lang.size());
  out += style.lang;
  out.append(utf8);
  return out;
}

const TextLayout* LayoutCache::find(const std::string& key) {
  const auto found = index_.find(key);
  if (found == index_.end()) return nullptr;
  entries_.splice(entries_.begin(), entries_, found->second);  // moves the node; iterators stay valid
  return &found->second->second;
}

const TextLayout& LayoutCache::insert(std::string key, TextLayout layout) {
  if (const auto old = index_.find(key); old != index_.end()) {
    const auto node = old->second;
    index_.erase(old);  // before its key's storage goes
    entries_.erase(node);
  }
  while (!entries_.empty() && entries_.size() >= capacity_) {
    index_.erase(entries_.back().first);
    entries_.pop_back();
  }
  entries_.emplace_front(std::move(key), std::move(layout));
  index_[entries_.front().first] = entries_.begin();
  return entries_.front().second;
}

}  // namespace signpost::render::text
