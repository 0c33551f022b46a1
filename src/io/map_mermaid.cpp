// Mermaid `journey` export and import.
#include "io/map_mermaid.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>

#include "core/card_colours.h"
#include "io/json_text.h"
#include "io/map_json.h"

namespace jejak {
namespace {

// Characters Mermaid reads as syntax in a name, and the look-alikes written instead.
struct LookAlike {
    std::string_view plain, shown;
};
constexpr LookAlike kLookAlikes[] = {
    {":", "\xef\xbc\x9a"},  // U+FF1A fullwidth colon
    {";", "\xef\xbc\x9b"},  // U+FF1B fullwidth semicolon
    {"#", "\xef\xbc\x83"},  // U+FF03 fullwidth number sign
    {",", "\xef\xbc\x8c"},  // U+FF0C fullwidth comma (actors only)
};

// U+2060 WORD JOINER, invisible: written before a task named like a keyword
// ("Section 2 of the form"), which Mermaid would otherwise read as that keyword.
constexpr std::string_view kJoiner = "\xe2\x81\xa0";

std::string withoutComment(std::string text);

std::string nameText(std::string_view text, bool actor) {
    std::string out;
    for (char c : text) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        bool replaced = false;
        for (const LookAlike& l : kLookAlikes) {
            if (l.plain[0] != c || (l.plain == "," && !actor)) continue;
            out += l.shown;
            replaced = true;
        }
        if (!replaced) out += c;
    }
    size_t a = out.find_first_not_of(' '), b = out.find_last_not_of(' ');
    if (a == std::string::npos) return std::string();
    std::string name = withoutComment(out.substr(a, b - a + 1));
    // The reader takes one leading joiner off any name (taskName's mark): a name
    // that starts with one of its own keeps it behind a second.
    if (name.rfind(kJoiner, 0) == 0) name.insert(0, kJoiner);
    return name;
}

// "%%" starts a comment in Mermaid: the second '%' of a pair is written as its look-alike.
std::string withoutComment(std::string text) {
    for (size_t at = 0; (at = text.find("%%", at)) != std::string::npos;) text.replace(at + 1, 1, "\xef\xbc\x85");
    return text;
}

std::string plainText(std::string text) {
    if (text.rfind(kJoiner, 0) == 0) text.erase(0, kJoiner.size());
    for (size_t at = 0; (at = text.find("%\xef\xbc\x85", at)) != std::string::npos; ++at) text.replace(at + 1, 3, "%");
    for (const LookAlike& l : kLookAlikes)
        for (size_t at = 0; (at = text.find(l.shown, at)) != std::string::npos; at += l.plain.size())
            text.replace(at, l.shown.size(), l.plain);
    // Without its mark a name may start with a space ("\u2060 Anton"): Jejak never
    // writes one, so it is trimmed as names are, and "Anton" stays one persona.
    return trimSpaces(text);
}

std::string trimmed(std::string_view s) { return trimSpaces(s); }

bool startsWord(std::string_view line, std::string_view keyword) {
    if (line.size() < keyword.size()) return false;
    for (size_t i = 0; i < keyword.size(); ++i)  // Mermaid's keywords are not case-sensitive
        if (std::tolower(static_cast<unsigned char>(line[i])) != std::tolower(static_cast<unsigned char>(keyword[i])))
            return false;
    return line.size() == keyword.size() || line[keyword.size()] == ' ' || line[keyword.size()] == '\t' ||
           line[keyword.size()] == ':';
}

std::string taskName(std::string_view text) {
    std::string name = nameText(text, false);
    for (std::string_view keyword : {"journey", "title", "section", "accTitle", "accDescr"})
        if (startsWord(name, keyword)) return std::string(kJoiner) + name;
    return name;
}

const char* word(Language language, const char* key) { return TranslationTable::builtIn().text(language, key); }

}  // namespace

