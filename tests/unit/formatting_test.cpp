// Sizes, times and file names as people read them.
#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>

#include "core/formatting.h"
#include "core/journey_map.h"

using namespace jejak;

TEST_CASE("sizes") {
    CHECK(formatSize(0) == "0 B");
    CHECK(formatSize(999) == "999 B");
    CHECK(formatSize(48'200) == "48 kB");
    CHECK(formatSize(1'320'000) == "1.3 MB");
    CHECK(formatMegabytes(20.1e6) == "20.1");
}

TEST_CASE("times: today, yesterday, or a date in the user's language") {
    setenv("TZ", "UTC", 1);
    tzset();
    const double now = 1795595400000.0;  // 2026-11-25 08:30 UTC
    CHECK(formatWhen(now - 3600e3, now, Language::English) == "Today, 07:30");
    CHECK(formatWhen(now - 3600e3, now, Language::Indonesian) == "Hari ini, 07:30");
    CHECK(formatWhen(now - 24 * 3600e3, now, Language::English) == "Yesterday, 08:30");
    CHECK(formatWhen(now - 22 * 24 * 3600e3, now, Language::English) == "3 Nov 2026");
    CHECK(formatWhen(now - 22 * 24 * 3600e3 - 250 * 24 * 3600e3, now, Language::Indonesian) == "26 Feb 2026");
    CHECK(formatWhen(0, now, Language::English).empty());
}

TEST_CASE("download names keep letters of any script and never cut a character") {
    CHECK(fileNameForTitle("Maria buys skin care!") == "Maria-buys-skin-care.json");
    CHECK(fileNameForTitle("  ?? ") == "journey-map.json");
    CHECK(fileNameForTitle("Perjalanan Pelanggan: Toko Daring") == "Perjalanan-Pelanggan-Toko-Daring.json");
    std::string longTitle;
    for (int i = 0; i < 60; ++i) longTitle += "é";  // two bytes each
    std::string name = fileNameForTitle("a" + longTitle);
    CHECK(name.size() <= 80 + 5);
    CHECK(name.substr(name.size() - 5) == ".json");
    CHECK((static_cast<unsigned char>(name[name.size() - 6]) & 0xC0) != 0xC0);  // no dangling lead byte
}

TEST_CASE("UTC timestamps from ms and back, across leap years and before 1970, as timegm and gmtime say") {
    CHECK(timestampFromMs(0) == "1970-01-01T00:00:00Z");
    CHECK(timestampFromMs(951782400000.0) == "2000-02-29T00:00:00Z");
    CHECK(timestampFromMs(1796083200000.0 + 3723000) == "2026-12-01T01:02:03Z");
    CHECK(timestampFromMs(-1000) == "1969-12-31T23:59:59Z");
    CHECK(msFromTimestamp("2026-11-22T09:30:00Z") == 1795339800000.0);
    CHECK(msFromTimestamp("2026-11-22T09:30:00.250Z") == 1795339800000.0);
    CHECK(msFromTimestamp("22 November 2026") == 0);
    CHECK(msFromTimestamp("2026-13-01T00:00:00Z") == 0);
    // Every day of four centuries against the C library.
    for (long long day = -146097; day < 146097 * 2; day += 13) {
        const std::time_t t = static_cast<std::time_t>(day * 86400 + 45296);
        std::tm at{};
        gmtime_r(&t, &at);
        char want[32];
        std::strftime(want, sizeof want, "%Y-%m-%dT%H:%M:%SZ", &at);
        const std::string got = timestampFromMs(static_cast<double>(t) * 1000.0);
        if (at.tm_year + 1900 >= 1000 && at.tm_year + 1900 <= 9999) {
            REQUIRE(got == want);
            REQUIRE(msFromTimestamp(got) == static_cast<double>(t) * 1000.0);
        }
    }
}

TEST_CASE("timestamps: one parser, and a day that does not exist is none") {
    CHECK(isTimestamp("2026-11-22T18:49:47Z"));
    CHECK(isTimestamp("2026-11-22T18:49:47.123Z"));
    CHECK(isTimestamp("2024-02-29T00:00:00Z"));   // a leap year's day
    CHECK_FALSE(isTimestamp("2026-02-29T00:00:00Z"));
    CHECK_FALSE(isTimestamp("2026-02-31T09:30:00Z"));
    CHECK_FALSE(isTimestamp("2026-04-31T09:30:00Z"));
    CHECK_FALSE(isTimestamp("2026-13-01T09:30:00Z"));
    CHECK_FALSE(isTimestamp("2026-11-22T24:00:00Z"));
    CHECK_FALSE(isTimestamp("2026-11-22 18:49:47Z"));
    CHECK(msFromTimestamp("2026-02-31T09:30:00Z") == 0);  // none: 0, as for any text that is not one
    CHECK(msFromTimestamp("1970-01-01T00:00:01Z") == 1000.0);
    CHECK(timestampFromMs(-1000.0) == "1969-12-31T23:59:59Z");
    CHECK(timestampFromMs(msFromTimestamp("2000-02-29T23:59:59Z")) == "2000-02-29T23:59:59Z");
}
