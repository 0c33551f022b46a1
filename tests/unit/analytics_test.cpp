// Journey analytics: the rates and their undefined cases, rounding, the
// measurements CSV importer (with its bad-file corpus), the rankings, the CSV
// reports, the commands that keep measures and links right, and the migration.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/cli.h"
#include "core/analytics.h"
#include "core/commands.h"
#include "core/document.h"
#include "io/map_json.h"
#include "io/measures_csv.h"
#include "io/reports_csv.h"
#include "map_generator.h"

using namespace jejak;
namespace fs = std::filesystem;

namespace {
const fs::path kSource = JEJAK_SOURCE_DIR;

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), path.string());
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

JourneyMap loadCorpus(const char* relative) {
    MapLoadResult r = loadMapFromJson(readFile(kSource / relative));
    REQUIRE_MESSAGE(r.ok, describeProblem(r.problem));
    return r.map;
}

// The measures test map: Browse, Cart, Checkout, Paid; touchpoints 10-15.
JourneyMap checkoutMap() { return loadCorpus("tests/corpus/measures/map.json"); }

Measure stageCount(const char* period, Id stage, std::int64_t entered) {
    Measure m;
    m.period = period;
    m.stage = stage;
    m.entered = entered;
    return m;
}
Measure touch(const char* period, Id card, std::optional<std::int64_t> reached, std::optional<std::int64_t> exits) {
    Measure m;
    m.period = period;
    m.card = card;
    m.reached = reached;
    m.exits = exits;
    return m;
}
}  // namespace

TEST_CASE("rates: conversion, drop-off and exit rate; no data or a zero denominator is undefined, never 0") {
    CHECK(*rate(40, 100) == doctest::Approx(0.4));
    CHECK(!rate(std::nullopt, 100));
    CHECK(!rate(40, std::nullopt));
    CHECK(!rate(0, 0));
    CHECK(!rate(5, 0));
    CHECK(*rate(0, 7) == 0.0);  // zero customers of seven is a rate, and it is 0

    JourneyMap map = checkoutMap();
    map.measures = {stageCount("2026-10", 1, 1000), stageCount("2026-10", 2, 400), stageCount("2026-10", 3, 0),
                    stageCount("2026-10", 4, 0),    touch("2026-10", 12, 400, 100), touch("2026-10", 13, 0, 0),
                    touch("2026-10", 14, std::nullopt, 30)};
    REQUIRE(!findProblem(map));
    PeriodAnalytics a = computePeriod(map, "2026-10");
    REQUIRE(a.funnel.size() == 4);
    CHECK(*a.funnel[0].conversion == doctest::Approx(0.4));
    CHECK(*a.funnel[0].dropoff == doctest::Approx(0.6));
    CHECK(*a.funnel[1].conversion == 0.0);   // 0 of 400 went on: a real 0
    CHECK(!a.funnel[2].conversion);          // 0 entered: undefined
    CHECK(!a.funnel[2].dropoff);
    CHECK(!a.funnel[3].nextEntered);         // the last stage has no next
    CHECK(!a.funnel[3].conversion);
    CHECK(*a.touchpoint(12)->exitRate == doctest::Approx(0.25));
    CHECK(!a.touchpoint(13)->exitRate);      // reached 0
    CHECK(!a.touchpoint(14)->exitRate);      // reached unknown
    CHECK(a.touchpoint(10) == nullptr);      // not measured in this period

    // A stage without a count leaves both neighbours' conversions undefined.
    map.measures.erase(map.measures.begin() + 1);
    PeriodAnalytics gap = computePeriod(map, "2026-10");
    CHECK(!gap.funnel[0].conversion);
    CHECK(!gap.funnel[1].entered);
    CHECK(!gap.funnel[1].conversion);
}

