// The browser side of keeping maps: web/storage.js (IndexedDB library, journal,
// other tabs), file downloads, the file picker, dropped files and page events.
#include <cstdlib>
#include <string>

#include <emscripten.h>

#include "platform/web.h"

// Answers from JavaScript, handled in web_main.cpp.
extern "C" {
void jejak_storage_started(int ok, const char* id, const char* json, const char* view, int revision,
                           const char* error);
void jejak_storage_saved(int ok, int revision, int conflict, const char* error);
void jejak_storage_loaded(const char* id, const char* json, const char* view, int revision);
void jejak_storage_library(const char* json);
void jejak_storage_saved_elsewhere(const char* id, int revision);
void jejak_file_opened(const char* name, const char* text);
void jejak_file_rejected(const char* name, double bytes);
void jejak_page_hidden();
}

EM_JS(void, jejak_js_storage_start, (), {
    const s = window.jejakStorage;
    s.onSavedElsewhere((m) => ccall("jejak_storage_saved_elsewhere", null, ["string", "number"], [m.id, m.revision]));
    s.persist();
    s.start().then((r) => {
        ccall("jejak_storage_started", null, ["number", "string", "string", "string", "number", "string"],
              [1, r ? r.id : "", r ? r.json : "", r ? JSON.stringify(r.view || {}) : "", r ? r.revision : 0, ""]);
    }).catch((e) => {
        ccall("jejak_storage_started", null, ["number", "string", "string", "string", "number", "string"],
              [0, "", "", "", 0, String((e && e.message) || e)]);
    });
    // The page may go away at any moment after it is hidden: copy now.
    const hidden = () => ccall("jejak_page_hidden", null, [], []);
    window.addEventListener("pagehide", hidden);
    document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") hidden(); });
    // Files dropped on the page open as new maps.
    window.addEventListener("dragover", (e) => { e.preventDefault(); });
    window.addEventListener("drop", (e) => {
        e.preventDefault();
        const file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
        if (file) window.jejakReadFile(file);
    });
});

EM_JS(void, jejak_js_storage_save, (const char* id, const char* title, const char* json, const char* view,
                                    int baseRevision, int force), {
    let viewObject = {};
    try { viewObject = JSON.parse(UTF8ToString(view)); } catch (e) {}
    window.jejakStorage.save({ id: UTF8ToString(id), title: UTF8ToString(title), json: UTF8ToString(json),
                               view: viewObject, baseRevision, force: !!force })
        .then((r) => ccall("jejak_storage_saved", null, ["number", "number", "number", "string"],
                           [r.ok ? 1 : 0, r.revision || 0, r.conflict ? 1 : 0, r.error || ""]));
});

EM_JS(void, jejak_js_storage_journal, (const char* id, const char* title, const char* json, const char* view), {
    let viewObject = {};
    try { viewObject = JSON.parse(UTF8ToString(view)); } catch (e) {}
    window.jejakStorage.journal({ id: UTF8ToString(id), title: UTF8ToString(title), json: UTF8ToString(json),
                                  view: viewObject, at: Date.now() });
});

EM_JS(void, jejak_js_storage_load, (const char* id), {
    window.jejakStorage.load(UTF8ToString(id)).then((r) => {
        if (r) ccall("jejak_storage_loaded", null, ["string", "string", "string", "number"],
                     [r.id, r.json, JSON.stringify(r.view || {}), r.revision]);
    });
});

EM_JS(void, jejak_js_storage_list, (), {
    window.jejakStorage.list().then((l) => ccall("jejak_storage_library", null, ["string"], [JSON.stringify(l)]));
});

EM_JS(void, jejak_js_storage_change, (int what, const char* id, const char* title), {
    const s = window.jejakStorage;
    const key = UTF8ToString(id);
    const change = [
        () => s.rename(key, UTF8ToString(title)), () => s.duplicate(key, UTF8ToString(title)),
        () => s.remove(key), () => s.restore(key)][what];
    change()
        .then(() => s.list())
        .then((l) => ccall("jejak_storage_library", null, ["string"], [JSON.stringify(l)]));
});

EM_JS(char*, jejak_js_new_id, (), { return stringToNewUTF8(window.jejakStorage.newId()); });

EM_JS(char*, jejak_js_preference, (const char* key), {
    let value = "";
    try { value = localStorage.getItem("jejak.pref." + UTF8ToString(key)) || ""; } catch (e) { /* storage off */ }
    return stringToNewUTF8(value);
});

EM_JS(void, jejak_js_set_preference, (const char* key, const char* value), {
    try { localStorage.setItem("jejak.pref." + UTF8ToString(key), UTF8ToString(value)); } catch (e) { /* storage off */ }
});

EM_JS(void, jejak_js_download, (const char* fileName, const char* text, const char* id, int revision), {
    const blob = new Blob([UTF8ToString(text)], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = UTF8ToString(fileName);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    if (revision > 0) window.jejakStorage.markDownloaded(UTF8ToString(id), revision);
});

EM_JS(void, jejak_js_pick_file, (), { window.jejakPickFile(); });

namespace jejak::platform {

void storageStart() { jejak_js_storage_start(); }
void storageSave(const std::string& id, const std::string& title, const std::string& json, const std::string& view,
                 int baseRevision, bool force) {
    jejak_js_storage_save(id.c_str(), title.c_str(), json.c_str(), view.c_str(), baseRevision, force ? 1 : 0);
}
void storageJournal(const std::string& id, const std::string& title, const std::string& json, const std::string& view) {
    jejak_js_storage_journal(id.c_str(), title.c_str(), json.c_str(), view.c_str());
}
void storageLoad(const std::string& id) { jejak_js_storage_load(id.c_str()); }
void storageList() { jejak_js_storage_list(); }
void storageChange(StorageChange what, const std::string& id, const std::string& title) {
    jejak_js_storage_change(static_cast<int>(what), id.c_str(), title.c_str());
}
std::string preference(const std::string& key) {
    char* value = jejak_js_preference(key.c_str());
    std::string out = value ? value : "";
    std::free(value);
    return out;
}
void setPreference(const std::string& key, const std::string& value) {
    jejak_js_set_preference(key.c_str(), value.c_str());
}
std::string storageNewId() {
    char* id = jejak_js_new_id();
    std::string out = id ? id : "";
    std::free(id);
    return out;
}
void download(const std::string& fileName, const std::string& text, const std::string& id, int revision) {
    jejak_js_download(fileName.c_str(), text.c_str(), id.c_str(), revision);
}
void pickFile() { jejak_js_pick_file(); }

}  // namespace jejak::platform
