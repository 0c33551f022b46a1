// Copying and pasting cards: the clipboard text and where pasted cards land.
#include <doctest/doctest.h>

#include "core/card_search.h"
#include "io/card_clipboard.h"
#include "io/map_json.h"
#include "map_generator.h"

using namespace jejak;

namespace {
std::vector<Id> laneIds(const JourneyMap& m) {
    std::vector<Id> out;
    for (const Lane& l : m.lanes) out.push_back(l.id);
    return out;
}
std::vector<Id> stageIds(const JourneyMap& m) {
    std::vector<Id> out;
    for (const Stage& s : m.stages) out.push_back(s.id);
    return out;
}
}  // namespace

TEST_CASE("copied cards read back as cards with their lanes and stages") {
    JourneyMap map = test::sampleMap();
    REQUIRE(map.cards.size() >= 2);
    std::string text = copyCards(map, {map.cards[0].id, map.cards[1].id});
    CHECK(text.rfind("{\"format\": \"jejak.cards\"", 0) == 0);
    ClipboardContent content = readClipboard(text);
    REQUIRE(content.kind == ClipboardContent::Cards);
    REQUIRE(content.fragment.cards.size() == 2);
    CHECK(content.fragment.cards[0].text == map.cards[0].text);
    CHECK(copyCards(map, {}).empty());
}

TEST_CASE("pasted text is told apart: plain text, a whole map, other JSON, broken cards") {
    CHECK(readClipboard("just words").kind == ClipboardContent::PlainText);
    CHECK(readClipboard("[1, 2]").kind == ClipboardContent::PlainText);
    CHECK(readClipboard(saveMapToJson(test::sampleMap())).kind == ClipboardContent::WholeMap);
    CHECK(readClipboard(R"({"format": "something-else"})").kind == ClipboardContent::NotJejak);
    ClipboardContent broken = readClipboard(R"({"format": "jejak.cards", "version": 1, "map": {"format": 3}})");
    CHECK(broken.kind == ClipboardContent::Broken);
    CHECK(broken.problem.error == MapError::WrongFormat);
}

TEST_CASE("pasted cards keep their relative lanes and stages, clamped to the grid, with fresh ids") {
    JourneyMap map = test::sampleMap();
    JourneyMap fragment = map;  // cards spread over lanes and stages
    std::vector<Id> rows = laneIds(map), columns = stageIds(map);
    std::vector<Card> placed = placePastedCards(map, fragment, rows, columns, 0, 0);
    REQUIRE(placed.size() == fragment.cards.size());
    for (size_t i = 0; i < placed.size(); ++i) {
        CHECK(placed[i].lane == fragment.cards[i].lane);  // offset 0,0: the same cells
        CHECK(placed[i].stage == fragment.cards[i].stage);
        CHECK(placed[i].id >= map.nextId);
        CHECK(placed[i].text == fragment.cards[i].text);
    }
    // From the last cell everything lands in the last cell.
    std::vector<Card> clamped = placePastedCards(map, fragment, rows, columns, 99, 99);
    for (const Card& c : clamped) {
        CHECK(c.lane == rows.back());
        CHECK(c.stage == columns.back());
    }
    CHECK(placePastedCards(map, fragment, {}, columns, 0, 0).empty());
}

TEST_CASE("search dims the cards that do not match text or channel") {
    JourneyMap map = test::sampleMap();
    const Card& first = map.cards[0];
    std::string part = first.text.substr(0, 4);
    for (char& c : part) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    std::vector<bool> dimmed = dimmedCards(map, {part, -1});
    CHECK_FALSE(dimmed[0]);  // any case
    std::vector<bool> none = dimmedCards(map, {});
    CHECK(std::count(none.begin(), none.end(), true) == 0);
    std::vector<bool> all = dimmedCards(map, {"no card says this", -1});
    CHECK(std::count(all.begin(), all.end(), true) == static_cast<long>(map.cards.size()));
    Card whatsapp;
    whatsapp.text = "Chat";
    whatsapp.channel = Channel::WhatsApp;
    CHECK(cardMatches(whatsapp, {"", static_cast<int>(Channel::WhatsApp)}));
    CHECK_FALSE(cardMatches(whatsapp, {"", static_cast<int>(Channel::Email)}));
    whatsapp.notes = "asked about DELIVERY";
    CHECK(cardMatches(whatsapp, {"delivery", -1}));
}

TEST_CASE("search matches come in reading order: stage by stage, lane by lane, skipping hidden lanes") {
    JourneyMap map = test::sampleMap();  // cards 7, 9 in (touchpoints, stage 2); 8 in (pain points, stage 4)
    Card late;
    late.id = 30;
    late.lane = 6;  // pain points
    late.stage = 2;
    late.text = "Iklan terlalu banyak";
    map.cards.insert(map.cards.begin(), late);  // first in the file, but in a later lane
    map.nextId = 31;
    CHECK(matchingCards(map, {}).empty());
    std::vector<Id> all = matchingCards(map, {"", static_cast<int>(Channel::SocialMedia)});
    CHECK(all == std::vector<Id>{7});
    CHECK(matchingCards(map, {"i", -1}) == std::vector<Id>{7, 9, 30, 8});  // "Iklan", "Rekomendasi teman", ...
    CHECK(matchingCards(map, {"IKLAN", -1}) == std::vector<Id>{7, 30});
    // Pain points hidden by the view: its cards cannot be shown.
    CHECK(matchingCards(map, {"iklan", -1}, {map.lanes[1].id}) == std::vector<Id>{7});
    CHECK(stepMatch(0, -1, 1) == -1);
    CHECK(stepMatch(3, -1, 1) == 0);
    CHECK(stepMatch(3, -1, -1) == 2);
    CHECK(stepMatch(3, 2, 1) == 0);
    CHECK(stepMatch(3, 0, -1) == 2);
    CHECK(stepMatch(3, 1, 1) == 2);
    CHECK(stepMatch(3, 7, 1) == 0);  // a stale index starts again
}
