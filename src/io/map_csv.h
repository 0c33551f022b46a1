// Cards as a spreadsheet: CSV export and import, one row per card. UTF-8 with a
// byte order mark (so Excel, LibreOffice and Google Sheets keep Indonesian text
// intact), quoted per RFC 4180, rows in reading order (stage, lane, the card's
// place in its cell). Import takes the same columns with English or Indonesian
// headers, in any order, separated by commas or by the semicolons of a
// spreadsheet set to a comma-decimal locale; it is all or nothing, and a bad row
// is named by its line.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/journey_map.h"
#include "core/translations.h"

namespace jejak {

// The columns, in the order export writes them: "stage", "lane", "lane_kind",
// "text", then every card field as the map file names it.
const std::vector<std::string>& csvColumns();
// The same header in Bahasa Indonesia ("tahap", "jalur", "jenis_jalur", ...).
const std::vector<std::string>& csvColumnsIndonesian();

// The map's cards as CSV; the header in `language` (the values are the file
// format's names: lane kinds, channels, statuses, true/false).
std::string saveMapToCsv(const JourneyMap& map, Language language = Language::English);

// Why a CSV file was refused: a message key of the translation table with its
// arguments, and where (line 0: the whole file).
struct CsvProblem {
    int line = 0;        // the line the row starts on, from 1
    std::string column;  // the column's header as the file has it, or empty
    std::string key;     // "csv.bad_number": "{0} is not a whole number"
    std::vector<std::string> args;
};

struct CsvLoadResult {
    bool ok = false;
    JourneyMap map;  // only when ok: stages and lanes in the order they first appear
    CsvProblem problem;
    int rows = 0;  // cards read
};

// Reads cards from CSV into a new map titled `title`, in `language` (the map's
// content language; the header's language is found from the header itself).
CsvLoadResult loadMapFromCsv(std::string_view text, std::string title, std::string_view language = "en");

// Appends one RFC 4180 record (fields quoted when they need it) and CRLF.
void appendCsvRow(std::string& out, const std::vector<std::string>& fields);

// One record of a CSV file and the line it starts on (from 1).
struct CsvRecord {
    int line = 0;
    std::vector<std::string> fields;
};
// What every CSV reader of Jejak does first: refuses what is too large, UTF-16,
// not UTF-8 or empty; drops a byte order mark; takes the separator from the
// header (semicolons and no comma: ';'; tabs and neither: a spreadsheet's cells
// pasted, '\t'); splits RFC 4180 records. False with
// the problem otherwise.
bool readCsvRecords(std::string_view text, std::vector<CsvRecord>& records, char& separator, CsvProblem& problem);
// A header's name as a key: "Lane kind", "lane-kind" and "LANE_KIND" are "lane_kind".
std::string csvHeaderKey(std::string_view header);

// "Line 5, impact: must be from 1 to 5, not 9." in the user's language.
std::string describeCsvProblem(const CsvProblem& problem, Language language = Language::English);

}  // namespace jejak
