// The translation table: both languages complete, lookups and locale detection.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "core/translations.h"

using namespace jejak;

namespace {
std::string readAsset(const std::string& relative) {
    std::ifstream in(std::string(JEJAK_SOURCE_DIR) + "/" + relative, std::ios::binary);
    REQUIRE(in.good());
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
}  // namespace

TEST_CASE("every key exists in English and in Bahasa Indonesia") {
    const TranslationTable& t = TranslationTable::builtIn();
    auto en = t.keys(Language::English);
    auto id = t.keys(Language::Indonesian);
    CHECK(en.size() >= 5);
    for (const auto& key : en) CHECK_MESSAGE(t.has(Language::Indonesian, key), "missing in id.json: " << key);
    for (const auto& key : id) CHECK_MESSAGE(t.has(Language::English, key), "missing in en.json: " << key);
}

TEST_CASE("the embedded table matches the files in assets/") {
    TranslationTable fromFiles;
    std::string error;
    REQUIRE(fromFiles.load(Language::English, readAsset("assets/translations/en.json"), &error));
    REQUIRE(fromFiles.load(Language::Indonesian, readAsset("assets/translations/id.json"), &error));
    CHECK(fromFiles.keys(Language::English) == TranslationTable::builtIn().keys(Language::English));
    CHECK(std::string(TranslationTable::builtIn().text(Language::Indonesian, "map.untitled")) ==
          "Peta perjalanan tanpa judul");
}

TEST_CASE("placeholders agree between the languages, printf ones in the same order") {
    const TranslationTable& t = TranslationTable::builtIn();
    // printf's %s and %d are filled by position: the same ones, in the same order.
    auto printfPlaceholders = [](std::string s) {
        std::vector<std::string> out;
        for (size_t i = s.find('%'); i != std::string::npos; i = s.find('%', i + 2))
            if (i + 1 < s.size()) out.push_back(s.substr(i, 2));
        return out;
    };
    // {0}, {1}: numbered, so a language may put them in its own order.
    auto numbered = [](std::string s) {
        std::multiset<std::string> out;
        for (size_t i = s.find('{'); i != std::string::npos; i = s.find('{', i + 1))
            if (i + 2 < s.size() && s[i + 2] == '}') out.insert(s.substr(i, 3));
        return out;
    };
    for (const auto& key : t.keys(Language::English)) {
        CHECK_MESSAGE(
            printfPlaceholders(t.text(Language::English, key)) == printfPlaceholders(t.text(Language::Indonesian, key)),
            key);
        CHECK_MESSAGE(numbered(t.text(Language::English, key)) == numbered(t.text(Language::Indonesian, key)), key);
    }
    // The check itself tells order apart.
    CHECK(printfPlaceholders("%s has %d") != printfPlaceholders("%d has %s"));
}

TEST_CASE("numbered placeholders are filled in any order") {
    CHECK(fillPlaceholders("{1} before {0}", {"a", "b"}) == "b before a");
    CHECK(fillPlaceholders("{0}% and {2}", {"50"}) == "50% and {2}");
    CHECK(TranslationTable::builtIn().format(Language::Indonesian, "problem.range", {"1", "5", "9"}) ==
          "harus dari 1 sampai 5, bukan 9");
}

TEST_CASE("every translation key the code names exists in both languages") {
    const TranslationTable& t = TranslationTable::builtIn();
    std::set<std::string> namespaces;
    for (const auto& key : t.keys(Language::English)) namespaces.insert(key.substr(0, key.find('.')));
    // String literals such as "status.saved" under a namespace the table uses, and
    // whatever tr("...") is given.
    const std::regex keyLiteral(R"re("([a-z][a-z0-9_]*)\.([a-z0-9_.\-]+)")re");
    const std::regex trCall(R"re(\btr\("([^"]+)"\))re");
    int seen = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(JEJAK_SOURCE_DIR) + "/src")) {
        if (!entry.is_regular_file()) continue;
        std::string code = readAsset(
            "src/" + std::filesystem::relative(entry.path(), std::string(JEJAK_SOURCE_DIR) + "/src").string());
        for (std::sregex_iterator it(code.begin(), code.end(), keyLiteral), end; it != end; ++it) {
            if (!namespaces.count((*it)[1].str())) continue;
            std::string key = (*it)[1].str() + "." + (*it)[2].str();
            ++seen;
            CHECK_MESSAGE(t.has(Language::English, key), entry.path().filename().string() << ": " << key);
            CHECK_MESSAGE(t.has(Language::Indonesian, key), entry.path().filename().string() << ": " << key);
        }
        for (std::sregex_iterator it(code.begin(), code.end(), trCall), end; it != end; ++it) {
            CHECK_MESSAGE(t.has(Language::English, (*it)[1].str()), (*it)[1].str());
            CHECK_MESSAGE(t.has(Language::Indonesian, (*it)[1].str()), (*it)[1].str());
        }
    }
    CHECK(seen > 150);
}

