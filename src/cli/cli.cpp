// `jejak validate FILE...` and `jejak convert IN OUT`.
#include "cli/cli.h"

#include <fstream>
#include <optional>
#include <ostream>
#include <sstream>

#include "io/map_json.h"

namespace jejak {
namespace {

constexpr const char* kUsage =
    "usage: jejak validate FILE...   check journey map files; prints \"ok\" or the problem\n"
    "       jejak convert IN OUT     write IN as a current-format journey map to OUT\n";

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

MapLoadResult loadFile(const FileText& file) {
    if (file.tooLarge) {
        MapLoadResult r;
        r.problem = *file.tooLarge;
        return r;
    }
    return loadMapFromJson(file.text);
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
        MapLoadResult r = loadFile(file);
        if (r.ok) {
            out << path << ": ok\n";
        } else {
            out << path << ": " << mapErrorName(r.problem.error) << ": " << describeProblem(r.problem) << "\n";
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
    MapLoadResult r = loadFile(input);
    if (!r.ok) {
        err << in << ": " << mapErrorName(r.problem.error) << ": " << describeProblem(r.problem) << "\n";
        return 1;
    }
    std::ofstream file(outPath, std::ios::binary | std::ios::trunc);
    file << saveMapToJson(r.map);
    if (!file.flush()) {
        err << outPath << ": cannot write the file\n";
        return 1;
    }
    out << in << " -> " << outPath << "\n";
    return 0;
}

}  // namespace

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.size() >= 2 && args[0] == "validate")
        return validate(std::vector<std::string>(args.begin() + 1, args.end()), out);
    if (args.size() == 3 && args[0] == "convert") return convert(args[1], args[2], out, err);
    err << kUsage;
    return 2;
}

}  // namespace jejak
