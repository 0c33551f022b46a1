// The browser port in the browser: each call one EM_JS into web/glue.js
// (window.jejakGlue), which talks to web/storage.js, the formats module and the
// page. Answers come back through the exports in web_exports.cpp.
#pragma once

#include "session/browser_port.h"

namespace jejak::platform {

class WebBrowserPort final : public BrowserPort {
public:
    void start() override;
    void save(const std::string& id, const std::string& title, const std::string& json, const std::string& view,
              int baseRevision, bool force) override;
    void journal(const std::string& id, const std::string& title, const std::string& json,
                 const std::string& view) override;
    void load(const std::string& id) override;
    void list() override;
    void changeStored(StoredChange change, const std::string& id, const std::string& text) override;
    std::string newId() override;
    void download(const std::string& fileName, const std::string& text, const std::string& id, int revision) override;
    void exportAs(FileFormat format, const std::string& mapJson, Language language,
                  const std::string& fileName) override;
    void importAs(FileFormat format, const std::string& fileName, std::string_view bytes, const std::string& title,
                  Language contentLanguage, Language uiLanguage) override;
    void loadTemplates() override;
    void loadWords(Language language) override;
    void downloadPng(const Pixels& image, const std::string& fileName) override;
    void printPages(const std::vector<Pixels>& pages, Paper paper, const std::string& title) override;
    void makeShareLink(const std::string& mapJson) override;
    void clearShareLink() override;
    void pickFile() override;
    std::string preference(const std::string& key) override;
    void setPreference(const std::string& key, const std::string& value) override;
    bool singleFile() override;
    void downloadOfflineEdition() override;
    void setFullscreen(bool on) override;
};

}  // namespace jejak::platform
