// Numbers, sizes, times and file names as the user reads them, in their language.
#pragma once

#include <string>

#include "core/translations.h"

namespace jejak {

// A whole number with its digits grouped as the language writes them:
// "12,000" in English, "12.000" in Bahasa Indonesia.
std::string formatCount(long long n, Language language);
std::string formatMegabytes(double bytes);  // "20.1" (the unit is the message's)
std::string formatSize(double bytes);       // "512 B", "48 kB", "1.3 MB"
// "Today, 14:05", "Yesterday, 09:30" or "3 Nov 2026" for a time in ms since
// 1970, seen at nowMs, in the local time zone; "" for no time.
std::string formatWhen(double ms, double nowMs, Language language);
// UTC timestamps as the map file writes them ("2026-12-01T09:30:00Z") from ms
// since 1970, and back (0 when the text is not one).
std::string timestampFromMs(double ms);
double msFromTimestamp(const std::string& timestamp);
// A download name for a map: "Maria-buys-skin-care.json", letters and digits
// of any script kept, the rest turned into single dashes, at most 80 long.
std::string fileNameForTitle(const std::string& title);
// The same name without ".json", for the exports' own extensions (".png", ".csv").
std::string fileStemForTitle(const std::string& title);

}  // namespace jejak
