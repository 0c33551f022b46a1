// The fake storage's answers.
#include "fake_storage.h"

namespace jejak::test {

void FakeStorage::save(const std::string& id, const std::string& title, const std::string& json,
                       const std::string& view, int baseRevision, bool force) {
    saves.push_back({id, title, json, view, baseRevision, force});
    waiting.push_back(saves.back());
}

void FakeStorage::journal(const std::string& id, const std::string& title, const std::string& json,
                          const std::string& view) {
    journals.push_back({id, title, json, view, 0, false});
}

void FakeStorage::answer(Autosave& autosave) {
    if (waiting.empty()) return;
    Save s = waiting.front();
    waiting.erase(waiting.begin());
    if (quotaFull) {
        autosave.saved(false, 0, false, "quota");
    } else if (!s.force && storedRevision != 0 && s.baseRevision != storedRevision) {
        autosave.saved(false, storedRevision, true, "");
    } else {
        storedJson = s.json;
        autosave.saved(true, ++storedRevision, false, "");
    }
}

}  // namespace jejak::test
