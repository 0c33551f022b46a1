// What a journey map is: personas, stages, lanes, cards and emotion scores.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jejak {

// Ids are unique across the whole map, never reused, and below 2^53 so that
// any JSON reader keeps them exact.
using Id = std::uint64_t;
inline constexpr Id kMaxId = (Id{1} << 53) - 1;

enum class LaneKind {
    Actions,  // customer actions and steps
    Touchpoints,
    Channels,
    Thoughts,  // thoughts and feelings
    Emotions,  // the emotion curve of each persona
    PainPoints,
    Opportunities,
    BusinessGoals,
    Backstage,  // backstage processes
    Metrics,
    Text,  // free text
};
inline constexpr int kLaneKindCount = 11;

enum class Channel {
    Website,
    SocialMedia,
    WhatsApp,
    Email,
    LiveChat,
    App,
    Marketplace,
    Event,
    Phone,
    Store,
    Other,
};
inline constexpr int kChannelCount = 11;

enum class OpportunityStatus { Idea, Planned, InProgress, Done, Dropped };
inline constexpr int kOpportunityStatusCount = 5;

// File-format names ("pain-points", "whatsapp", "in-progress") and back.
const char* laneKindName(LaneKind kind);
const char* channelName(Channel channel);
const char* opportunityStatusName(OpportunityStatus status);
std::optional<LaneKind> laneKindFromName(std::string_view name);
std::optional<Channel> channelFromName(std::string_view name);
std::optional<OpportunityStatus> opportunityStatusFromName(std::string_view name);

using Rgb = std::uint32_t;  // 0xRRGGBB
inline constexpr Rgb kMaxRgb = 0xFFFFFF;

struct Persona {
    Id id = 0;
    std::string name;
    std::optional<int> age;
    std::string role;  // role or occupation
    std::string quote;
    std::string demographics;
    std::string psychographics;
    std::string needs;
    std::string goals;
    std::string challenges;
    Rgb color = 0x0E7C7B;

    bool operator==(const Persona&) const = default;
};

struct Stage {
    Id id = 0;
    std::string name;
    std::string description;
    std::string customerGoal;
    std::string businessGoal;

    bool operator==(const Stage&) const = default;
};

struct Lane {
    Id id = 0;
    std::string name;
    LaneKind kind = LaneKind::Text;

    bool operator==(const Lane&) const = default;
};

inline constexpr int kMinRating = 1, kMaxRating = 5;  // impact, effort, severity
inline constexpr int kMaxVotes = 1000000;             // a card's votes: 0 to this

struct Card {
    Id id = 0;
    Id lane = 0;
    Id stage = 0;
    std::string text;
    std::string notes;
    std::optional<Rgb> color;
    // Touchpoints.
    std::optional<Channel> channel;
    std::optional<bool> online;  // false: offline
    // Opportunities.
    std::optional<int> impact;
    std::optional<int> effort;
    std::string owner;
    std::optional<OpportunityStatus> status;
    // Pain points.
    std::optional<int> severity;
    // Metrics.
    std::optional<double> value;
    std::string unit;
    // The room's dot votes in a workshop (format version 2); 0 is left out of the file.
    int votes = 0;

    bool operator==(const Card&) const = default;
};

inline constexpr int kMinEmotion = -2, kMaxEmotion = 2;

// How one persona feels at one stage; a missing score means "not set".
struct EmotionScore {
    Id persona = 0;
    Id stage = 0;
    int score = 0;
    std::string label;  // "frustrated by a complicated payment"

    bool operator==(const EmotionScore&) const = default;
};

// Customers counted in one period (format version 3): a stage's `entered` (the
// customers who reached it), or a touchpoint card's `reached` (who used it) and
// `exits` (whose journey ended there). Rates are derived (core/analytics.h).
inline constexpr std::int64_t kMaxCount = 1000000000000;  // 10^12
inline constexpr size_t kMaxPeriodBytes = 40;             // "2026-10", "2026-Q3", "Oktober 2026"
struct Measure {
    std::string period;
    Id stage = 0;  // either a stage ...
    Id card = 0;   // ... or a card, never both
    std::optional<std::int64_t> entered;          // stages
    std::optional<std::int64_t> reached, exits;   // cards

    bool operator==(const Measure&) const = default;
};

// One card addresses another (format version 3): an opportunity a pain point or
// a touchpoint. Drawn on the map when either card is selected.
struct CardLink {
    Id from = 0;
    Id to = 0;

    bool operator==(const CardLink&) const = default;
};

// A map holds its current state (today's journey), any number of future states
// (the journey the team designs) and saved versions (frozen, read-only): each a
// complete set of stages, lanes, cards, emotions, measures and links. Personas
// are shared. A state started from another keeps its items' ids, so that an
// item is the same item in every state it is in (compare and `jejak diff` go
// by id); new items get fresh ids from the map's one nextId.
enum class StateKind { Current, Future, Version };
inline constexpr int kStateKindCount = 3;
const char* stateKindName(StateKind kind);  // "current", "future", "version"
std::optional<StateKind> stateKindFromName(std::string_view name);

inline constexpr size_t kMaxStateNameBytes = 200;
struct StateInfo {
    Id id = 1;           // unique among the map's states (its own numbering, not nextId)
    std::string name;    // empty: "Current state" in the reader's language
    StateKind kind = StateKind::Current;
    std::string created;  // "YYYY-MM-DDTHH:MM:SSZ" (UTC), or empty
    Id from = 0;          // the state it was started from; 0: none

