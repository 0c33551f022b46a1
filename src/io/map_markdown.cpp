// The Markdown outline of a map.
#include "io/map_markdown.h"

#include <string_view>

#include "io/json_text.h"

namespace jejak {
namespace {

// The text as Markdown shows it literally: the characters that mark emphasis,
// code, links, HTML and tables are escaped, and so is what would start a
// heading, a list or a quote at the start of a line.
std::string literal(std::string_view text) {
    std::string out;
    bool lineStart = true;
    for (char c : text) {
        if (c == '\r') continue;
        if (c == '\n') {
            out += "  \n  ";  // a hard break, the next line still in the list item
            lineStart = true;
            continue;
        }
        const bool always = std::string_view("\\`*_[]<>|~").find(c) != std::string_view::npos;
        const bool atStart = lineStart && std::string_view("#+-=>!").find(c) != std::string_view::npos;
        if (always || atStart) out += '\\';
        out += c;
        lineStart = lineStart && c == ' ';
    }
    return out;
}

struct Words {
    const TranslationTable& t;
    Language language;
    std::string operator()(const std::string& key) const { return t.text(language, key); }
};

// "Social media · online · Impact 4 · Effort 2 · Planned · 3 votes".
std::string details(const Card& c, const Words& w) {
    std::string out;
    auto add = [&out](const std::string& part) {
        if (part.empty()) return;
        out += (out.empty() ? "" : " \xc2\xb7 ") + part;
    };
    if (c.channel) add(w(std::string("channel.") + channelName(*c.channel)));
    if (c.online) add(w(*c.online ? "chip.online" : "chip.offline"));
    if (c.severity) add(w("chip.severity") + " " + std::to_string(*c.severity) + "/5");
    if (c.impact) add(w("chip.impact") + " " + std::to_string(*c.impact));
    if (c.effort) add(w("chip.effort") + " " + std::to_string(*c.effort));
    if (c.status) add(w(std::string("status.") + opportunityStatusName(*c.status)));
    if (c.value) add(shortestDouble(*c.value) + (c.unit.empty() ? "" : " " + literal(c.unit)));
    if (!c.owner.empty()) add(literal(c.owner));
    if (c.votes) add(w.t.plural(w.language, "count.votes", c.votes));
    return out;
}

void personas(std::string& out, const JourneyMap& map, const Words& w) {
    if (map.personas.empty()) return;
    out += "## " + w("md.personas") + "\n\n";
    for (const Persona& p : map.personas) {
        out += "- **" + literal(p.name) + "**";
        std::string about;
        if (p.age) about = std::to_string(*p.age);
        if (!p.role.empty()) about += (about.empty() ? "" : ", ") + literal(p.role);
        if (!about.empty()) out += " (" + about + ")";
        if (!p.quote.empty()) out += ": \xe2\x80\x9c" + literal(p.quote) + "\xe2\x80\x9d";
        out += "\n";
    }
    out += "\n";
}

void stage(std::string& out, const JourneyMap& map, size_t index, const Words& w) {
    const Stage& s = map.stages[index];
    out += "## " + std::to_string(index + 1) + ". " + literal(s.name) + "\n\n";
    if (!s.description.empty()) out += literal(s.description) + "\n\n";
    if (!s.customerGoal.empty()) out += "*" + w("stage.customer_goal") + ":* " + literal(s.customerGoal) + "\n\n";
    if (!s.businessGoal.empty()) out += "*" + w("stage.business_goal") + ":* " + literal(s.businessGoal) + "\n\n";
    for (const Lane& lane : map.lanes) {
        std::string items;
        if (lane.kind == LaneKind::Emotions) {
            for (const Persona& p : map.personas)
                if (const EmotionScore* e = map.emotion(p.id, s.id))
                    items += "- " + literal(p.name) + ": " + (e->score > 0 ? "+" : "") + std::to_string(e->score) +
                             (e->label.empty() ? "" : " \xe2\x80\x94 " + literal(e->label)) + "\n";
        }
        for (const Card& c : map.cards) {
            if (c.lane != lane.id || c.stage != s.id) continue;
            std::string more = details(c, w);
            items += "- " + (c.text.empty() ? std::string("\xe2\x80\x94") : literal(c.text)) +
                     (more.empty() ? "" : " *(" + more + ")*");
            if (!c.notes.empty()) items += "  \n  " + literal(c.notes);  // the notes under it, in the same item
            items += "\n";
        }
        if (!items.empty()) out += "### " + literal(lane.name) + "\n\n" + items + "\n";
    }
}

}  // namespace

std::string saveMapToMarkdown(const JourneyMap& map, Language language) {
    const Words w{TranslationTable::builtIn(), language};
    std::string out = "# " + literal(map.title.empty() ? w("map.untitled") : map.title) + "\n\n";
    if (!map.description.empty()) out += literal(map.description) + "\n\n";
    personas(out, map, w);
    for (size_t i = 0; i < map.stages.size(); ++i) stage(out, map, i, w);
    while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
    return out;
}

}  // namespace jejak
