// A place to keep maps for native tests: records what autosave asks, and
// answers when the test says so, like the browser's storage with its delays,
// a full quota and another tab.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "io/autosave.h"

namespace jejak::test {

class FakeStorage final : public SaveTarget {
public:
    struct Save {
        std::string id, title, json, view;
        int baseRevision = 0;
        bool force = false;
    };
    void save(const std::string& id, const std::string& title, const std::string& json, const std::string& view,
              int baseRevision, bool force) override;
    void journal(const std::string& id, const std::string& title, const std::string& json,
                 const std::string& view) override;
    void load(const std::string& id) override { loads.push_back(id); }

    // Answers the oldest save still waiting, as the browser would: written at
    // the next revision, refused because another tab saved since, or failed
    // (quota full). Returns what the autosave is told.
    void answer(Autosave& autosave);

    bool quotaFull = false;
    int storedRevision = 0;      // of the stored record
    std::string storedJson;      // what is kept
    std::vector<Save> saves;     // every save asked for, in order
    std::vector<Save> waiting;   // saves not answered yet
    std::vector<Save> journals;  // synchronous copies
    std::vector<std::string> loads;
};

}  // namespace jejak::test
