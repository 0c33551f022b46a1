// The browser port's calls (platform/browser_port_web.h): each a one-line call
// into web/glue.js. Map text of a user's size goes as a pointer and a length.
#include "platform/browser_port_web.h"

#include <cstdlib>

#include <emscripten.h>

// clang-format off
EM_JS(void, jejak_js_storage_start, (), { jejakGlue.storageStart(); });
EM_JS(void, jejak_js_storage_save, (const char* id, const char* title, const char* json, const char* view, int baseRevision, int force), { jejakGlue.storageSave(id, title, json, view, baseRevision, force); });
EM_JS(void, jejak_js_storage_journal, (const char* id, const char* title, const char* json, const char* view), { jejakGlue.storageJournal(id, title, json, view); });
EM_JS(void, jejak_js_storage_load, (const char* id), { jejakGlue.storageLoad(id); });
EM_JS(void, jejak_js_storage_list, (), { jejakGlue.storageList(); });
EM_JS(void, jejak_js_storage_change, (const char* what, const char* id, const char* title), { jejakGlue.storageChange(what, id, title); });
EM_JS(char*, jejak_js_new_id, (), { return allocateUTF8(jejakGlue.newId()); });
EM_JS(char*, jejak_js_preference, (const char* key), { return allocateUTF8(jejakGlue.preference(key)); });
EM_JS(void, jejak_js_set_preference, (const char* key, const char* value), { jejakGlue.setPreference(key, value); });
EM_JS(void, jejak_js_download, (const char* fileName, const char* text, const char* id, int revision), { jejakGlue.download(fileName, text, id, revision); });
EM_JS(void, jejak_js_export_as, (const char* kind, const char* json, int size, const char* language, const char* fileName, const char* type), { jejakGlue.exportAs(kind, json, size, language, fileName, type); });
EM_JS(void, jejak_js_import_as, (const char* kind, const char* fileName, const char* bytes, int size, const char* title, const char* content, const char* ui), { jejakGlue.importAs(kind, fileName, bytes, size, title, content, ui); });
EM_JS(void, jejak_js_print_begin, (const char* paper, const char* title), { jejakGlue.printBegin(paper, title); });
EM_JS(void, jejak_js_print_page, (const unsigned char* rgba, int width, int height, int perMetre), { jejakGlue.printPage(rgba, width, height, perMetre); });
EM_JS(void, jejak_js_download_png, (const unsigned char* rgba, int width, int height, int perMetre, const char* name), { jejakGlue.downloadPng(rgba, width, height, perMetre, name); });
EM_JS(void, jejak_js_print_end, (), { jejakGlue.printEnd(); });
EM_JS(void, jejak_js_load_templates, (), { jejakGlue.loadTemplates(); });
EM_JS(void, jejak_js_load_words, (const char* code), { jejakGlue.loadWords(code); });
EM_JS(void, jejak_js_make_share_link, (const char* json, int size), { jejakGlue.makeShareLink(json, size); });
EM_JS(void, jejak_js_clear_share_link, (), { jejakGlue.clearShareLink(); });
EM_JS(void, jejak_js_pick_file, (), { jejakGlue.pickFile(); });
EM_JS(int, jejak_js_single_file, (), { return window.jejakSingleFile ? 1 : 0; });
EM_JS(void, jejak_js_download_offline_edition, (), { jejakGlue.downloadOfflineEdition(); });
EM_JS(void, jejak_js_set_fullscreen, (int on), { jejakGlue.setFullscreen(on !== 0); });
// clang-format on

namespace jejak::platform {
namespace {

std::string takeString(char* text) {
    std::string out = text ? text : "";
    std::free(text);
    return out;
}

// The names web/glue.js knows a stored map's changes by.
const char* storedChangeName(StoredChange change) {
    switch (change) {
        case StoredChange::Rename: return "rename";
        case StoredChange::Duplicate: return "duplicate";
        case StoredChange::Remove: return "remove";
        case StoredChange::Restore: return "restore";
        case StoredChange::Download: return "download";
    }
    return "";
}

}  // namespace

void WebBrowserPort::start() { jejak_js_storage_start(); }
void WebBrowserPort::save(const std::string& id, const std::string& title, const std::string& json,
                          const std::string& view, int baseRevision, bool force) {
    jejak_js_storage_save(id.c_str(), title.c_str(), json.c_str(), view.c_str(), baseRevision, force ? 1 : 0);
}
void WebBrowserPort::journal(const std::string& id, const std::string& title, const std::string& json,
                             const std::string& view) {
    jejak_js_storage_journal(id.c_str(), title.c_str(), json.c_str(), view.c_str());
}
void WebBrowserPort::load(const std::string& id) { jejak_js_storage_load(id.c_str()); }
void WebBrowserPort::list() { jejak_js_storage_list(); }
void WebBrowserPort::changeStored(StoredChange change, const std::string& id, const std::string& text) {
    jejak_js_storage_change(storedChangeName(change), id.c_str(), text.c_str());
}
std::string WebBrowserPort::newId() { return takeString(jejak_js_new_id()); }
void WebBrowserPort::download(const std::string& fileName, const std::string& text, const std::string& id,
                              int revision) {
    jejak_js_download(fileName.c_str(), text.c_str(), id.c_str(), revision);
}
void WebBrowserPort::exportAs(FileFormat format, const std::string& mapJson, Language language,
                              const std::string& fileName) {
    const FileFormatInfo& f = formatInfo(format);
    jejak_js_export_as(f.code, mapJson.data(), static_cast<int>(mapJson.size()), languageCode(language),
                       fileName.c_str(), f.mimeType);
}
void WebBrowserPort::importAs(FileFormat format, const std::string& fileName, std::string_view bytes,
                              const std::string& title, Language contentLanguage, Language uiLanguage) {
    jejak_js_import_as(formatInfo(format).code, fileName.c_str(), bytes.data(), static_cast<int>(bytes.size()),
                       title.c_str(), languageCode(contentLanguage), languageCode(uiLanguage));
}
void WebBrowserPort::loadTemplates() { jejak_js_load_templates(); }
void WebBrowserPort::loadWords(Language language) { jejak_js_load_words(languageCode(language)); }
void WebBrowserPort::downloadPng(const Pixels& image, const std::string& fileName) {
    jejak_js_download_png(image.data, image.width, image.height, image.pixelsPerMetre, fileName.c_str());
}
void WebBrowserPort::printPages(const std::vector<Pixels>& pages, Paper paper, const std::string& title) {
    jejak_js_print_begin(paper == Paper::A3 ? "A3" : "A4", title.c_str());
    for (const Pixels& p : pages) jejak_js_print_page(p.data, p.width, p.height, p.pixelsPerMetre);
    jejak_js_print_end();
}
void WebBrowserPort::makeShareLink(const std::string& mapJson) {
    jejak_js_make_share_link(mapJson.data(), static_cast<int>(mapJson.size()));
}
void WebBrowserPort::clearShareLink() { jejak_js_clear_share_link(); }
void WebBrowserPort::pickFile() { jejak_js_pick_file(); }
std::string WebBrowserPort::preference(const std::string& key) { return takeString(jejak_js_preference(key.c_str())); }
void WebBrowserPort::setPreference(const std::string& key, const std::string& value) {
    jejak_js_set_preference(key.c_str(), value.c_str());
}
bool WebBrowserPort::singleFile() { return jejak_js_single_file() != 0; }
void WebBrowserPort::downloadOfflineEdition() { jejak_js_download_offline_edition(); }
void WebBrowserPort::setFullscreen(bool on) { jejak_js_set_fullscreen(on ? 1 : 0); }

}  // namespace jejak::platform