TEST_CASE("percentages have one decimal, rounded half up exactly, and drop-off adds up to 100") {
    CHECK(percentText(1, 8) == "12.5");
    CHECK(percentText(49, 400) == "12.3");  // 12.25: half up (binary floating point gives 12.2)
    CHECK(percentText(1, 3) == "33.3");
    CHECK(percentText(2, 3) == "66.7");
    CHECK(percentText(3, 2000) == "0.2");   // 0.15
    CHECK(percentText(1, 800) == "0.1");    // 0.125
    CHECK(percentText(0, 5) == "0.0");
    CHECK(percentText(5, 5) == "100.0");
    CHECK(percentText(kMaxCount, kMaxCount) == "100.0");  // no overflow at the largest counts
    CHECK(percentText(1, kMaxCount) == "0.0");
    CHECK(percentText(3, 2) == "150.0");
    CHECK(percentText(1, 0).empty());
    CHECK(percentText(std::nullopt, 4).empty());
    CHECK(tenthsText(-50) == "-5.0");
    CHECK(tenthsText(7) == "0.7");
}

TEST_CASE("periods sort as labels, and each period's analytics stand alone") {
    JourneyMap map = checkoutMap();
    map.measures = {stageCount("2026-10", 1, 10), stageCount("2026-09", 1, 9), stageCount("2026-Q3", 1, 30),
                    stageCount("2026-08", 1, 8)};
    CHECK(measuredPeriods(map) == std::vector<std::string>{"2026-08", "2026-09", "2026-10", "2026-Q3"});
    std::vector<PeriodAnalytics> all = computeAnalytics(map);
    REQUIRE(all.size() == 4);
    CHECK(all[1].period == "2026-09");
    CHECK(*all[1].funnel[0].entered == 9);
    CHECK(computePeriod(map, "2030-01").funnel.size() == 4);
    CHECK(!computePeriod(map, "2030-01").funnel[0].entered);
}

TEST_CASE("exit points rank by exits, then exit rate, then map order") {
    JourneyMap map = checkoutMap();
    map.measures = {touch("p", 15, 100, 50),          touch("p", 14, 1000, 50), touch("p", 13, 400, 120),
                    touch("p", 10, std::nullopt, 50),  touch("p", 11, 200, std::nullopt),
                    touch("p", 12, 500, 50)};
    std::vector<TouchpointRate> ranked = rankExits(computePeriod(map, "p"));
    std::vector<Id> order;
    for (const TouchpointRate& t : ranked) order.push_back(t.card);
    // 120 exits first; then the four with 50: rate 50% (15), 10% (12), 5% (14), undefined (10); none last.
    CHECK(order == std::vector<Id>{13, 15, 12, 14, 10, 11});
    // Equal exits and rates: map order (stage, lane, cell) decides.
    map.measures = {touch("p", 14, 100, 10), touch("p", 12, 100, 10), touch("p", 15, 100, 10)};
    ranked = rankExits(computePeriod(map, "p"));
    CHECK(ranked[0].card == 12);
    CHECK(ranked[1].card == 14);
    CHECK(ranked[2].card == 15);
}

TEST_CASE("quadrants: 3 and up is high impact or high effort") {
    CHECK(quadrantOf(5, 1) == Quadrant::QuickWin);
    CHECK(quadrantOf(3, 2) == Quadrant::QuickWin);
    CHECK(quadrantOf(3, 3) == Quadrant::BigBet);
    CHECK(quadrantOf(2, 2) == Quadrant::FillIn);
    CHECK(quadrantOf(1, 5) == Quadrant::MoneyPit);
    CHECK(quadrantOf(std::nullopt, 2) == Quadrant::Unscored);
    CHECK(std::string(quadrantKey(Quadrant::MoneyPit)) == "matrix.money_pits");
}

