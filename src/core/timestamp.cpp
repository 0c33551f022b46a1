// Timestamps (core/timestamp.h).
#include "core/timestamp.h"

#include <chrono>
#include <cmath>
#include <cstdio>

namespace jejak {
namespace {
// The number of `count` digits at `at`, or -1 when they are not all digits.
int digitsAt(std::string_view s, size_t at, size_t count) {
    int n = 0;
    for (size_t i = at; i < at + count; ++i) {
        if (i >= s.size() || s[i] < '0' || s[i] > '9') return -1;
        n = n * 10 + (s[i] - '0');
    }
    return n;
}
}  // namespace

std::optional<double> parseTimestamp(std::string_view s) {
    using namespace std::chrono;
    if (s.size() != 20 && s.size() != 24) return std::nullopt;
    if (s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s.back() != 'Z')
        return std::nullopt;
    if (s.size() == 24 && (s[19] != '.' || digitsAt(s, 20, 3) < 0)) return std::nullopt;
    const int y = digitsAt(s, 0, 4), mo = digitsAt(s, 5, 2), d = digitsAt(s, 8, 2);
    const int h = digitsAt(s, 11, 2), mi = digitsAt(s, 14, 2), sec = digitsAt(s, 17, 2);
    if (y < 0 || mo < 0 || d < 0 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 60) return std::nullopt;
    const year_month_day date{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
    if (!date.ok()) return std::nullopt;
    const long long days = sys_days{date}.time_since_epoch().count();
    return static_cast<double>(days * 86400 + h * 3600 + mi * 60 + sec) * 1000.0;
}

std::string formatTimestamp(double ms) {
    using namespace std::chrono;
    const long long seconds = static_cast<long long>(std::floor(ms / 1000));
    const long long days = (seconds >= 0 ? seconds : seconds - 86399) / 86400, rest = seconds - days * 86400;
    const year_month_day date{sys_days{std::chrono::days{days}}};
    char out[80];
    std::snprintf(out, sizeof out, "%04d-%02u-%02uT%02lld:%02lld:%02lldZ", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()), rest / 3600, rest / 60 % 60,
                  rest % 60);
    return out;
}

}  // namespace jejak
