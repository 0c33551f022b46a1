// What the app asks of the browser: its map library, files and downloads.
// Answers come back through App's on...() methods. The web version lives in
// src/platform/web_storage.cpp.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/translations.h"

#include "io/autosave.h"

namespace jejak::ui {

class StoragePort : public SaveTarget {
public:
    virtual ~StoragePort() = default;
    virtual void start() = 0;  // answers with App::onStorageStarted
    // save, journal and load: see SaveTarget; load answers with App::onLoaded.
    virtual void list() = 0;  // answers with App::onLibrary
    virtual void rename(const std::string& id, const std::string& title) = 0;
    virtual void duplicate(const std::string& id, const std::string& title) = 0;
    virtual void remove(const std::string& id) = 0;   // to the trash, kept 30 days
    virtual void restore(const std::string& id) = 0;  // from the trash
    // Offers a kept map's file as a download without opening it (one that
    // failed to open, say).
    virtual void downloadStored(const std::string& id, const std::string& fileName) = 0;
    virtual std::string newId() = 0;
    // Offers the text as a file download; the map's stored record notes it.
    virtual void download(const std::string& fileName, const std::string& text, const std::string& id,
                          int revision) = 0;
    // The formats module (CSV, Markdown, Mermaid; loaded the first time it is
    // needed): the map file `mapJson` written as `kind` ("csv", "md", "mmd") in
    // `language` and downloaded; and a file's bytes read as `kind` into a map file
    // titled `title`, answered with App::onImported (or onFormatsFailed).
    virtual void exportAs(const std::string& kind, const std::string& mapJson, Language language,
                          const std::string& fileName, const std::string& mimeType) = 0;
    virtual void importAs(const std::string& kind, const std::string& fileName, std::string_view bytes,
                          const std::string& title, Language contentLanguage, Language uiLanguage) = 0;
    virtual void loadTemplates() = 0;
    // Another interface language's words, answered with App::onWordsLoaded (or onWordsFailed).
    virtual void loadWords(Language language) = 0;
    // An image's pixels (RGBA, top row first), encoded as PNG by the formats
    // module; the app keeps them until App::onPixelsTaken.
    struct Pixels {
        const std::uint8_t* data = nullptr;
        int width = 0, height = 0, pixelsPerMetre = 0;
    };
    // Downloaded as fileName; App::onPngMade says its size and how long encoding took.
    virtual void downloadPng(const Pixels& image, const std::string& fileName) = 0;
    // Printed pages to the browser's print dialog, on `paper` ("A4", "A3") landscape.
    virtual void printPages(const std::vector<Pixels>& pages, const std::string& paper,
                            const std::string& title) = 0;
    // A link that holds the map file (compressed into the URL's fragment): App::onShareLink.
    virtual void makeShareLink(const std::string& mapJson) = 0;
    // The page's address without a shared map in it (after "Save a copy" or "Close").
    virtual void clearShareLink() = 0;  // every template, from the formats module: App::onTemplates
    virtual void pickFile() = 0;  // answers with App::onFileOpened / onFileRejected
    // Small settings of this browser (interface language, theme): "" when unset.
    virtual std::string preference(const std::string& key) = 0;
    virtual void setPreference(const std::string& key, const std::string& value) = 0;
    // The single-file edition (jejak-offline.html, opened from a file): maps stay
    // in this browser for that file. Downloading it is offered in Help; a failed
    // download answers with App::onOfflineEditionFailed.
    virtual bool singleFile() { return false; }
    virtual void downloadOfflineEdition() {}
    // Presentation mode asks the page for full screen (and to leave it); the page
    // tells the app when the browser leaves it by itself (App::onFullscreenLeft).
    virtual void setFullscreen(bool) {}
};

}  // namespace jejak::ui
