// The translation table: both languages complete, lookups and locale detection.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
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

TEST_CASE("printf placeholders agree between the languages") {
    const TranslationTable& t = TranslationTable::builtIn();
    auto placeholders = [](std::string s) {
        std::multiset<std::string> out;
        for (size_t i = s.find('%'); i != std::string::npos; i = s.find('%', i + 2))
            if (i + 1 < s.size()) out.insert(s.substr(i, 2));
        return out;
    };
    for (const auto& key : t.keys(Language::English))
        CHECK_MESSAGE(placeholders(t.text(Language::English, key)) ==
                          placeholders(t.text(Language::Indonesian, key)),
                      key);
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