std::string saveMapToMermaid(const JourneyMap& map, Language language) {
    std::string out = "journey\n";
    if (!map.title.empty()) out += "    title " + nameText(map.title, false) + "\n";
    for (const Stage& stage : map.stages) {
        out += "    section " + nameText(stage.name.empty() ? "-" : stage.name, false) + "\n";
        // The stage's actors: the personas with a score here; their mean score on 1..5.
        std::string actors;
        int sum = 0, scored = 0;
        for (const Persona& p : map.personas)
            if (const EmotionScore* e = map.emotion(p.id, stage.id)) {
                actors += (actors.empty() ? "" : ", ") + nameText(p.name.empty() ? "-" : p.name, true);
                sum += e->score;
                ++scored;
            }
        if (!scored)
            for (const Persona& p : map.personas)
                actors += (actors.empty() ? "" : ", ") + nameText(p.name.empty() ? "-" : p.name, true);
        if (actors.empty()) actors = word(language, "mermaid.customer");
        const int score =
            3 + (scored ? static_cast<int>(std::lround(static_cast<double>(sum) / static_cast<double>(scored))) : 0);
        std::vector<std::string> tasks;
        for (const Card& c : map.cards) {
            const Lane* lane = map.lane(c.lane);
            if (c.stage == stage.id && lane && lane->kind == LaneKind::Actions && !nameText(c.text, false).empty())
                tasks.push_back(taskName(c.text));
        }
        if (tasks.empty()) tasks.push_back(taskName(stage.name.empty() ? "-" : stage.name));
        for (const std::string& task : tasks)
            out += "      " + task + ": " + std::to_string(score) + ": " + actors + "\n";
    }
    return out;
}

