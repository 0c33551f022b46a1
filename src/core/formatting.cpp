// Formatting numbers, sizes, times and file names for people.
#include "core/formatting.h"

#include "core/timestamp.h"
#include "core/utf8.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

namespace jejak {

std::string formatCount(long long n, Language language) {
    const char separator = language == Language::Indonesian ? '.' : ',';
    std::string digits = std::to_string(n < 0 ? -(n + 1) + 1ull : static_cast<unsigned long long>(n));
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
        out += digits[i];
    }
    return n < 0 ? "-" + out : out;
}

std::string formatMegabytes(double bytes) {
    char out[32];
    std::snprintf(out, sizeof out, "%.1f", bytes / 1e6);
    return out;
}

std::string formatSize(double bytes) {
    char out[32];
    if (bytes < 1000)
        std::snprintf(out, sizeof out, "%.0f B", bytes);
    else if (bytes < 1e6)
        std::snprintf(out, sizeof out, "%.0f kB", bytes / 1e3);
    else
        std::snprintf(out, sizeof out, "%.1f MB", bytes / 1e6);
    return out;
}

std::string formatWhen(double ms, double nowMs, Language language) {
    if (ms <= 0) return "";
    std::time_t t = static_cast<std::time_t>(ms / 1000), now = static_cast<std::time_t>(nowMs / 1000);
    std::tm at{}, today{};
    localtime_r(&t, &at);
    localtime_r(&now, &today);
    std::tm yesterday = today;
    yesterday.tm_mday -= 1;
    std::mktime(&yesterday);  // normalises across month and year ends
    auto sameDay = [](const std::tm& a, const std::tm& b) { return a.tm_year == b.tm_year && a.tm_yday == b.tm_yday; };
    const TranslationTable& words = TranslationTable::builtIn();
    char out[96];
    if (sameDay(at, today) || sameDay(at, yesterday)) {
        std::snprintf(out, sizeof out, "%s, %02d:%02d",
                      words.text(language, sameDay(at, today) ? "time.today" : "time.yesterday"), at.tm_hour,
                      at.tm_min);
        return out;
    }
    std::vector<std::string> names = splitList(words.text(language, "time.months"));  // twelve short names
    const char* month =
        static_cast<size_t>(at.tm_mon) < names.size() ? names[static_cast<size_t>(at.tm_mon)].c_str() : "";
    std::snprintf(out, sizeof out, "%d %s %d", at.tm_mday, month, at.tm_year + 1900);
    return out;
}

std::string timestampFromMs(double ms) { return formatTimestamp(ms); }

double msFromTimestamp(const std::string& timestamp) { return parseTimestamp(timestamp).value_or(0); }

std::string fileNameForTitle(const std::string& title) { return fileStemForTitle(title) + ".json"; }

std::string fileStemForTitle(const std::string& title) {
    std::string name;
    for (char c : title) {
        unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || u >= 0x80)
            name += c;
        else if (!name.empty() && name.back() != '-')
            name += '-';
    }
    while (!name.empty() && name.back() == '-') name.pop_back();
    name = cutUtf8(std::move(name), 80);
    return name.empty() ? std::string("journey-map") : name;
}

}  // namespace jejak
