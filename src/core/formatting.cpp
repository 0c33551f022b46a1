// Formatting numbers, sizes, times and file names for people.
#include "core/formatting.h"

#include <cctype>
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

std::string timestampFromMs(double ms) {
    std::time_t t = static_cast<std::time_t>(ms / 1000);
    std::tm at{};
    gmtime_r(&t, &at);
    char out[80];
    std::snprintf(out, sizeof out, "%04d-%02d-%02dT%02d:%02d:%02dZ", at.tm_year + 1900, at.tm_mon + 1, at.tm_mday,
                  at.tm_hour, at.tm_min, at.tm_sec);
    return out;
}

double msFromTimestamp(const std::string& timestamp) {
    // "YYYY-MM-DDTHH:MM:SS": digits at these places (no sscanf: the web build has none).
    auto number = [&](size_t at, size_t digits) {
        int n = 0;
        for (size_t i = at; i < at + digits; ++i) {
            if (i >= timestamp.size() || !std::isdigit(static_cast<unsigned char>(timestamp[i]))) return -1;
            n = n * 10 + (timestamp[i] - '0');
        }
        return n;
    };
    std::tm at{};
    at.tm_year = number(0, 4) - 1900;
    at.tm_mon = number(5, 2) - 1;
    at.tm_mday = number(8, 2);
    at.tm_hour = number(11, 2);
    at.tm_min = number(14, 2);
    at.tm_sec = number(17, 2);
    if (at.tm_year < 0 || at.tm_mon < 0 || at.tm_mday < 0 || at.tm_hour < 0 || at.tm_min < 0 || at.tm_sec < 0)
        return 0;
    return static_cast<double>(timegm(&at)) * 1000.0;
}

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
    if (name.size() > 80) {
        name.resize(80);
        // Never cut a UTF-8 sequence in half.
        while (!name.empty() && (static_cast<unsigned char>(name.back()) & 0xC0) == 0x80) name.pop_back();
        if (!name.empty() && static_cast<unsigned char>(name.back()) >= 0xC0) name.pop_back();
    }
    return name.empty() ? std::string("journey-map") : name;
}

}  // namespace jejak
