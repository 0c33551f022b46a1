// Cutting UTF-8 text to a number of bytes without cutting a letter in half:
// the one place that knows how (titles in file names, version labels).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace jejak {

// The start of the letter that byte `at` belongs to (at itself when it starts one).
inline std::size_t utf8LetterStart(std::string_view text, std::size_t at) {
    while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    return at;
}

// The text, or as many whole letters of it as fit in maxBytes.
inline std::string cutUtf8(std::string text, std::size_t maxBytes) {
    if (text.size() > maxBytes) text.resize(utf8LetterStart(text, maxBytes));
    return text;
}

}  // namespace jejak