TEST_CASE("opportunities rank quick wins first, then by impact / effort, linked exits, votes and map order") {
    JourneyMap map = checkoutMap();
    auto opportunity = [&](Id id, Id stage, std::optional<int> impact, std::optional<int> effort, int votes) {
        Card c;
        c.id = id;
        c.lane = 7;
        c.stage = stage;
        c.text = "o" + std::to_string(id);
        c.impact = impact;
        c.effort = effort;
        c.votes = votes;
        return c;
    };
    map.cards.erase(map.cards.begin() + 7, map.cards.end());  // the map's own two opportunities go
    map.links.clear();
    map.cards.push_back(opportunity(20, 1, 2, 1, 0));   // fill-in, ratio 2: after every quick win
    map.cards.push_back(opportunity(21, 1, 3, 2, 0));   // quick win 1.5
    map.cards.push_back(opportunity(22, 2, 4, 2, 0));   // quick win 2.0, no links
    map.cards.push_back(opportunity(23, 3, 4, 2, 0));   // quick win 2.0, linked to 300 exits
    map.cards.push_back(opportunity(24, 4, 4, 2, 9));   // quick win 2.0, no links, 9 votes
    map.cards.push_back(opportunity(25, 1, 5, 5, 0));   // big bet
    map.cards.push_back(opportunity(26, 1, 1, 4, 0));   // money pit
    map.cards.push_back(opportunity(27, 1, std::nullopt, std::nullopt, 50));  // unscored
    map.nextId = 30;
    map.links = {{23, 13}, {23, 14}, {21, 12}};
    map.measures = {touch("p", 13, 500, 200), touch("p", 14, 500, 100), touch("p", 12, 100, 10)};
    REQUIRE_MESSAGE(!findProblem(map), describeProblem(*findProblem(map)));
    PeriodAnalytics period = computePeriod(map, "p");
    std::vector<RankedOpportunity> ranked = rankOpportunities(map, &period);
    std::vector<Id> order;
    for (const RankedOpportunity& o : ranked) order.push_back(o.card);
    CHECK(order == std::vector<Id>{23, 24, 22, 21, 25, 20, 26, 27});
    CHECK(ranked[0].linkedExits == 300);
    CHECK(ranked[3].linkedExits == 10);
    // Without a period no exits count: votes, then map order, decide among equals.
    ranked = rankOpportunities(map, nullptr);
    CHECK(ranked[0].card == 24);
    CHECK(ranked[1].card == 22);
    CHECK(ranked[2].card == 23);
    CHECK(linkedCards(map, 23) == std::vector<Id>{13, 14});
    CHECK(linkedCards(map, 12) == std::vector<Id>{21});
}

TEST_CASE("the measurements CSV merges into the map by name or id, with headers in Bahasa Indonesia") {
    JourneyMap map = checkoutMap();
    MeasuresImport r = importMeasuresCsv(map, readFile(kSource / "tests/corpus/measures/good-indonesian-semicolons.csv"));
    REQUIRE_MESSAGE(r.ok, describeCsvProblem(r.problem));
    CHECK(r.rows == 7);
    CHECK(r.newPeriods == std::vector<std::string>{"2026-10"});
    JourneyMap after = map;
    after.measures = r.measures;
    REQUIRE(!findProblem(after));
    PeriodAnalytics october = computePeriod(after, "2026-10");
    CHECK(*october.funnel[0].entered == 12000);  // "browse": case aside
    CHECK(percentText(october.funnel[2].nextEntered, october.funnel[2].entered) == "56.0");
    CHECK(*october.touchpoint(13)->exits == 700);  // " shipping  cost page ": spaces aside
    CHECK(*october.touchpoint(14)->reached == 1500);  // by ids: stage 3, card 14
    // An empty count keeps the map's: September's shipping page keeps reached 500, exits become 110.
    const PeriodAnalytics septemberAnalytics = computePeriod(after, "2026-09");
    const TouchpointRate* september = septemberAnalytics.touchpoint(13);
    CHECK(*september->reached == 500);
    CHECK(*september->exits == 110);
    REQUIRE(r.changes.size() == 9);
    CHECK(r.changes.back().period == "2026-09");
    CHECK(r.changes.back().field == "exits");
    CHECK(*r.changes.back().before == 120);
    CHECK(r.changes.back().after == 110);
    CHECK(describeMeasuresImport(r, Language::English) == "7 rows: 2 periods (1 new), 9 counts change");
    CHECK(describeMeasuresImport(r, Language::Indonesian) == "7 baris: 2 periode (1 baru), 9 angka berubah");
    // The same file again changes nothing.
    MeasuresImport again = importMeasuresCsv(after, readFile(kSource / "tests/corpus/measures/good-indonesian-semicolons.csv"));
    REQUIRE(again.ok);
    CHECK(again.changes.empty());
    CHECK(again.measures == after.measures);
}

