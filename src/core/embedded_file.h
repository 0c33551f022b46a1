// A file compiled into the binary by web/scripts/embed_files.py.
#pragma once

#include <string_view>

namespace jejak {

struct EmbeddedFile {
    const char* name;
    const unsigned char* data;
    unsigned long size;

    std::string_view text() const { return {reinterpret_cast<const char*>(data), size}; }
};

}  // namespace jejak
