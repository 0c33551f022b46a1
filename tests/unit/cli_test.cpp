// The jejak command line, run in-process on real files.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/cli.h"
#include "cli_run.h"
#include "io/file_formats.h"
#include "io/map_csv.h"
#include "io/map_json.h"
#include "io/map_markdown.h"
#include "io/map_mermaid.h"

using namespace jejak;
namespace fs = std::filesystem;

namespace {
const fs::path kSource = JEJAK_SOURCE_DIR;
using Run = test::CliRun;
constexpr auto run = &test::runCliCaptured;
}  // namespace

TEST_CASE("validate says ok for good files and names the problem of bad ones") {
    std::string good = (kSource / "assets/templates/b2c-retail-maria.en.json").string();
    std::string bad = (kSource / "tests/corpus/bad/49-card-dangling-stage.json").string();
    Run ok = run({"validate", good});
    CHECK(ok.code == 0);
    CHECK(ok.out == good + ": ok\n");
    Run mixed = run({"validate", good, bad, "/no/such/file.json"});
    CHECK(mixed.code == 1);
    CHECK(mixed.out.find(bad + ": dangling-reference: cards[1].stage refers to stage 99") != std::string::npos);
    CHECK(mixed.out.find("/no/such/file.json: cannot open the file") != std::string::npos);
}

TEST_CASE("convert normalises a map and the result validates and loads equal") {
    fs::path outPath = fs::temp_directory_path() / "jejak-cli-test.json";
    std::string in = (kSource / "assets/templates/social-media-selling.id.json").string();
    Run r = run({"convert", in, outPath.string()});
    REQUIRE(r.code == 0);
    std::ifstream a(in), b(outPath);
    std::stringstream sa, sb;
    sa << a.rdbuf();
    sb << b.rdbuf();
    MapLoadResult original = loadMapFromJson(sa.str()), converted = loadMapFromJson(sb.str());
    REQUIRE(converted.ok);
    CHECK(converted.map == original.map);
    CHECK(sb.str() == saveMapToJson(original.map));
    CHECK(run({"validate", outPath.string()}).code == 0);
    fs::remove(outPath);
}

TEST_CASE("convert refuses a bad file and writes nothing") {
    fs::path outPath = fs::temp_directory_path() / "jejak-cli-refused.json";
    fs::remove(outPath);
    Run r = run({"convert", (kSource / "tests/corpus/bad/23-newer-version.json").string(), outPath.string()});
    CHECK(r.code == 1);
    CHECK(r.err.find("newer-version") != std::string::npos);
    CHECK_FALSE(fs::exists(outPath));
}

TEST_CASE("wrong arguments print the usage") {
    for (auto args : std::vector<std::vector<std::string>>{{}, {"validate"}, {"convert", "a"}, {"frobnicate"}}) {
        Run r = run(args);
        CHECK(r.code == 2);
        CHECK(r.err.rfind("usage: jejak validate", 0) == 0);
    }
}

TEST_CASE("a file over 20 MB is refused with its real size, as the page says it") {
    fs::path big = fs::temp_directory_path() / "jejak-cli-big.json";
    {
        std::ofstream out(big, std::ios::binary | std::ios::trunc);
        out << std::string(52'428'800 + 6, ' ');
    }
    Run r = run({"validate", big.string()});
    CHECK(r.code == 1);
    CHECK(r.out == big.string() + ": too-large: The file is 52.4 MB; Jejak opens maps of up to 20 MB.\n");
    CHECK(describeProblem(tooLargeProblem(52'428'806)) == "The file is 52.4 MB; Jejak opens maps of up to 20 MB.");
    fs::remove(big);
}

TEST_CASE("convert writes and reads card tables (.csv), with the app's own CSV code") {
    const fs::path dir = fs::temp_directory_path();
    const std::string in = (kSource / "assets/templates/social-media-selling.id.json").string();
    const fs::path table = dir / "Jualan sosial.csv", back = dir / "jejak-cli-back.json";
    REQUIRE(run({"convert", in, table.string()}).code == 0);
    std::ifstream a(in), t(table, std::ios::binary);
    std::stringstream sa, st;
    sa << a.rdbuf();
    st << t.rdbuf();
    const MapLoadResult original = loadMapFromJson(sa.str());
    REQUIRE(original.ok);
    CHECK(st.str() == saveMapToCsv(original.map, Language::Indonesian));  // the map is Indonesian: so is the header
    CHECK(run({"validate", table.string()}).out == table.string() + ": ok\n");

    REQUIRE(run({"convert", table.string(), back.string()}).code == 0);
    std::ifstream b(back);
    std::stringstream sb;
    sb << b.rdbuf();
    const MapLoadResult converted = loadMapFromJson(sb.str());
    REQUIRE(converted.ok);
    CHECK(converted.map.title == "Jualan sosial");  // the file's name
    CHECK(converted.map.cards.size() == original.map.cards.size());
    CHECK(saveMapToCsv(converted.map, Language::Indonesian) == st.str());

    // A bad table: exit 1 and its line, nothing written.
    const fs::path bad = dir / "jejak-cli-bad.csv", none = dir / "jejak-cli-none.json";
    {
        std::ofstream out(bad, std::ios::binary | std::ios::trunc);
        out << "stage,lane,text,impact\nA,B,ok,2\nA,B,bad,9\n";
    }
    fs::remove(none);
    Run refused = run({"convert", bad.string(), none.string()});
    CHECK(refused.code == 1);
    CHECK(refused.err == bad.string() + ": csv: Line 3, impact: \"9\" is not a whole number from 1 to 5.\n");
    CHECK_FALSE(fs::exists(none));
    CHECK(run({"validate", bad.string()}).code == 1);
    // A format jejak does not write.
    CHECK(run({"convert", in, (dir / "map.pdf").string()}).code == 2);
    for (const fs::path& p : {table, back, bad}) fs::remove(p);
}

