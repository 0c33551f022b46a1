// Sizes, times and file names as people read them.
#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>

#include "core/formatting.h"

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
