// The file format: exact round trips, a strict loader with clear errors, migrations.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "io/field_names.h"
#include "io/json_text.h"
#include "io/map_json.h"
#include "map_generator.h"

using namespace jejak;
namespace fs = std::filesystem;

namespace {
std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), path.string());
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
const fs::path kSource = JEJAK_SOURCE_DIR;
}  // namespace

TEST_CASE("a saved map starts with the format header and loads back equal") {
    JourneyMap map = test::sampleMap();
    std::string text = saveMapToJson(map);
    CHECK(text.rfind("{\n  \"format\": \"jejak.journey-map\",\n  " + test::versionField() + ",", 0) == 0);
    MapLoadResult loaded = loadMapFromJson(text);
    REQUIRE_MESSAGE(loaded.ok, describeProblem(loaded.problem));
    CHECK(loaded.map == map);
    CHECK(saveMapToJson(loaded.map) == text);
}

TEST_CASE("what the writer writes is what nlohmann reads") {
    JsonWriter w;
    w.beginObject();
    w.field("s", std::string_view("tab\t \"q\" \\ \x01 é 😊"));
    w.field("d", 0.1);
    w.field("n", -5LL);
    w.key("empty");
    w.beginArray();
    w.endArray();
    w.endObject();
    auto parsed = nlohmann::json::parse(w.finish());
    CHECK(parsed["s"] == "tab\t \"q\" \\ \x01 é 😊");
    CHECK(parsed["d"].get<double>() == 0.1);
    CHECK(parsed["n"] == -5);
    CHECK(parsed["empty"].empty());
    for (double d : {0.1, 1.0 / 3.0, 1e300, -2.5e-300, 123456789.125, 5e-324})
        CHECK(std::strtod(shortestDouble(d).c_str(), nullptr) == d);
    CHECK(shortestDouble(0.1) == "0.1");
}

TEST_CASE("property: save then load gives an identical map, Unicode included") {
    test::MapGenerator gen(7);
    for (int i = 0; i < 300; ++i) {
        CAPTURE(i);
        JourneyMap map = gen.map({gen.below(4), 1 + gen.below(7), 1 + gen.below(8), gen.below(80)});
        REQUIRE_FALSE(findProblem(map));
        std::string text = saveMapToJson(map);
        MapLoadResult loaded = loadMapFromJson(text);
        REQUIRE_MESSAGE(loaded.ok, describeProblem(loaded.problem));
        REQUIRE(loaded.map == map);
        REQUIRE(saveMapToJson(loaded.map) == text);
    }
}

