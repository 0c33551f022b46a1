// CSV export and import of cards: the exact bytes, round trips, both header
// languages, spreadsheet habits (semicolons, decimal commas), and every refusal
// with its line.
#include <doctest/doctest.h>

#include <algorithm>

#include "io/map_csv.h"
#include "io/map_json.h"
#include "map_generator.h"

using namespace jejak;

namespace {

const std::string kHeader =
    "stage,lane,lane_kind,text,notes,color,channel,online,impact,effort,owner,status,severity,value,unit,votes\r\n";

JourneyMap tinyMap() {
    JourneyMap map = makeStarterMap("Maria", "id", {"Kesadaran", "Keputusan"},
                                    {{LaneKind::Touchpoints, "Titik kontak"}, {LaneKind::PainPoints, "Hambatan"}});
    Card a;
    a.id = map.nextId++;
    a.stage = map.stages[0].id;
    a.lane = map.lanes[0].id;
    a.text = "Iklan \"Instagram\", Reels";
    a.channel = Channel::SocialMedia;
    a.online = true;
    a.votes = 2;
    Card b;
    b.id = map.nextId++;
    b.stage = map.stages[1].id;
    b.lane = map.lanes[1].id;
    b.text = "Ongkir tidak jelas\nsaat checkout";
    b.severity = 4;
    b.value = 3.25;
    b.color = 0xe07a5f;
    map.cards = {b, a};  // map order differs from reading order
    return map;
}

std::string csv(const JourneyMap& map) { return saveMapToCsv(map); }

CsvLoadResult load(std::string_view text) { return loadMapFromCsv(text, "Imported", "en"); }

std::string problemOf(std::string_view text, Language language = Language::English) {
    CsvLoadResult r = load(text);
    REQUIRE_FALSE(r.ok);
    CHECK(r.map.cards.empty());  // all or nothing
    return describeCsvProblem(r.problem, language);
}

}  // namespace

TEST_CASE("CSV export: a BOM, the header, one row per card in reading order, RFC 4180 quoting, CRLF") {
    std::string out = csv(tinyMap());
    CHECK(out.rfind("\xEF\xBB\xBF", 0) == 0);
    CHECK(out ==
          "\xEF\xBB\xBF" + kHeader +
              "Kesadaran,Titik kontak,touchpoints,\"Iklan \"\"Instagram\"\", Reels\",,,social-media,true,,,,,,,,2\r\n"
              "Keputusan,Hambatan,pain-points,\"Ongkir tidak jelas\nsaat checkout\",,#e07a5f,,,,,,,4,3.25,,\r\n");
    std::string indonesian = saveMapToCsv(tinyMap(), Language::Indonesian);
    CHECK(indonesian.find("tahap,jalur,jenis_jalur,teks,catatan,warna,saluran,daring") == 3);
}

TEST_CASE("CSV import reads back what export wrote: stages, lanes, kinds and every card field") {
    const JourneyMap original = tinyMap();
    CsvLoadResult r = load(csv(original));
    REQUIRE_MESSAGE(r.ok, describeCsvProblem(r.problem));
    CHECK(r.rows == 2);
    CHECK(r.map.title == "Imported");
    REQUIRE(r.map.stages.size() == 2);
    CHECK(r.map.stages[1].name == "Keputusan");
    REQUIRE(r.map.lanes.size() == 2);
    CHECK(r.map.lanes[1].kind == LaneKind::PainPoints);
    CHECK(csv(r.map) == csv(original));
    CHECK_FALSE(findProblem(r.map));
    // The Indonesian header reads the same.
    CsvLoadResult id = load(saveMapToCsv(original, Language::Indonesian));
    REQUIRE(id.ok);
    CHECK(csv(id.map) == csv(original));
}

TEST_CASE("CSV round trips of random maps keep every card of every cell in order") {
    test::MapGenerator gen(7);
    for (int i = 0; i < 40; ++i) {
        JourneyMap map = gen.map(test::MapShape{});
        // A card table names stages and lanes by name: give them names that say which one.
        for (size_t s = 0; s < map.stages.size(); ++s) map.stages[s].name = "Tahap " + std::to_string(s + 1);
        for (size_t l = 0; l < map.lanes.size(); ++l) map.lanes[l].name = "Jalur " + std::to_string(l + 1);
        std::string first = csv(map);
        CsvLoadResult r = load(first);
        REQUIRE_MESSAGE(r.ok, describeCsvProblem(r.problem));
        CHECK(csv(r.map) == first);
        CHECK(r.rows == static_cast<int>(map.cards.size()));
    }
}

