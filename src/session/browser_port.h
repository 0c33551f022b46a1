// What the Session asks of the browser: the map library, files and downloads,
// the formats module, words, share links, printing and full screen. Answers come
// back through the Session's on...() methods. The web version is
// src/platform/browser_port_web.cpp (each call one EM_JS into web/*.js); native
// tests use tests/support/fake_browser_port.h.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/translations.h"
#include "io/autosave.h"
#include "io/file_formats.h"

namespace jejak {

// A change to a kept map that is not the open one (the library's rows). The
// numbers cross to web/storage.js, which names them the same.
enum class StoredChange { Rename = 0, Duplicate = 1, Remove = 2, Restore = 3, Download = 4 };

class BrowserPort : public SaveTarget {
public:
    virtual ~BrowserPort() = default;
    virtual void start() = 0;  // answers with Session::onStorageStarted
    // save, journal and load: see SaveTarget; load answers with Session::onLoaded.
    virtual void list() = 0;  // answers with Session::onLibrary
    // Rename, duplicate (both with a title), to the trash (kept 30 days), back
    // from it, or offered as a download without opening it (`text`: the file's name).
    virtual void changeStored(StoredChange change, const std::string& id, const std::string& text) = 0;
    virtual std::string newId() = 0;
    // Offers the text as a file download; the map's stored record notes it.
    virtual void download(const std::string& fileName, const std::string& text, const std::string& id,
                          int revision) = 0;
    // The formats module (loaded the first time it is needed): the map file
    // `mapJson` written as `format` in `language` and downloaded; and a file's
    // bytes read as `format` into a map file titled `title` (measurements: into
    // the map file given as `title`), answered with Session::onImported (or
    // onFormatsFailed).
    virtual void exportAs(FileFormat format, const std::string& mapJson, Language language,
                          const std::string& fileName) = 0;
    virtual void importAs(FileFormat format, const std::string& fileName, std::string_view bytes,
                          const std::string& title, Language contentLanguage, Language uiLanguage) = 0;
    // Every template, from the formats module: Session::onTemplates.
    virtual void loadTemplates() = 0;
    // Another interface language's words, answered with Session::onWordsLoaded (or onWordsFailed).
    virtual void loadWords(Language language) = 0;
    // An image's pixels (RGBA, top row first), encoded as PNG by the formats
    // module; the caller keeps them until the page says it took them.
    struct Pixels {
        const std::uint8_t* data = nullptr;
        int width = 0, height = 0, pixelsPerMetre = 0;
    };
    enum class Paper { A4, A3 };
    virtual void downloadPng(const Pixels& image, const std::string& fileName) = 0;
    // Printed pages to the browser's print dialog, on `paper` landscape.
    virtual void printPages(const std::vector<Pixels>& pages, Paper paper, const std::string& title) = 0;
    // A link that holds the map file (compressed into the URL's fragment): Session::onShareLink.
    virtual void makeShareLink(const std::string& mapJson) = 0;
    // The page's address without a shared map in it (after "Save a copy" or "Close").
    virtual void clearShareLink() = 0;
    virtual void pickFile() = 0;  // answers with Session::onFileOpened / onFileRejected
    // Small settings of this browser (interface language, theme): "" when unset.
    virtual std::string preference(const std::string& key) = 0;
    virtual void setPreference(const std::string& key, const std::string& value) = 0;
    // The single-file edition (jejak-offline.html, opened from a file): maps stay
    // in this browser for that file. Downloading it is offered in Help; a failed
    // download answers with Session::onOfflineEditionFailed.
    virtual bool singleFile() { return false; }
    virtual void downloadOfflineEdition() {}
    // Presentation mode asks the page for full screen (and to leave it); the page
    // tells the app when the browser leaves it by itself.
    virtual void setFullscreen(bool) {}
};

}  // namespace jejak
