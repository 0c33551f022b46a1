// Low-level JSON text: a fast pretty writer and checks run before parsing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace jejak {

// Writes pretty JSON (two-space indent) straight into a string.
class JsonWriter {
public:
    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(std::string_view name);
    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(std::uint64_t n);
    void value(long long n);
    void value(double d);
    void value(bool b);
    template <class T>
    void field(std::string_view name, const T& v) {
        key(name);
        value(v);
    }
    std::string finish() { return std::move(out_); }

private:
    void open(char bracket);
    void close(char bracket);
    void beforeValue();
    void newline();
    std::string out_;
    int depth_ = 0;
    bool first_ = true;  // no element yet in the current container
    bool afterKey_ = false;
};

// Appends text as a JSON string literal (quotes included).
void appendJsonString(std::string& out, std::string_view text);
// The shortest decimal that reads back as exactly d (d must be finite).
std::string shortestDouble(double d);

// Offset of the first byte that breaks UTF-8 (overlongs, surrogates and code
// points above U+10FFFF included), or nothing when the text is valid.
std::optional<size_t> findInvalidUtf8(std::string_view text);
// The text without the spaces, tabs and carriage returns at its ends.
std::string trimSpaces(std::string_view text);
// A message as a sentence: its first letter upper case, a full stop at the end.
std::string asSentence(std::string text);
// 1-based line and column (in bytes) of an offset.
std::pair<size_t, size_t> lineAndColumn(std::string_view text, size_t offset);

}  // namespace jejak
