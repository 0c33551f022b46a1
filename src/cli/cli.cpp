// `jejak validate FILE...` and `jejak convert IN OUT`.
#include "cli/cli.h"

#include <fstream>
#include <ostream>
#include <sstream>

#include "io/map_json.h"

namespace jejak {
namespace {

constexpr const char* kUsage =
    "usage: jejak validate FILE...   check journey map files; prints \"ok\" or the problem\n"
    "       jejak convert IN OUT     write IN as a current-format journey map to OUT\n";

bool readFile(const std::string& path, std::string& text, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot open the file";
        return false;
    }
    in.seekg(0, std::ios::end);
    auto size = static_cast<std::streamoff>(in.tellg());
    if (size > static_cast<std::streamoff>(kMaxMapFileBytes)) {
        // Let the loader word it, without reading gigabytes.
        text.assign(kMaxMapFileBytes + 1, ' ');
        return true;
    }
    in.seekg(0);
    std::stringstream ss;
    ss << in.rdbuf();
    text = ss.str();
    return true;
}

int validate(const std::vector<std::string>& files, std::ostream& out) {
    int bad = 0;
    for (const std::string& path : files) {
        std::string text, error;
        if (!readFile(path, text, error)) {
            out << path << ": " << error << "\n";
            ++bad;
            continue;
        }
        MapLoadResult r = loadMapFromJson(text);
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
    std::string text, error;
    if (!readFile(in, text, error)) {
        err << in << ": " << error << "\n";
        return 1;
    }
    MapLoadResult r = loadMapFromJson(text);
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
