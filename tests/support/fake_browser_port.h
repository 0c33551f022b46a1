// The browser port for native tests: records what the Session asks of the
// browser, keeps preferences, and hands out ids; the test answers through the
// Session's on...() methods, as the page would.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "session/browser_port.h"

namespace jejak::test {

class FakeBrowserPort final : public BrowserPort {
public:
    struct Call {
        std::string what;  // "save", "load", "rename", "exportAs", ...
        std::string a, b;  // its first two texts (id and title, format and file name, ...)
    };
    void start() override { record("start"); }
    void save(const std::string& id, const std::string& title, const std::string& json, const std::string& view,
              int baseRevision, bool force) override;
    void journal(const std::string& id, const std::string& title, const std::string&, const std::string&) override {
        record("journal", id, title);
    }
    void load(const std::string& id) override { record("load", id); }
    void list() override { record("list"); }
    void changeStored(StoredChange change, const std::string& id, const std::string& text) override;
    std::string newId() override { return "map-" + std::to_string(++ids); }
    void download(const std::string& fileName, const std::string& text, const std::string& id, int) override {
        record("download", fileName, id);
        lastText = text;
    }
    void exportAs(FileFormat format, const std::string& mapJson, Language language,
                  const std::string& fileName) override;
    void importAs(FileFormat format, const std::string& fileName, std::string_view bytes, const std::string& title,
                  Language, Language) override;
    void loadTemplates() override { record("loadTemplates"); }
    void loadWords(Language language) override { record("loadWords", languageCode(language)); }
    void downloadPng(const Pixels& image, const std::string& fileName) override;
    void printPages(const std::vector<Pixels>& pages, Paper paper, const std::string& title) override;
    void makeShareLink(const std::string& mapJson) override {
        record("makeShareLink");
        lastText = mapJson;
    }
    void clearShareLink() override { record("clearShareLink"); }
    void pickFile() override { record("pickFile"); }
    std::string preference(const std::string& key) override { return preferences[key]; }
    void setPreference(const std::string& key, const std::string& value) override { preferences[key] = value; }
    bool singleFile() override { return single; }
    void downloadOfflineEdition() override { record("downloadOfflineEdition"); }
    void setFullscreen(bool on) override { record("setFullscreen", on ? "on" : "off"); }

    // The calls named `what`, oldest first.
    std::vector<Call> calls(const std::string& what) const;
    bool asked(const std::string& what) const { return !calls(what).empty(); }

    std::vector<Call> log;
    std::map<std::string, std::string> preferences;
    std::string lastText;  // the last map file or text handed over
    std::string lastSaveJson, lastSaveView;
    int ids = 0;
    bool single = false;

private:
    void record(std::string what, std::string a = {}, std::string b = {}) {
        log.push_back({std::move(what), std::move(a), std::move(b)});
    }
};

}  // namespace jejak::test
