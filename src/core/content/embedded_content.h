// The table of built-in content files, generated at build time.
#pragma once

namespace signpost::core::content {

struct EmbeddedFile {
  const char* path;  // relative to the content root; nullptr ends the table
  const char* text;
};

extern const EmbeddedFile kEmbeddedFiles[];

}  // namespace signpost::core::content
