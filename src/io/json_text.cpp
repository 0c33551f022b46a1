// JSON writing and the byte-level checks the loader runs before parsing.
#include "io/json_text.h"

#include <cctype>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace jejak {

void appendJsonString(std::string& out, std::string_view text) {
    static const char* hex = "0123456789abcdef";
    out.push_back('"');
    size_t plain = 0;  // copy runs of plain bytes at once
    for (size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(text.data() + plain, i - plain);
        plain = i + 1;
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                out += "\\u00";
                out.push_back(hex[c >> 4]);
                out.push_back(hex[c & 15]);
        }
    }
    out.append(text.data() + plain, text.size() - plain);
    out.push_back('"');
}

std::string shortestDouble(double d) {
    // Reading back is monotonic in the precision, so search for the least that works.
    char buf[40];
    int low = 1, high = 17;
    while (low < high) {
        int mid = (low + high) / 2;
        std::snprintf(buf, sizeof buf, "%.*g", mid, d);
        if (std::strtod(buf, nullptr) == d)
            high = mid;
        else
            low = mid + 1;
    }
    std::snprintf(buf, sizeof buf, "%.*g", low, d);
    return buf;
}

void JsonWriter::newline() {
    out_.push_back('\n');
    out_.append(static_cast<size_t>(depth_) * 2, ' ');
}

void JsonWriter::beforeValue() {
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (depth_ > 0) {
        if (!first_) out_.push_back(',');
        newline();
    }
    first_ = false;
}

void JsonWriter::open(char bracket) {
    beforeValue();
    out_.push_back(bracket);
    ++depth_;
    first_ = true;
}

void JsonWriter::close(char bracket) {
    --depth_;
    if (!first_) newline();
    out_.push_back(bracket);
    first_ = false;
    if (depth_ == 0) out_.push_back('\n');
}

void JsonWriter::key(std::string_view name) {
    beforeValue();
    appendJsonString(out_, name);
    out_ += ": ";
    afterKey_ = true;
}

void JsonWriter::value(std::string_view text) {
    beforeValue();
    appendJsonString(out_, text);
}
void JsonWriter::value(std::uint64_t n) {
    beforeValue();
    out_ += std::to_string(n);
}
void JsonWriter::value(long long n) {
    beforeValue();
    out_ += std::to_string(n);
}
void JsonWriter::value(double d) {
    beforeValue();
    out_ += shortestDouble(d);
}
void JsonWriter::value(bool b) {
    beforeValue();
    out_ += b ? "true" : "false";
}

std::optional<size_t> findInvalidUtf8(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
        // Most of a map is ASCII: skip it eight bytes at a time.
        while (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ull) break;
            i += 8;
        }
        if (i >= n) break;
        unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t len;
        std::uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else
            return i;
        if (i + len > n) return i;
        for (size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::nullopt;
}

std::pair<size_t, size_t> lineAndColumn(std::string_view text, size_t offset) {
    size_t line = 1, column = 1;
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

std::string trimSpaces(std::string_view text) {
    size_t a = text.find_first_not_of(" \t\r"), b = text.find_last_not_of(" \t\r");
    return a == std::string_view::npos ? std::string() : std::string(text.substr(a, b - a + 1));
}

std::string asSentence(std::string text) {
    if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    if (!text.empty() && text.back() != '.') text += '.';
    return text;
}

}  // namespace jejak