TEST_CASE(
    "CSV import takes spreadsheet habits: any column order and case, semicolons and decimal commas, blank lines") {
    CsvLoadResult r = load(
        "Text;Lane;STAGE;Value;Lane kind;Online\n"
        "Harga 1,5 juta;Metrik;Pembelian;1,5;metrics;ya\n"
        "\n"
        ";;;;;\n"
        "Ulasan;Titik kontak;Pembelian;;touchpoints;tidak\n");
    REQUIRE_MESSAGE(r.ok, describeCsvProblem(r.problem));
    REQUIRE(r.map.cards.size() == 2);
    CHECK(r.map.cards[0].text == "Harga 1,5 juta");
    CHECK(*r.map.cards[0].value == 1.5);
    CHECK(*r.map.cards[0].online == true);
    CHECK(*r.map.cards[1].online == false);
    CHECK(r.map.lanes[0].kind == LaneKind::Metrics);
    // A lane without a kind is free text; a header's trailing empty column is a spreadsheet's habit.
    CsvLoadResult plain = load("stage,lane,text,\nA,Notes,hello,\n");
    REQUIRE_MESSAGE(plain.ok, describeCsvProblem(plain.problem));
    CHECK(plain.map.lanes[0].kind == LaneKind::Text);
}

TEST_CASE("CSV refusals name the line (where the row starts) and the column, in the user's language") {
    const std::string head = "stage,lane,text,impact\n";
    CHECK(problemOf(head + "A,B,ok,2\nA,B,bad,9\n") == "Line 3, impact: \"9\" is not a whole number from 1 to 5.");
    // A quoted line break moves the lines along.
    CHECK(problemOf(head + "A,B,\"two\nlines\",1\nA,B,x,zero\n") ==
          "Line 4, impact: \"zero\" is not a whole number from 1 to 5.");
    CHECK(problemOf(head + "A,B,ok,2\nA,B,x,9\n", Language::Indonesian) ==
          "Baris 3, impact: \"9\" bukan bilangan bulat dari 1 sampai 5.");
    CHECK(problemOf(head + "A,B,\"never closed,1\n") == "Line 2: a quoted field starts here and is never closed.");
    CHECK(problemOf(head + ",B,x,1\n") == "Line 2, stage: is empty.");
    CHECK(problemOf(head + "A,B,x,1,extra\n") == "Line 2: the row has 5 fields and the header 4.");
    CHECK(problemOf("stage,lane,text,mood\nA,B,x,happy\n")
              .rfind("Line 1: the header has a column Jejak does not know, \"mood\"; the columns are stage, lane,",
                     0) == 0);
    CHECK(problemOf("stage,lane\nA,B\n") == "Line 1: the header has no text column.");
    CHECK(problemOf("stage,lane,text,Text\nA,B,x,y\n") == "Line 1: the header names \"Text\" twice.");
    CHECK(problemOf("stage,lane,lane_kind,text\nA,B,touchpoints,x\nC,B,pain-points,y\n") ==
          "Line 3, lane_kind: lane \"B\" is already touchpoints (line 2).");
    CHECK(problemOf("stage,lane,text,channel\nA,B,x,telegraph\n")
              .rfind("Line 2, channel: \"telegraph\" is not one of: website,", 0) == 0);
    CHECK(problemOf("stage,lane,text,color\nA,B,x,red\n") == "Line 2, color: \"red\" is not a colour such as #e07a5f.");
    CHECK(problemOf("stage,lane,text,online\nA,B,x,maybe\n") == "Line 2, online: \"maybe\" is not true or false.");
    CHECK(problemOf("stage,lane,text,value\nA,B,x,1.2.3\n") == "Line 2, value: \"1.2.3\" is not a number.");
    CHECK(problemOf("stage,lane,text,votes\nA,B,x,-1\n") ==
          "Line 2, votes: \"-1\" is not a whole number from 0 to 1000000.");
    CHECK(problemOf("") == "The file is empty.");
    CHECK(problemOf("stage,lane,text\n") == "The file has a header but no cards.");
    CHECK(problemOf("stage,lane,text\nA,B,caf\xe9\n") ==
          "The file is not UTF-8 text (byte 23); save it as \"CSV UTF-8\" and open it again.");
    CHECK(problemOf(std::string("\xff\xfes\0t\0", 6)) ==
          "The file is UTF-16 text; save it as \"CSV UTF-8\" and open it again.");
    CHECK(problemOf("", Language::Indonesian) == "Berkas ini kosong.");
}

TEST_CASE("every CSV message exists in both languages") {
    for (const char* key : {"csv.line", "csv.empty", "csv.utf16", "csv.not_utf8", "csv.unclosed_quote",
                            "csv.unknown_column", "csv.duplicate_column", "csv.missing_column", "csv.too_many_fields",
                            "csv.required", "csv.bad_integer", "csv.bad_number", "csv.bad_bool", "csv.bad_choice",
                            "csv.bad_colour", "csv.lane_kind_conflict", "csv.no_cards"}) {
        CAPTURE(key);
        CHECK(TranslationTable::builtIn().has(Language::English, key));
        CHECK(TranslationTable::builtIn().has(Language::Indonesian, key));
    }
}