TEST_CASE("a missing key shows the key itself") {
    CHECK(std::string(TranslationTable::builtIn().text(Language::English, "no.such.key")) == "no.such.key");
}

TEST_CASE("bad translation files are refused and leave the table as it was") {
    TranslationTable t;
    std::string error;
    REQUIRE(t.load(Language::English, R"({"a": "A"})", &error));
    CHECK_FALSE(t.load(Language::English, R"({"a": 3})", &error));
    CHECK(error.find("\"a\"") != std::string::npos);
    CHECK_FALSE(t.load(Language::English, R"({"a": ""})", &error));
    CHECK_FALSE(t.load(Language::English, "[1,2]", &error));
    CHECK_FALSE(t.load(Language::English, "{", &error));
    CHECK(std::string(t.text(Language::English, "a")) == "A");
}

TEST_CASE("browser locales map to a UI language") {
    CHECK(languageFromLocale("id") == Language::Indonesian);
    CHECK(languageFromLocale("id-ID") == Language::Indonesian);
    CHECK(languageFromLocale("in_ID") == Language::Indonesian);
    CHECK(languageFromLocale("en-US") == Language::English);
    CHECK(languageFromLocale("ida") == Language::English);
    CHECK(languageFromLocale("") == Language::English);
    CHECK(std::string(languageCode(Language::Indonesian)) == "id");
}

TEST_CASE("lists in the translations have the same number of parts in both languages") {
    const TranslationTable& t = TranslationTable::builtIn();
    auto parts = [&](Language language, const char* key) {
        std::string text = t.text(language, key);
        return 1 + std::count(text.begin(), text.end(), '|');
    };
    for (Language language : {Language::English, Language::Indonesian}) {
        CHECK(parts(language, "time.months") == 12);
        CHECK(parts(language, "blank.stages") == 5);
    }
}

TEST_CASE("counts in words: one and many in English, one form in Bahasa Indonesia") {
    const TranslationTable& t = TranslationTable::builtIn();
    CHECK(t.plural(Language::English, "count.cards", 1) == "1 card");
    CHECK(t.plural(Language::English, "count.cards", 2) == "2 cards");
    CHECK(t.plural(Language::English, "count.cards", 0) == "0 cards");
    CHECK(t.plural(Language::Indonesian, "count.cards", 1) == "1 kartu");
    CHECK(t.plural(Language::Indonesian, "count.cards", 25000) == "25000 kartu");
    CHECK(t.plural(Language::English, "count.stages", 1) == "1 stage");
    CHECK(t.plural(Language::English, "count.personas", 3) == "3 personas");
}

TEST_CASE("a language not loaded reads as the one that is; addBuiltIn adds one (the web app's start)") {
    TranslationTable t;
    std::string error;
    REQUIRE(t.load(Language::Indonesian, R"({"app.name": "Jejak", "map.untitled": "Peta tanpa judul"})", &error));
    CHECK(t.hasLanguage(Language::Indonesian));
    CHECK_FALSE(t.hasLanguage(Language::English));
    CHECK(std::string(t.text(Language::English, "map.untitled")) == "Peta tanpa judul");
    CHECK(t.has(Language::English, "app.name"));
    REQUIRE(t.load(Language::English, R"({"map.untitled": "Untitled journey map"})", &error));
    CHECK(std::string(t.text(Language::English, "map.untitled")) == "Untitled journey map");
    CHECK_FALSE(t.has(Language::English, "app.name"));  // once loaded, a gap shows as a gap
    CHECK_FALSE(TranslationTable::addBuiltIn(Language::English, "[1, 2]", &error));
    CHECK(TranslationTable::builtIn().hasLanguage(Language::English));  // a bad file changes nothing
}
