// Making up journey maps and edits for tests and benchmarks.
#include "map_generator.h"

#include "io/map_json.h"

#include <algorithm>

namespace jejak::test {
namespace {

const char* const kWords[] = {
    "Maria",    "belanja",    "keranjang",   "ongkir",    "pembayaran",  "checkout",
    "WhatsApp", "promo",      "email",       "kurir",     "ulasan",      "loyalitas",
    "Anton",    "demo",       "onboarding",  "kontrak",   "frustrated",  "happy",
    "shipping", "cost",       "unclear",     "😊",         "🛒",        "👩🏽‍💻",
    "🇮🇩",       "مرحبا",      "שלום",        "naïve",     "café",        "Ł",
    "ẞ",        "\"quoted\"", "back\\slash", "tab\there", "line\nbreak", "bell\x07",
    "ctrl\x01", "<b>",        "&amp;",       "{json}",    "[1,2]",       "null",
    "",         "Rp 150.000", "25%",         "日本語",    "ℕ",           "\u200Bzero-width",
    "e\u0301",
};

}  // namespace

std::string MapGenerator::text(int maxWords) {
    int words = below(maxWords + 1);
    std::string out;
    for (int i = 0; i < words; ++i) {
        if (i) out += ' ';
        out += kWords[below(static_cast<int>(std::size(kWords)))];
    }
    return out;
}

Persona MapGenerator::persona(Id id) {
    Persona p;
    p.id = id;
    p.name = text(2);
    if (chance(0.7)) p.age = below(90) + 10;
    p.role = text(3);
    p.quote = chance(0.5) ? text(8) : "";
    p.demographics = text(4);
    p.psychographics = chance(0.5) ? text(4) : "";
    p.needs = text(5);
    p.goals = text(5);
    p.challenges = chance(0.5) ? text(5) : "";
    p.color = static_cast<Rgb>(std::uniform_int_distribution<std::uint32_t>(0, kMaxRgb)(rng_));
    return p;
}

Stage MapGenerator::stage(Id id) {
    Stage s;
    s.id = id;
    s.name = text(2);
    s.description = chance(0.5) ? text(6) : "";
    s.customerGoal = chance(0.5) ? text(5) : "";
    s.businessGoal = chance(0.5) ? text(5) : "";
    return s;
}

Lane MapGenerator::lane(Id id) {
    Lane l;
    l.id = id;
    l.name = text(2);
    l.kind = static_cast<LaneKind>(below(kLaneKindCount));
    (void)chance(0.1);  // once the hidden flag (now a view setting): the generated maps stay as they were
    return l;
}

Card MapGenerator::card(const JourneyMap& map, Id id) {
    Card c;
    c.id = id;
    c.lane = map.lanes[static_cast<size_t>(below(static_cast<int>(map.lanes.size())))].id;
    c.stage = map.stages[static_cast<size_t>(below(static_cast<int>(map.stages.size())))].id;
    c.text = text(8);
    if (chance(0.3)) c.notes = text(10);
    if (chance(0.3)) c.color = static_cast<Rgb>(std::uniform_int_distribution<std::uint32_t>(0, kMaxRgb)(rng_));
    if (chance(0.3)) c.channel = static_cast<Channel>(below(kChannelCount));
    if (chance(0.3)) c.online = chance(0.5);
    if (chance(0.2)) c.impact = below(5) + 1;
    if (chance(0.2)) c.effort = below(5) + 1;
    if (chance(0.2)) c.owner = text(2);
    if (chance(0.2)) c.status = static_cast<OpportunityStatus>(below(kOpportunityStatusCount));
    if (chance(0.2)) c.severity = below(5) + 1;
    if (chance(0.2)) c.value = std::uniform_real_distribution<double>(-1e6, 1e6)(rng_);
    if (chance(0.1)) c.value = below(1000);
    if (chance(0.2)) c.unit = text(1);
    if (chance(0.1)) c.votes = below(12) + 1;
    return c;
}

JourneyMap MapGenerator::map(const MapShape& shape) {
    JourneyMap m;
    m.title = text(5);
    m.description = chance(0.5) ? text(12) : "";
    m.language = chance(0.5) ? "id" : "en";
    if (chance(0.5)) {
        m.created = "2026-11-22T08:00:00Z";
        m.updated = "2026-11-22T09:30:00.250Z";
    }
    Id next = 1 + static_cast<Id>(below(3));  // ids need not start at 1
    for (int i = 0; i < shape.personas; ++i) m.personas.push_back(persona(next++));
    for (int i = 0; i < std::max(1, shape.stages); ++i) m.stages.push_back(stage(next++));
    for (int i = 0; i < std::max(1, shape.lanes); ++i) m.lanes.push_back(lane(next++));
    for (int i = 0; i < shape.cards; ++i) m.cards.push_back(card(m, next++));
    for (const Persona& p : m.personas)
        for (const Stage& s : m.stages)
            if (chance(0.7)) m.emotions.push_back({p.id, s.id, below(5) - 2, chance(0.4) ? text(6) : ""});
    m.nextId = next + static_cast<Id>(below(3));
    return m;
}

CommandPtr MapGenerator::command(const JourneyMap& m) {
    auto pick = [this](const auto& items) -> const auto& {
        return items[static_cast<size_t>(below(static_cast<int>(items.size())))];
    };
    auto someCards = [&]() {
        std::vector<Id> ids;
        int n = 1 + below(4);
        for (int i = 0; i < n; ++i) ids.push_back(pick(m.cards).id);
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        return ids;
    };
    for (;;) {
        switch (below(18)) {
            case 0: {
                MapInfo info = mapInfo(m);
                info.title = text(4);
                if (chance(0.3)) info.language = chance(0.5) ? "id" : "en";
                return setMapInfo(m, info);
            }
            case 1:
                return insertStage(stage(m.nextId), static_cast<size_t>(below(static_cast<int>(m.stages.size()) + 2)));
            case 2:
                if (m.stages.size() > 1) return removeStage(pick(m.stages).id);
                break;
            case 3:
                return moveStage(pick(m.stages).id, static_cast<size_t>(below(static_cast<int>(m.stages.size()) + 1)));
            case 4: {
                Stage s = stage(pick(m.stages).id);
                return replaceStage(s);
            }
            case 5: return insertLane(lane(m.nextId), static_cast<size_t>(below(static_cast<int>(m.lanes.size()) + 2)));
            case 6:
                if (m.lanes.size() > 1) return removeLane(pick(m.lanes).id);
                break;
            case 7: return moveLane(pick(m.lanes).id, static_cast<size_t>(below(static_cast<int>(m.lanes.size()) + 1)));
            case 8: {
                Lane l = lane(pick(m.lanes).id);
                return replaceLane(l);
            }
            case 9: return insertPersona(persona(m.nextId), static_cast<size_t>(below(4)));
            case 10:
                if (!m.personas.empty()) return removePersona(pick(m.personas).id);
                break;
            case 11:
                if (!m.personas.empty()) {
                    Persona p = persona(pick(m.personas).id);
                    return replacePersona(p);
                }
                break;
            case 12: {
                std::vector<Card> cards;
                int n = 1 + (chance(0.3) ? below(5) : 0);
                for (int i = 0; i < n; ++i) cards.push_back(card(m, 0));
                assignFreshIds(m, cards);
                return addCards(std::move(cards), chance(0.2) ? SIZE_MAX : static_cast<size_t>(below(6)));
            }
            case 13:
                if (!m.cards.empty()) return deleteCards(someCards());
                break;
            case 14:
                if (!m.cards.empty())
                    return moveCards(someCards(), pick(m.lanes).id, pick(m.stages).id,
                                     chance(0.2) ? SIZE_MAX : static_cast<size_t>(below(6)));
                break;
            case 15:
                if (!m.cards.empty()) {
                    const Card& old = pick(m.cards);
                    Card c = card(m, old.id);
                    if (chance(0.5)) {
                        c.lane = old.lane;
                        c.stage = old.stage;
                    }
                    return replaceCard(c);
                }
                break;
            case 16:
                if (!m.personas.empty()) {
                    std::optional<EmotionScore> score;
                    if (chance(0.8)) score = EmotionScore{0, 0, below(5) - 2, chance(0.5) ? text(4) : ""};
                    return setEmotion(pick(m.personas).id, pick(m.stages).id, score);
                }
                break;
            case 17:
                if (!m.cards.empty()) {
                    std::vector<CommandPtr> parts;
                    for (Id id : someCards()) {
                        Card c = *m.card(id);
                        c.color = static_cast<Rgb>(below(0x1000000));
                        parts.push_back(replaceCard(c));
                    }
                    return group({"cmd.color_cards", ""}, std::move(parts));
                }
                break;
        }
    }
}

std::string versionField() { return "\"version\": " + std::to_string(kMapFormatVersion); }

JourneyMap sampleMap() {
    JourneyMap m;
    m.title = "Perjalanan Maria";
    m.language = "id";
    m.personas.push_back({1, "Maria", 28, "Pekerja kantoran", "Saya butuh yang praktis", "", "", "", "", "", 0xE07A5F});
    m.stages.push_back({2, "Kesadaran", "", "Tahu produk", "Jangkauan"});
    m.stages.push_back({3, "Pertimbangan", "", "", ""});
    m.stages.push_back({4, "Keputusan", "", "", ""});
    m.lanes.push_back({5, "Titik kontak", LaneKind::Touchpoints});
    m.lanes.push_back({6, "Hambatan", LaneKind::PainPoints});
    Card a;
    a.id = 7;
    a.lane = 5;
    a.stage = 2;
    a.text = "Iklan Instagram";
    a.channel = Channel::SocialMedia;
    a.online = true;
    Card b;
    b.id = 8;
    b.lane = 6;
    b.stage = 4;
    b.text = "Ongkir tidak jelas";
    b.severity = 4;
    Card c;
    c.id = 9;
    c.lane = 5;
    c.stage = 2;
    c.text = "Rekomendasi teman";
    c.online = false;
    m.cards = {a, b, c};
    m.emotions.push_back({1, 2, 1, "Penasaran"});
    m.emotions.push_back({1, 4, -2, "Frustrasi karena pembayaran rumit"});
    m.nextId = 10;
    return m;
}

}  // namespace jejak::test