TEST_CASE("every bad file in the corpus gives its expected error") {
    std::ifstream list(kSource / "tests/corpus/bad/expected.tsv");
    REQUIRE(list.good());
    std::string line;
    int files = 0;
    while (std::getline(list, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        std::string file, error, path;
        std::getline(fields, file, '\t');
        std::getline(fields, error, '\t');
        std::getline(fields, path, '\t');
        CAPTURE(file);
        MapLoadResult r = loadMapFromJson(readFile(kSource / "tests/corpus/bad" / file));
        CHECK_FALSE(r.ok);
        CHECK(mapErrorName(r.problem.error) == error);
        CHECK(r.problem.path == path);
        // The message is a translation key with its arguments, said in both languages.
        CHECK(TranslationTable::builtIn().has(Language::English, r.problem.key));
        CHECK(TranslationTable::builtIn().has(Language::Indonesian, r.problem.key));
        CHECK(describeProblem(r.problem).find("{") == std::string::npos);
        CHECK(r.map == JourneyMap{});  // nothing half-loaded
        ++files;
    }
    CHECK(files >= 40);
    // Every file in the folder is listed.
    int onDisk = 0;
    for (const auto& entry : fs::directory_iterator(kSource / "tests/corpus/bad"))
        onDisk += entry.path().extension() == ".json";
    CHECK(onDisk == files);
}

TEST_CASE("messages say which field and what was expected") {
    auto message = [](const char* file) {
        return describeProblem(loadMapFromJson(readFile(kSource / "tests/corpus/bad" / file)).problem);
    };
    CHECK(message("01-empty-file.json") == "The file is empty.");
    CHECK(message("03-truncated.json").find("not valid JSON (line 1, column") != std::string::npos);
    CHECK(message("23-newer-version.json") ==
          "The file was made by a newer Jejak (format version 5); this one reads up to version 4.");
    CHECK(message("49-card-dangling-stage.json") == "cards[1].stage refers to stage 99, which is not in the map.");
    CHECK(message("25-missing-title.json") == "title is missing.");
    CHECK(message("54-card-bad-channel.json")
              .rfind("cards[0].channel is \"telegraph\", which is not one of: website,", 0) == 0);
}

TEST_CASE("messages are values, said in the user's language") {
    auto problem = [](const char* file) {
        return loadMapFromJson(readFile(kSource / "tests/corpus/bad" / file)).problem;
    };
    MapProblem dangling = problem("49-card-dangling-stage.json");
    CHECK(dangling.key == "problem.no_stage");
    CHECK(dangling.args == std::vector<std::string>{"99"});
    CHECK(describeProblem(dangling, Language::Indonesian) ==
          "cards[1].stage merujuk ke tahap 99, yang tidak ada di peta.");
    CHECK(describeProblem(problem("01-empty-file.json"), Language::Indonesian) == "Berkas kosong.");
    // No English words left in an Indonesian message (the field path and values aside).
    std::string range = describeProblem(problem("64-emotion-score-three.json"), Language::Indonesian);
    CHECK(range == "emotions[0].score harus dari -2 sampai 2, bukan 3.");
}

TEST_CASE("bytes in other encodings are refused, not guessed") {
    // Windows-1252 "Café Ñandú", as Excel and old editors write it.
    std::string cp1252 = saveMapToJson(test::sampleMap());
    cp1252.replace(cp1252.find("\"title\": \"") + 10, 0,
                   "Caf\xe9 \xd1"
                   "and\xfa ");
    MapLoadResult r = loadMapFromJson(cp1252);
    CHECK(r.problem.error == MapError::InvalidUtf8);
    // UTF-16 with a byte order mark, as Windows Notepad may save.
    std::string utf16("\xff\xfe{\0\"\0", 6);
    r = loadMapFromJson(utf16);
    CHECK(r.problem.error == MapError::InvalidUtf8);
    CHECK(r.problem.key == "problem.utf16");
    // A file that starts with a zero byte is not "empty".
    std::string zero("\0{}", 3);
    r = loadMapFromJson(zero);
    CHECK(r.problem.error == MapError::NotJson);
    CHECK(describeProblem(r.problem) == "The file is not text (a zero byte at offset 0).");
}

TEST_CASE("nesting is limited, brackets inside text do not count") {
    std::string ok = saveMapToJson(test::sampleMap());
    ok.insert(ok.find("Iklan Instagram"), std::string(200, '['));
    CHECK(loadMapFromJson(ok).ok);
    std::string deep = "{\"x\": " + std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']') + "}";
    CHECK(loadMapFromJson(deep).problem.error == MapError::TooDeep);
}

TEST_CASE("files over 20 MB are refused before parsing") {
    std::string big = saveMapToJson(test::sampleMap());
    big.insert(big.size() - 2, std::string(kMaxMapFileBytes, ' '));
    MapLoadResult r = loadMapFromJson(big);
    CHECK_FALSE(r.ok);
    CHECK(r.problem.error == MapError::TooLarge);
    CHECK(describeProblem(r.problem).find("20 MB") != std::string::npos);
}

TEST_CASE("the good corpus and every template load") {
    int loaded = 0;
    for (const char* folder : {"tests/corpus/good", "assets/templates"}) {
        for (const auto& entry : fs::directory_iterator(kSource / folder)) {
            if (entry.path().extension() != ".json") continue;
            CAPTURE(entry.path().string());
            MapLoadResult r = loadMapFromJson(readFile(entry.path()));
            CHECK_MESSAGE(r.ok, describeProblem(r.problem));
            ++loaded;
        }
    }
    CHECK(loaded >= 13);
}