TEST_CASE("convert writes a Markdown outline in the map's language, and never reads one") {
    const fs::path dir = fs::temp_directory_path();
    const std::string in = (kSource / "assets/templates/social-media-selling.id.json").string();
    const fs::path md = dir / "jejak-cli-outline.md";
    REQUIRE(run({"convert", in, md.string()}).code == 0);
    std::ifstream a(in), m(md, std::ios::binary);
    std::stringstream sa, sm;
    sa << a.rdbuf();
    sm << m.rdbuf();
    const MapLoadResult original = loadMapFromJson(sa.str());
    REQUIRE(original.ok);
    CHECK(sm.str() == saveMapToMarkdown(original.map, Language::Indonesian));
    Run back = run({"convert", md.string(), (dir / "jejak-cli-from-md.json").string()});
    CHECK(back.code == 1);
    CHECK(back.err.find("markdown: an outline is written, not read") != std::string::npos);
    fs::remove(md);
}

TEST_CASE("convert writes and reads Mermaid journeys (.mmd)") {
    const fs::path dir = fs::temp_directory_path();
    const std::string in = (kSource / "assets/templates/b2c-retail-maria.en.json").string();
    const fs::path mmd = dir / "jejak-cli.mmd", back = dir / "jejak-cli-from-mmd.json";
    REQUIRE(run({"convert", in, mmd.string()}).code == 0);
    std::ifstream m(mmd, std::ios::binary);
    std::stringstream sm;
    sm << m.rdbuf();
    CHECK(sm.str().rfind("journey\n    title Maria buys skin care online\n    section Awareness\n", 0) == 0);
    CHECK(run({"validate", mmd.string()}).out == mmd.string() + ": ok\n");
    REQUIRE(run({"convert", mmd.string(), back.string()}).code == 0);
    CHECK(run({"validate", back.string()}).code == 0);
    const fs::path bad = dir / "jejak-cli-bad.mmd";
    {
        std::ofstream out(bad, std::ios::binary | std::ios::trunc);
        out << "journey\n  section A\n  Make tea: lots: Me\n";
    }
    Run refused = run({"validate", bad.string()});
    CHECK(refused.code == 1);
    CHECK(refused.out == bad.string() + ": mermaid: Line 3: \"lots\" is not a score (a number, 1 to 5).\n");
    for (const fs::path& p : {mmd, back, bad}) fs::remove(p);
}

TEST_CASE("the CLI knows every map format the app opens, by the one table: .mermaid too") {
    const std::string in = (kSource / "assets/templates/b2c-retail-maria.en.json").string();
    const fs::path mermaid = fs::temp_directory_path() / "jejak-cli-test.Mermaid";
    REQUIRE(run({"convert", in, mermaid.string()}).code == 0);
    CHECK(run({"validate", mermaid.string()}).out == mermaid.string() + ": ok\n");
    const fs::path back = fs::temp_directory_path() / "jejak-cli-test-back.json";
    CHECK(run({"convert", mermaid.string(), back.string()}).code == 0);
    CHECK(run({"validate", back.string()}).code == 0);
    CHECK(mapFormatOfName("a.MMD") == FileFormat::Mermaid);
    CHECK(mapFormatOfName("a.png") == std::nullopt);
    CHECK_FALSE(mapFormatOfName("no-extension").has_value());
    fs::remove(mermaid);
    fs::remove(back);
}

TEST_CASE("--help prints the usage on standard output and succeeds") {
    Run r = run({"--help"});
    CHECK(r.code == 0);
    CHECK(r.out.rfind("usage: jejak validate", 0) == 0);
    CHECK(r.out.find("jejak diff OLD.json NEW.json") != std::string::npos);
    CHECK(r.err.empty());
}