namespace {

struct Task {
    int line;
    std::string name;
    double score;
    std::vector<std::string> actors;
};
struct Section {
    std::string name;
    std::vector<Task> tasks;
};

MermaidLoadResult refuse(int line, const char* key, std::vector<std::string> args = {}) {
    MermaidLoadResult r;
    r.problem = {line, key, std::move(args)};
    return r;
}

// One task line, "Make tea: 5: Me, Cat" (actors may be left out); false and the problem when it is not one.
bool readTask(const std::string& line, int number, Task& task, MermaidProblem& problem) {
    size_t colon = line.find(':');
    if (colon == std::string::npos) {
        problem = {number, "mermaid.not_a_task", {line}};
        return false;
    }
    task.line = number;
    task.name = plainText(trimmed(std::string_view(line).substr(0, colon)));
    std::string rest = line.substr(colon + 1);
    size_t second = rest.find(':');
    std::string score = trimmed(std::string_view(rest).substr(0, second));
    char* end = nullptr;
    task.score = std::strtod(score.c_str(), &end);
    if (score.empty() || end != score.c_str() + score.size() || !std::isfinite(task.score)) {
        problem = {number, "mermaid.bad_score", {score}};
        return false;
    }
    if (second != std::string::npos) {
        std::string actors = rest.substr(second + 1);
        for (size_t at = 0; at <= actors.size();) {
            size_t comma = actors.find(',', at);
            std::string actor = plainText(trimmed(std::string_view(actors).substr(at, comma - at)));
            // As written (nameText): "R\tri", "R\rri" and "R ri" are one actor.
            std::replace(actor.begin(), actor.end(), '\t', ' ');
            std::replace(actor.begin(), actor.end(), '\r', ' ');
            actor = trimmed(actor);
            if (!actor.empty()) task.actors.push_back(actor);
            if (comma == std::string::npos) break;
            at = comma + 1;
        }
    }
    return true;
}

// The journey's sections as a map: a stage each, a card a task, a persona each
// actor, and each persona's mean score in a stage as its emotion there.
JourneyMap mapOfSections(const std::vector<Section>& sections, const std::string& title, Language language) {
    JourneyMap map = makeStarterMap(
        title.empty() ? word(language, "map.untitled") : title, languageCode(language), {},
        {{LaneKind::Actions, word(language, "lane.actions")}, {LaneKind::Emotions, word(language, "lane.emotions")}});
    std::map<std::string, Id> personaOf;
    for (const Section& section : sections) {
        Stage stage;
        stage.id = map.nextId++;
        stage.name = section.name;
        map.stages.push_back(stage);
        std::map<Id, std::pair<double, int>> scores;  // persona -> sum and count of its tasks' scores
        for (const Task& task : section.tasks) {
            Card card;
            card.id = map.nextId++;
            card.lane = map.lanes[0].id;
            card.stage = stage.id;
            card.text = task.name;
            map.cards.push_back(std::move(card));
            std::vector<std::string> actors = task.actors;
            if (actors.empty()) actors.push_back(word(language, "mermaid.customer"));
            for (const std::string& actor : actors) {
                auto [it, added] = personaOf.try_emplace(actor, map.nextId);
                if (added) {
                    Persona p;
                    p.id = map.nextId++;
                    p.name = actor;
                    p.color = kCardColours[map.personas.size() % kCardColours.size()].rgb;
                    map.personas.push_back(std::move(p));
                }
                auto& s = scores[it->second];
                s.first += task.score;
                ++s.second;
            }
        }
        for (const Persona& p : map.personas) {
            auto it = scores.find(p.id);
            if (it == scores.end()) continue;
            const double mean = it->second.first / it->second.second;  // Mermaid's 1..5 is Jejak's -2..+2
            const int score = std::clamp(static_cast<int>(std::lround(mean)) - 3, kMinEmotion, kMaxEmotion);
            map.emotions.push_back({p.id, stage.id, score, ""});
        }
    }
    return map;
}

MermaidLoadResult parseMermaid(std::string_view text, std::string title, Language language) {
    if (text.size() > kMaxMapFileBytes) {
        MapProblem big = tooLargeProblem(static_cast<double>(text.size()));
        return refuse(0, big.key.c_str(), big.args);
    }
    if (auto bad = findInvalidUtf8(text)) return refuse(0, "mermaid.not_utf8", {std::to_string(*bad)});
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::vector<Section> sections;
    bool started = false;
    MermaidLoadResult result;
    int number = 0;
    for (size_t at = 0; at <= text.size();) {
        size_t end = text.find('\n', at);
        std::string line = trimmed(text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at));
        at = end == std::string_view::npos ? text.size() + 1 : end + 1;
        ++number;
        if (size_t comment = line.find("%%"); comment != std::string::npos) line = trimmed(line.substr(0, comment));
        if (line.empty() || line == "```" || line == "```mermaid") continue;  // blank, a comment, a Markdown fence
        if (!started) {
            if (!startsWord(line, "journey") || line.size() != 7) return refuse(number, "mermaid.not_journey", {line});
            started = true;
            continue;
        }
        if (startsWord(line, "title")) {
            title = plainText(trimmed(line.substr(5)));
        } else if (startsWord(line, "section")) {
            sections.push_back({plainText(trimmed(line.substr(7))), {}});
        } else if (startsWord(line, "accTitle") || startsWord(line, "accDescr")) {
            continue;  // accessibility text: not part of the map
        } else {
            Task task;
            if (!readTask(line, number, task, result.problem)) return result;
            if (sections.empty()) sections.push_back({word(language, "mermaid.steps"), {}});
            sections.back().tasks.push_back(std::move(task));
        }
    }
    if (!started) return refuse(0, "mermaid.empty");
    if (sections.empty()) return refuse(0, "mermaid.no_sections");

    JourneyMap& map = result.map;
    map = mapOfSections(sections, title, language);
    if (auto problem = findProblem(map)) return refuse(0, problem->key.c_str(), problem->args);
    result.ok = true;
    return result;
}

}  // namespace

MermaidLoadResult loadMapFromMermaid(std::string_view text, std::string title, Language language) {
    MermaidLoadResult result = parseMermaid(text, std::move(title), language);
    if (!result.ok) result.map = JourneyMap{};  // all or nothing
    return result;
}

std::string describeMermaidProblem(const MermaidProblem& problem, Language language) {
    const TranslationTable& t = TranslationTable::builtIn();
    std::string out = t.format(language, problem.key, problem.args);
    if (problem.line > 0) out = t.format(language, "csv.line", {std::to_string(problem.line)}) + ": " + out;
    return asSentence(out);
}

}  // namespace jejak
