// Every file format Jejak reads or writes, in one table: the CLI tells a file's
// format by it, the app's export menu and importer use it, and the build writes
// the file picker's accept list and the web manifest's file handler from it
// (web/scripts/file_formats.py reads this header's table).
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace jejak {

enum class FileFormat { Map, Csv, Markdown, Mermaid, Measures, Png };

struct FileFormatInfo {
    FileFormat format;
    const char* code;        // the formats module's name for it (web/formats-glue.js)
    const char* extensions;  // space-separated, the first one written
    const char* mimeType;    // of a download
    bool opens;              // a file of it opens as a map (picked, dropped, `jejak convert IN`)
    bool writes;             // a map is written as it (`jejak convert OUT`, the export menu)
};

// FORMATS-TABLE-BEGIN (read by web/scripts/file_formats.py)
inline constexpr FileFormatInfo kFileFormats[] = {
    {FileFormat::Map, "json", ".json", "application/json", true, true},
    {FileFormat::Csv, "csv", ".csv", "text/csv;charset=utf-8", true, true},
    {FileFormat::Markdown, "md", ".md", "text/markdown;charset=utf-8", false, true},
    {FileFormat::Mermaid, "mmd", ".mmd .mermaid", "text/plain;charset=utf-8", true, true},
    {FileFormat::Measures, "measures", ".csv", "text/csv;charset=utf-8", false, false},
    {FileFormat::Png, "png", ".png", "image/png", false, false},
};
// FORMATS-TABLE-END

const FileFormatInfo& formatInfo(FileFormat format);
// The format a map file of this name opens as, by its extension (any case); nothing
// for a name no map format has. Measurements are never guessed from a name.
std::optional<FileFormat> mapFormatOfName(std::string_view fileName);
// The name with the format's first extension ("Journey" -> "Journey.csv").
std::string_view firstExtension(FileFormat format);

}  // namespace jejak
