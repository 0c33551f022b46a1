// Formatting numbers, sizes, times and file names for people.
#include "core/formatting.h"

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

namespace {
// Days since 1970-01-01 of a date in the proleptic Gregorian calendar, and back
// (by 400-year eras of 146,097 days): UTC needs no time zone, so no libc call
// (Emscripten's gmtime and timegm are JavaScript in the download).
long long daysFromCivil(long long y, int m, int d) {
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yoe = y - era * 400;
    const long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}
void civilFromDays(long long z, long long& y, int& m, int& d) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = yoe + era * 400 + (m <= 2);
}
}  // namespace

std::string timestampFromMs(double ms) {
    const long long seconds = static_cast<long long>(std::floor(ms / 1000));
    const long long days = (seconds >= 0 ? seconds : seconds - 86399) / 86400, rest = seconds - days * 86400;
    long long year = 0;
    int month = 0, day = 0;
    civilFromDays(days, year, month, day);
    char out[80];
    std::snprintf(out, sizeof out, "%04lld-%02d-%02dT%02lld:%02lld:%02lldZ", year, month, day, rest / 3600,
                  rest / 60 % 60, rest % 60);
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
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2), hour = number(11, 2),
              minute = number(14, 2), second = number(17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || minute < 0 || second < 0) return 0;
    const long long days = daysFromCivil(year, month, day);
    return static_cast<double>(days * 86400 + hour * 3600 + minute * 60 + second) * 1000.0;
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
    name = cutUtf8(std::move(name), 80);
    return name.empty() ? std::string("journey-map") : name;
}

}  // namespace jejak