    bool operator==(const StateInfo&) const = default;
};

struct StateContent {
    std::vector<Stage> stages;
    std::vector<Lane> lanes;
    std::vector<Card> cards;
    std::vector<EmotionScore> emotions;
    std::vector<Measure> measures;
    std::vector<CardLink> links;

    bool operator==(const StateContent&) const = default;
};

struct MapState {
    StateInfo info;
    StateContent content;

    bool operator==(const MapState&) const = default;
};

struct JourneyMap {
    std::string title;
    std::string description;
    std::string language = "en";  // BCP 47 tag of the map's content, e.g. "en", "id"
    std::string created;          // "YYYY-MM-DDTHH:MM:SSZ" (UTC), or empty
    std::string updated;
    std::vector<Persona> personas;
    std::vector<Stage> stages;  // in display order
    std::vector<Lane> lanes;    // in display order
    // All cards; a cell's cards are ordered as they appear here.
    std::vector<Card> cards;
    std::vector<EmotionScore> emotions;
    std::vector<Measure> measures;  // in any order; at most one per period and stage or card
    std::vector<CardLink> links;
    Id nextId = 1;  // every id in the map, in every state, is below it
    // The open state: its name and kind here, its content in the lists above.
    StateInfo state;
    std::vector<MapState> states;  // the other states, complete

    const Persona* persona(Id id) const;
    const Stage* stage(Id id) const;
    const Lane* lane(Id id) const;
    const Card* card(Id id) const;
    const EmotionScore* emotion(Id persona, Id stage) const;
    int stageIndex(Id id) const;  // -1 when absent
    int laneIndex(Id id) const;
    int personaIndex(Id id) const;
    int cardIndex(Id id) const;
    int stateIndex(Id id) const;  // in `states`; -1 when absent (also for the open state)
    const StateInfo* stateInfo(Id id) const;  // the open one or another

    bool operator==(const JourneyMap&) const = default;
};

// The open state's content, moved out of the map or copied; swapContent
// exchanges it with `content` (switching states costs no copy).
StateContent copyContent(const JourneyMap& map);
void swapContent(JourneyMap& map, StateContent& content);
Id freeStateId(const JourneyMap& map);
Id currentStateId(const JourneyMap& map);  // the one state of kind current, open or not
// The state's content, whether it is the open one or another; nullptr when absent.
struct ContentRef {
    const std::vector<Stage>& stages;
    const std::vector<Lane>& lanes;
    const std::vector<Card>& cards;
    const std::vector<EmotionScore>& emotions;
};
std::optional<ContentRef> contentOf(const JourneyMap& map, Id state);

// A blank map with the given title and content language.
JourneyMap makeEmptyMap(std::string title, std::string language);
// A map with the given stages and lanes (in order) and nothing in them: what
// "Blank map" starts from, so the first double-click already adds a card.
JourneyMap makeStarterMap(std::string title, std::string language, const std::vector<std::string>& stages,
                          const std::vector<std::pair<LaneKind, std::string>>& lanes);

// True for "YYYY-MM-DDTHH:MM:SSZ" with an optional ".sss" before the Z.
bool isTimestamp(std::string_view text);

// The first broken rule of a map, in words a user understands, or nothing.
// Rules: ids unique and below nextId; every reference points at something in the
// map; at most one score per persona and stage; values in range and finite.
enum class MapError {
    NotJson,
    TooLarge,
    TooDeep,
    InvalidUtf8,
    NotAMap,
    WrongFormat,
    NewerVersion,
    MissingField,
    WrongType,
    UnknownField,
    BadValue,
    OutOfRange,
    NotFinite,
    DuplicateId,
    DanglingReference,
    DuplicateScore,
    DuplicateMeasure,
    DuplicateLink,
    StateCount,
};
const char* mapErrorName(MapError error);  // "duplicate-id", for tests and tools

// A problem is a value: what kind, where, and a message key of the translation
// table ("problem.range") with its arguments, so every language can say it.
struct MapProblem {
    MapError error = MapError::BadValue;
    std::string path;               // where, e.g. "cards[3].stage"
    std::string key;                // the message, e.g. "problem.range": "must be from {0} to {1}, not {2}"
    std::vector<std::string> args;  // fill {0}, {1}, ...
};
std::optional<MapProblem> findProblem(const JourneyMap& map);  // every state
std::optional<MapProblem> stateInfoProblem(const StateInfo& info, const std::string& path);
// One item's value rules (ranges, colours, finite numbers), for the loader and
// the commands alike; path names the item in a problem ("cards[3]").
std::optional<MapProblem> personaValueProblem(const Persona& persona, const std::string& path);
std::optional<MapProblem> cardValueProblem(const Card& card, const std::string& path);
std::optional<MapProblem> scoreValueProblem(const EmotionScore& score, const std::string& path);
// A measure's own rules: a period label, stage or card (one of them), the counts
// that belong to it, each a whole number from 0 to kMaxCount, exits <= reached.
std::optional<MapProblem> measureValueProblem(const Measure& measure, const std::string& path);
// The measures' problems against the map's stages and cards (as findProblem
// checks them), for measures not yet in the map.
std::optional<MapProblem> measuresProblem(const JourneyMap& map, const std::vector<Measure>& measures);
// Whether a period label is usable: 1 to kMaxPeriodBytes bytes, no control
// characters, not only spaces.
bool isPeriodLabel(std::string_view label);

}  // namespace jejak