TEST_CASE("every bad measurements CSV gives its line and reason, and nothing else") {
    JourneyMap map = checkoutMap();
    std::ifstream list(kSource / "tests/corpus/measures/bad/expected.tsv");
    std::string line;
    int files = 0;
    while (std::getline(list, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        std::string file, lineNumber, column, key;
        std::getline(fields, file, '\t');
        std::getline(fields, lineNumber, '\t');
        std::getline(fields, column, '\t');
        std::getline(fields, key, '\t');
        CAPTURE(file);
        MeasuresImport r = importMeasuresCsv(map, readFile(kSource / "tests/corpus/measures/bad" / file));
        CHECK(!r.ok);
        CHECK(r.problem.key == key);
        CHECK(r.problem.line == std::stoi(lineNumber));
        CHECK(r.problem.column == column);
        CHECK(r.measures.empty());  // all or nothing
        CHECK(r.changes.empty());
        CHECK(r.rows == 0);
        // The message is there in both languages.
        CHECK(describeCsvProblem(r.problem, Language::English).find(key) == std::string::npos);
        CHECK(describeCsvProblem(r.problem, Language::Indonesian).find(key) == std::string::npos);
        ++files;
    }
    CHECK(files >= 25);
    size_t onDisk = 0;
    for (const auto& entry : fs::directory_iterator(kSource / "tests/corpus/measures/bad"))
        onDisk += entry.path().extension() == ".csv";
    CHECK(onDisk == static_cast<size_t>(files));  // every file has its expected error
}

TEST_CASE("the reports: funnel, exits and opportunities as CSV, in map order, undefined rates empty") {
    JourneyMap map = checkoutMap();
    map.cards[0].text = "Product page, \"new\"";  // quoted per RFC 4180
    map.measures = {stageCount("2026-10", 1, 1000), stageCount("2026-10", 2, 400), stageCount("2026-10", 3, 0),
                    stageCount("2026-09", 1, 800),  stageCount("2026-09", 2, 200), stageCount("2026-09", 3, 150),
                    stageCount("2026-09", 4, 147),  touch("2026-10", 10, 900, 300), touch("2026-10", 13, 0, 0),
                    touch("2026-09", 13, 500, 120)};
    REQUIRE(!findProblem(map));
    CHECK(funnelReportCsv(map) ==
          "period,stage,entered,next_entered,conversion_pct,dropoff_pct\r\n"
          "2026-09,Browse,800,200,25.0,75.0\r\n"
          "2026-09,Cart,200,150,75.0,25.0\r\n"
          "2026-09,Checkout,150,147,98.0,2.0\r\n"
          "2026-09,Paid,147,,,\r\n"
          "2026-10,Browse,1000,400,40.0,60.0\r\n"
          "2026-10,Cart,400,0,0.0,100.0\r\n"
          "2026-10,Checkout,0,,,\r\n"
          "2026-10,Paid,,,,\r\n");
    CHECK(exitsReportCsv(map) ==
          "period,stage,touchpoint,reached,exits,exit_rate_pct\r\n"
          "2026-10,Browse,\"Product page, \"\"new\"\"\",900,300,33.3\r\n"
          "2026-09,Checkout,Shipping cost page,500,120,24.0\r\n"
          "2026-10,Checkout,Shipping cost page,0,0,\r\n");
    CHECK(opportunitiesReportCsv(map) ==
          "rank,stage,text,impact,effort,linked_exits,votes\r\n"
          "1,Checkout,Show shipping on the product page,5,2,0,0\r\n"  // linked to 13: 0 exits in 2026-10
          "2,Cart,Save the cart for later,3,4,0,3\r\n");
}

TEST_CASE("removing a card or a stage takes its measures and links; undo puts them back in place") {
    JourneyMap map = checkoutMap();
    map.measures.push_back(stageCount("2026-09", 3, 900));
    map.measures.push_back(touch("2026-09", 14, 300, 10));
    Document doc(map);
    REQUIRE(doc.execute(deleteCards({13})));
    CHECK(doc.map().measures.size() == 2);
    CHECK(doc.map().links.empty());
    CHECK(!findProblem(doc.map()));
    REQUIRE(doc.undo());
    CHECK(doc.map() == map);
    REQUIRE(doc.execute(removeStage(3)));  // Checkout: its count, its cards' counts and the link
    CHECK(doc.map().measures.empty());
    CHECK(doc.map().links.empty());
    CHECK(!findProblem(doc.map()));
    REQUIRE(doc.undo());
    CHECK(doc.map() == map);
    REQUIRE(doc.execute(removeLane(7)));  // the opportunities lane: the link goes with card 17
    CHECK(doc.map().links.empty());
    CHECK(doc.map().measures.size() == 3);
    REQUIRE(doc.undo());
    CHECK(doc.map() == map);
}

TEST_CASE("setMeasures is one undo step and refuses measures that break the rules") {
    JourneyMap map = checkoutMap();
    Document doc(map);
    std::vector<Measure> next = map.measures;
    next.push_back(stageCount("2026-10", 1, 5));
    REQUIRE(doc.execute(setMeasures(next, {"cmd.import_measures", ""})));
    CHECK(doc.map().measures == next);
    REQUIRE(doc.undo());
    CHECK(doc.map() == map);
    CHECK(!doc.execute(setMeasures({stageCount("2026-10", 99, 5)}, {"cmd.import_measures", ""})));  // no stage 99
    CHECK(!doc.execute(setMeasures({touch("2026-10", 13, 5, 6)}, {"cmd.import_measures", ""})));     // exits > reached
    CHECK(doc.map() == map);
}

TEST_CASE("links: either way round is one link; unlinking and undo") {
    JourneyMap map = checkoutMap();
    Document doc(map);
    CHECK(!doc.execute(linkCards({13, 17})));  // 17 -> 13 is there already
    CHECK(!doc.execute(linkCards({17, 17})));
    CHECK(!doc.execute(linkCards({17, 99})));
    REQUIRE(doc.execute(linkCards({18, 12})));
    CHECK(doc.map().links.size() == 2);
    REQUIRE(doc.execute(unlinkCards({13, 17})));
    CHECK(doc.map().links == std::vector<CardLink>{{18, 12}});
    REQUIRE(doc.undo());
    REQUIRE(doc.undo());
    CHECK(doc.map() == map);
}

TEST_CASE("a version 2 file opens with no measures and no links, and saves in the current version") {
    MapLoadResult v2 = loadMapFromJson(readFile(kSource / "tests/corpus/good/v2-votes.json"));
    REQUIRE_MESSAGE(v2.ok, describeProblem(v2.problem));
    CHECK(v2.map.measures.empty());
    CHECK(v2.map.links.empty());
    CHECK(v2.map.cards[1].votes == 5);
    const std::string saved = saveMapToJson(v2.map);
    CHECK(saved.find(test::versionField()) != std::string::npos);
    CHECK(saved.find("\"measures\": []") != std::string::npos);
    MapLoadResult v3 = loadMapFromJson(readFile(kSource / "tests/corpus/good/v3-measures.json"));
    REQUIRE_MESSAGE(v3.ok, describeProblem(v3.problem));
    CHECK(v3.map.measures.size() == 8);
    CHECK(v3.map.links == std::vector<CardLink>{{11, 8}});
    MapLoadResult back = loadMapFromJson(saveMapToJson(v3.map));
    REQUIRE(back.ok);
    CHECK(back.map == v3.map);
}

TEST_CASE("jejak metrics merges a CSV with the app's errors; jejak report prints the reports") {
    auto run = [](std::vector<std::string> args) {
        std::ostringstream out, err;
        int code = runCli(args, out, err);
        return std::tuple{code, out.str(), err.str()};
    };
    const fs::path dir = fs::temp_directory_path() / "jejak-metrics-test";
    fs::create_directories(dir);
    const std::string map = (kSource / "tests/corpus/measures/map.json").string();
    const std::string good = (kSource / "tests/corpus/measures/good-indonesian-semicolons.csv").string();
    const std::string bad = (kSource / "tests/corpus/measures/bad/29-repeated-row.csv").string();
    const std::string out = (dir / "out.json").string();
    fs::remove(out);
    auto [failCode, failOut, failErr] = run({"metrics", map, bad, out});
    CHECK(failCode == 1);
    CHECK(failErr == bad + ": csv: Line 4: the row repeats line 2 (the same period and the same stage or touchpoint).\n");
    CHECK(!fs::exists(out));  // nothing written
    auto [code, said, err] = run({"metrics", map, good, out});
    CHECK(code == 0);
    CHECK(said == good + " -> " + out + ": 7 rows: 2 periods (1 new), 9 counts change\n");
    MapLoadResult merged = loadMapFromJson(readFile(out));
    REQUIRE(merged.ok);
    auto [reportCode, report, reportErr] = run({"report", out, "--funnel", "--csv"});
    CHECK(reportCode == 0);
    CHECK(report == funnelReportCsv(merged.map));
    CHECK(report.find("2026-10,Checkout,2500,1400,56.0,44.0\r\n") != std::string::npos);
    auto [exitsCode, exits, exitsErr] = run({"report", out, "--exits", "--csv"});
    CHECK(exits.rfind("period,stage,touchpoint,reached,exits,exit_rate_pct\r\n2026-10,Checkout,Shipping cost page,2300,700,30.4\r\n", 0) == 0);
    CHECK(std::get<0>(run({"report", out, "--csv"})) == 2);                      // which report?
    CHECK(std::get<0>(run({"report", out, "--funnel", "--exits", "--csv"})) == 2);
    CHECK(std::get<0>(run({"report", "/no/such.json", "--funnel", "--csv"})) == 1);
    fs::remove_all(dir);
}

TEST_CASE("the B2C and e-commerce templates carry two periods; the abandoned cart's top exit is the shipping-cost page") {
    for (const char* name : {"b2c-retail-maria", "ecommerce-abandoned-cart"})
        for (const char* language : {"en", "id"}) {
            const std::string path = std::string("assets/templates/") + name + "." + language + ".json";
            CAPTURE(path);
            JourneyMap map = loadCorpus(path.c_str());
            const std::vector<PeriodAnalytics> periods = computeAnalytics(map);
            REQUIRE(periods.size() == 2);
            for (const PeriodAnalytics& p : periods) {
                for (size_t s = 0; s + 1 < p.funnel.size(); ++s) {
                    REQUIRE(p.funnel[s].conversion);  // every stage counted: the whole funnel shows
                    CHECK(*p.funnel[s].conversion <= 1.0);
                }
                CHECK(p.touchpoints.size() >= 6);
            }
            CHECK(!map.links.empty());
            if (std::string(name) == "ecommerce-abandoned-cart")
                for (const PeriodAnalytics& p : periods) {
                    const Card* top = map.card(rankExits(p).front().card);
                    REQUIRE(top);
                    CHECK(top->text == (std::string(language) == "en" ? "Shipping cost page" : "Halaman ongkos kirim"));
                    CHECK(map.stage(top->stage)->name == "Checkout");
                }
        }
}