TEST_CASE("the migration hook upgrades old versions step by step") {
    // Pretend version 0 named the title "name" and version 1 is current.
    std::vector<Migration> migrations = {{0, [](nlohmann::ordered_json& doc) {
                                              doc["title"] = doc["name"];
                                              doc.erase("name");
                                          }}};
    nlohmann::ordered_json old = nlohmann::ordered_json::parse(saveMapToJson(test::sampleMap()));
    old["version"] = 0;
    old["name"] = old["title"];
    old.erase("title");
    LoadOptions options;
    options.migrations = &migrations;
    options.currentVersion = 1;
    MapLoadResult r = loadMapFromJson(old.dump(), options);
    REQUIRE_MESSAGE(r.ok, describeProblem(r.problem));
    CHECK(r.map == test::sampleMap());

    // Without the step, version 0 is refused with a clear message.
    MapLoadResult refused = loadMapFromJson(old.dump());
    CHECK(refused.problem.error == MapError::OutOfRange);
    CHECK(describeProblem(refused.problem) == "Format version 0 is not one Jejak can read.");

    // A chain: 1 -> 2 -> 3 with the current version at 3.
    std::vector<Migration> chain = {
        {1, [](nlohmann::ordered_json& doc) { doc["title"] = doc["title"].get<std::string>() + " v2"; }},
        {2, [](nlohmann::ordered_json& doc) { doc["title"] = doc["title"].get<std::string>() + " v3"; }}};
    options.migrations = &chain;
    options.currentVersion = 3;
    nlohmann::ordered_json one = nlohmann::ordered_json::parse(saveMapToJson(test::sampleMap()));
    one["version"] = 1;
    MapLoadResult upgraded = loadMapFromJson(one.dump(), options);
    REQUIRE(upgraded.ok);
    CHECK(upgraded.map.title == "Perjalanan Maria v2 v3");
}

TEST_CASE("byte-level checks") {
    CHECK_FALSE(findInvalidUtf8("plain ascii, Indonesia 🇮🇩, naïve"));
    CHECK(findInvalidUtf8("ok\xff") == 2u);
    CHECK(findInvalidUtf8("\xf4\x90\x80\x80") == 0u);  // above U+10FFFF
    CHECK(lineAndColumn("ab\ncd", 4) == std::make_pair(size_t{2}, size_t{2}));
}

TEST_CASE("known field names are never forgotten, however many a reader asks for") {
    // The reader once kept only 24 names, and a 25th known field was then called unknown.
    std::vector<std::string> names;
    for (int i = 0; i < 40; ++i) names.push_back("field" + std::to_string(i));
    FieldNames seen;
    for (const std::string& n : names) seen.add(n.c_str());
    CHECK(seen.size() == 40);
    for (const std::string& n : names) CHECK(seen.contains(n));
    CHECK_FALSE(seen.contains("field40"));
}

TEST_CASE("a lane hidden in a file of an earlier build opens hidden in the view, and is not written back") {
    MapLoadResult r = loadMapFromJson(readFile(kSource / "tests/corpus/good/v1-hidden-lane.json"));
    REQUIRE(r.ok);
    CHECK(r.hiddenLanes == std::vector<Id>{6});
    REQUIRE(r.map.lanes.size() == 2);  // the lane is still the map's content
    std::string saved = saveMapToJson(r.map);
    CHECK(saved.find("hidden") == std::string::npos);
    MapLoadResult again = loadMapFromJson(saved);
    REQUIRE(again.ok);
    CHECK(again.hiddenLanes.empty());
    CHECK(again.map == r.map);
    // The same file without the flag is the same map.
    MapLoadResult plain = loadMapFromJson(readFile(kSource / "tests/corpus/good/minimal-id.json"));
    REQUIRE(plain.ok);
    CHECK(plain.map == r.map);
}
