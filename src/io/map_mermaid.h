// Mermaid `journey` diagrams, both ways. Export: each stage a section, each
// customer-action card a task, its actors the personas scored at that stage,
// its score their emotion (-2..+2) on Mermaid's 1..5. Import: sections become
// stages, tasks cards in a customer-actions lane, actors personas, and each
// persona's scores in a section its emotion there. What Mermaid cannot hold in
// a name (':', ';', '#', line breaks) is written as a look-alike character and
// read back as the original.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/journey_map.h"
#include "core/translations.h"

namespace jejak {

// `language` names what the map itself does not (a stage with no action card
// becomes a task named after the stage; with no persona, the actor "Customer").
std::string saveMapToMermaid(const JourneyMap& map, Language language = Language::English);

struct MermaidProblem {
    int line = 0;  // from 1; 0 for the whole text
    std::string key;
    std::vector<std::string> args;
};

struct MermaidLoadResult {
    bool ok = false;
    JourneyMap map;
    MermaidProblem problem;
};

// `title` is used when the diagram has none; `language` is the new map's
// content language and names its lanes.
MermaidLoadResult loadMapFromMermaid(std::string_view text, std::string title, Language language = Language::English);

std::string describeMermaidProblem(const MermaidProblem& problem, Language language = Language::English);

}  // namespace jejak
