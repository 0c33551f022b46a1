// `jejak validate FILE...`, `jejak convert IN OUT`, `jejak metrics` and `jejak
// report`; the format of a file is told by its extension (.json, .csv), and read
// with the app's own loaders.
#include "cli/cli.h"

#include <filesystem>
#include <fstream>
#include <optional>
#include <ostream>
#include <sstream>

#include "io/file_formats.h"
#include "io/map_csv.h"
#include "io/map_json.h"
#include "io/map_markdown.h"
#include "io/map_mermaid.h"
#include "io/measures_csv.h"
#include "io/reports_csv.h"

namespace jejak {
namespace {

constexpr const char* kUsage =
    "usage: jejak validate FILE...   check journey map files (.json), card tables (.csv) and\n"
    "                                Mermaid journeys (.mmd, .mermaid); prints \"FILE: ok\" or\n"
    "                                \"FILE: error-kind: message\" (a CSV's problem as\n"
    "                                \"csv: Line N, column: ...\", a Mermaid one as \"mermaid: Line N: ...\");\n"
    "                                exit 1 if any file is bad\n"
    "       jejak convert IN OUT     load IN (.json, .csv, .mmd) with the app's loader and write OUT,\n"
    "                                its format told by its extension: .json, the current map format\n"
    "                                in its canonical layout; .csv, the cards, one row each, the\n"
    "                                header in the map's language; .md, an outline (written only);\n"
    "                                .mmd, a Mermaid journey. A .csv or .mmd IN becomes a new map,\n"
    "                                titled after the file's name when it has no title\n"
    "       jejak metrics MAP.json METRICS.csv OUT.json\n"
    "                                merge measurements (period,stage,touchpoint,entered,reached,\n"
    "                                exits) into a map; a bad row: \"csv: Line N, column: ...\",\n"
    "                                exit 1, and nothing is written\n"
    "       jejak report MAP.json --funnel|--exits|--opportunities --csv\n"
    "                                as CSV on standard output: --funnel\n"
    "                                period,stage,entered,next_entered,conversion_pct,dropoff_pct\n"
    "                                (per period and stage, in map order); --exits\n"
    "                                period,stage,touchpoint,reached,exits,exit_rate_pct (by exits,\n"
    "                                then rate, then map order, then period); --opportunities\n"
    "                                rank,stage,text,impact,effort,linked_exits,votes (the linked\n"
    "                                exits of the latest period). Undefined rates are empty,\n"
    "                                percentages have one decimal rounded half up, text is quoted\n"
    "                                as RFC 4180 says\n"
    "       jejak diff OLD.json NEW.json\n"
    "                                the two maps' cards and emotion scores compared by id, as\n"
    "                                CSV (change,stage,lane,card_id,old_text,new_text); exit 0\n"
    "                                when the same, 1 when different, 2 for a bad file\n"
    "       jejak --help             this text\n";

enum class Format { Json, Csv, Markdown, Mermaid, Unknown };

// By the one table of formats the app uses too (io/file_formats.h).
Format formatOf(const std::string& path) {
    switch (mapFormatOfName(path).value_or(FileFormat::Png)) {
        case FileFormat::Map: return Format::Json;
        case FileFormat::Csv: return Format::Csv;
        case FileFormat::Mermaid: return Format::Mermaid;
        case FileFormat::Markdown: return Format::Markdown;
        default: return Format::Unknown;
    }
}

// Reads a whole file; a file over the loader's limit is refused from its size
// alone, in the same words the browser uses, without reading gigabytes.
struct FileText {
    bool read = false;
    std::string text;
    std::optional<MapProblem> tooLarge;
};

FileText readFile(const std::string& path) {
    FileText file;
    std::ifstream in(path, std::ios::binary);
    if (!in) return file;
    file.read = true;
    in.seekg(0, std::ios::end);
    auto size = static_cast<std::streamoff>(in.tellg());
    if (size > static_cast<std::streamoff>(kMaxMapFileBytes)) {
        file.tooLarge = tooLargeProblem(static_cast<double>(size));
        return file;
    }
    in.seekg(0);
    std::stringstream ss;
    ss << in.rdbuf();
    file.text = ss.str();
    return file;
}

// A loaded file: the map, or the problem as "error-kind: message".
struct Loaded {
    bool ok = false;
    JourneyMap map;
    std::string problem;
};

// Any loader's result as a Loaded, its problem said by `describe`.
template <class Result, class Describe>
Loaded loaded(Result&& r, Describe describe) {
    Loaded out;
    out.ok = r.ok;
    out.map = std::move(r.map);
    if (!r.ok) out.problem = describe(r.problem);
    return out;
}

Loaded loadFile(const std::string& path, const FileText& file) {
    Loaded out;
    if (file.tooLarge) {
        out.problem = std::string(mapErrorName(file.tooLarge->error)) + ": " + describeProblem(*file.tooLarge);
        return out;
    }
    const std::string title = std::filesystem::path(path).stem().string();
    switch (formatOf(path)) {
        case Format::Markdown:
            out.problem = "markdown: an outline is written, not read; open the .json or .csv it came from";
            return out;
        case Format::Mermaid:
            return loaded(loadMapFromMermaid(file.text, title),
                          [](const MermaidProblem& p) { return "mermaid: " + describeMermaidProblem(p); });
        case Format::Csv:
            return loaded(loadMapFromCsv(file.text, title),
                          [](const CsvProblem& p) { return "csv: " + describeCsvProblem(p); });
        default:
            return loaded(loadMapFromJson(file.text), [](const MapProblem& p) {
                return std::string(mapErrorName(p.error)) + ": " + describeProblem(p);
            });
    }
}

int validate(const std::vector<std::string>& files, std::ostream& out) {
    int bad = 0;
    for (const std::string& path : files) {
        FileText file = readFile(path);
        if (!file.read) {
            out << path << ": cannot open the file\n";
            ++bad;
            continue;
        }
        Loaded r = loadFile(path, file);
        if (r.ok) {
            out << path << ": ok\n";
        } else {
            out << path << ": " << r.problem << "\n";
            ++bad;
        }
    }
    return bad ? 1 : 0;
}

int convert(const std::string& in, const std::string& outPath, std::ostream& out, std::ostream& err) {
    FileText input = readFile(in);
    if (!input.read) {
        err << in << ": cannot open the file\n";
        return 1;
    }
    const Format to = formatOf(outPath);
    if (to == Format::Unknown) {
        err << outPath << ": not a format jejak writes (.json, .csv, .md, .mmd)\n";
        return 2;
    }
    Loaded r = loadFile(in, input);
    if (!r.ok) {
        err << in << ": " << r.problem << "\n";
        return 1;
    }
    std::ofstream file(outPath, std::ios::binary | std::ios::trunc);
    // A card table's header and an outline's words speak the map's language.
    const Language words = r.map.language.rfind("id", 0) == 0 ? Language::Indonesian : Language::English;
    file << (to == Format::Csv        ? saveMapToCsv(r.map, words)
             : to == Format::Markdown ? saveMapToMarkdown(r.map, words)
             : to == Format::Mermaid  ? saveMapToMermaid(r.map, words)
                                      : saveMapToJson(r.map));
    if (!file.flush()) {
        err << outPath << ": cannot write the file\n";
        return 1;
    }
    out << in << " -> " << outPath << "\n";
    return 0;
}

// A map file's map, or the problem said on err (exit 1).
std::optional<JourneyMap> loadMapFile(const std::string& path, std::ostream& err) {
    FileText file = readFile(path);
    if (!file.read) {
        err << path << ": cannot open the file\n";
        return std::nullopt;
    }
    if (formatOf(path) != Format::Json) {
        err << path << ": not a journey map file (.json)\n";
        return std::nullopt;
    }
    Loaded r = loadFile(path, file);
    if (!r.ok) {
        err << path << ": " << r.problem << "\n";
        return std::nullopt;
    }
    return std::move(r.map);
}

int metrics(const std::string& mapPath, const std::string& csvPath, const std::string& outPath, std::ostream& out,
            std::ostream& err) {
    std::optional<JourneyMap> map = loadMapFile(mapPath, err);
    if (!map) return 1;
    FileText csv = readFile(csvPath);
    if (!csv.read) {
        err << csvPath << ": cannot open the file\n";
        return 1;
    }
    if (csv.tooLarge) {
        err << csvPath << ": csv: " << describeProblem(*csv.tooLarge) << "\n";
        return 1;
    }
    MeasuresImport imported = importMeasuresCsv(*map, csv.text);
    if (!imported.ok) {
        err << csvPath << ": csv: " << describeCsvProblem(imported.problem) << "\n";
        return 1;
    }
    map->measures = std::move(imported.measures);
    std::ofstream file(outPath, std::ios::binary | std::ios::trunc);
    file << saveMapToJson(*map);
    if (!file.flush()) {
        err << outPath << ": cannot write the file\n";
        return 1;
    }
    MeasuresImport summary = imported;
    summary.measures = map->measures;
    out << csvPath << " -> " << outPath << ": " << describeMeasuresImport(summary, Language::English) << "\n";
    return 0;
}

int report(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    std::string mapPath, kind;
    bool csv = false;
    for (size_t i = 1; i < args.size(); ++i) {
        if (args[i] == "--csv")
            csv = true;
        else if (args[i] == "--funnel" || args[i] == "--exits" || args[i] == "--opportunities") {
            if (!kind.empty()) {
                err << "jejak report: one of --funnel, --exits or --opportunities, not two\n";
                return 2;
            }
            kind = args[i];
        } else if (args[i].rfind("--", 0) == 0 || !mapPath.empty()) {
            err << kUsage;
            return 2;
        } else
            mapPath = args[i];
    }
    if (mapPath.empty() || kind.empty() || !csv) {
        err << kUsage;
        return 2;
    }
    std::optional<JourneyMap> map = loadMapFile(mapPath, err);
    if (!map) return 1;
    out << (kind == "--funnel"  ? funnelReportCsv(*map)
            : kind == "--exits" ? exitsReportCsv(*map)
                                : opportunitiesReportCsv(*map));
    return 0;
}

int diff(const std::string& oldPath, const std::string& newPath, std::ostream& out, std::ostream& err) {
    std::optional<JourneyMap> before = loadMapFile(oldPath, err);
    if (!before) return 2;
    std::optional<JourneyMap> after = loadMapFile(newPath, err);
    if (!after) return 2;
    const std::string csv = diffReportCsv(*before, *after);
    out << csv;
    return csv.find('\n') + 1 == csv.size() ? 0 : 1;  // only the header: the same
}

}  // namespace

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h" || args[0] == "help")) {
        out << kUsage;
        return 0;
    }
    if (args.size() >= 2 && args[0] == "validate")
        return validate(std::vector<std::string>(args.begin() + 1, args.end()), out);
    if (args.size() == 3 && args[0] == "convert") return convert(args[1], args[2], out, err);
    if (args.size() == 4 && args[0] == "metrics") return metrics(args[1], args[2], args[3], out, err);
    if (!args.empty() && args[0] == "report") return report(args, out, err);
    if (args.size() == 3 && args[0] == "diff") return diff(args[1], args[2], out, err);
    err << kUsage;
    return 2;
}

}  // namespace jejak
