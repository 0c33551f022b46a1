// The app's calls into the page for keeping maps, files and preferences: each a
// one-line call into web/glue.js (window.jejakGlue), which talks to
// web/storage.js (IndexedDB library, journal, other tabs). Answers come back
// through the exports in web_exports.cpp.
#include <cstdlib>
#include <string>

#include <emscripten.h>

#include "platform/web.h"

// clang-format off
EM_JS(void, jejak_js_storage_start, (), { jejakGlue.storageStart(); });
EM_JS(void, jejak_js_storage_save, (const char* id, const char* title, const char* json, const char* view, int baseRevision, int force), { jejakGlue.storageSave(id, title, json, view, baseRevision, force); });
EM_JS(void, jejak_js_storage_journal, (const char* id, const char* title, const char* json, const char* view), { jejakGlue.storageJournal(id, title, json, view); });
EM_JS(void, jejak_js_storage_load, (const char* id), { jejakGlue.storageLoad(id); });
EM_JS(void, jejak_js_storage_list, (), { jejakGlue.storageList(); });
EM_JS(void, jejak_js_storage_change, (int what, const char* id, const char* title), { jejakGlue.storageChange(what, id, title); });
EM_JS(char*, jejak_js_new_id, (), { return allocateUTF8(jejakGlue.newId()); });
EM_JS(char*, jejak_js_preference, (const char* key), { return allocateUTF8(jejakGlue.preference(key)); });
EM_JS(void, jejak_js_set_preference, (const char* key, const char* value), { jejakGlue.setPreference(key, value); });
EM_JS(void, jejak_js_download, (const char* fileName, const char* text, const char* id, int revision), { jejakGlue.download(fileName, text, id, revision); });
EM_JS(void, jejak_js_export_as, (const char* kind, const char* json, int size, int language, const char* fileName, const char* type), { jejakGlue.exportAs(kind, json, size, language, fileName, type); });
EM_JS(void, jejak_js_import_as, (const char* kind, const char* fileName, const char* bytes, int size, const char* title, int content, int ui), { jejakGlue.importAs(kind, fileName, bytes, size, title, content, ui); });
EM_JS(void, jejak_js_print_begin, (const char* paper, const char* title), { jejakGlue.printBegin(paper, title); });
EM_JS(void, jejak_js_print_page, (const unsigned char* rgba, int width, int height, int perMetre), { jejakGlue.printPage(rgba, width, height, perMetre); });
EM_JS(void, jejak_js_download_png, (const unsigned char* rgba, int width, int height, int perMetre, const char* name), { jejakGlue.downloadPng(rgba, width, height, perMetre, name); });
EM_JS(void, jejak_js_print_end, (), { jejakGlue.printEnd(); });
EM_JS(void, jejak_js_load_templates, (), { jejakGlue.loadTemplates(); });
EM_JS(void, jejak_js_load_words, (const char* code), { jejakGlue.loadWords(code); });
EM_JS(char*, jejak_js_words_part, (const char* code, const char* part), { return allocateUTF8(jejakGlue.wordsPart(code, part)); });
EM_JS(char*, jejak_js_ui_language, (), { return allocateUTF8(jejakGlue.uiLanguage()); });
EM_JS(void, jejak_js_make_share_link, (const char* json, int size), { jejakGlue.makeShareLink(json, size); });
EM_JS(void, jejak_js_clear_share_link, (), { jejakGlue.clearShareLink(); });
EM_JS(void, jejak_js_pick_file, (), { jejakGlue.pickFile(); });
EM_JS(int, jejak_js_single_file, (), { return window.jejakSingleFile ? 1 : 0; });
EM_JS(void, jejak_js_download_offline_edition, (), { jejakGlue.downloadOfflineEdition(); });
// clang-format on

namespace jejak::platform {
namespace {

std::string takeString(char* text) {
    std::string out = text ? text : "";
    std::free(text);
    return out;
}

}  // namespace

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
std::string preference(const std::string& key) { return takeString(jejak_js_preference(key.c_str())); }
void setPreference(const std::string& key, const std::string& value) {
    jejak_js_set_preference(key.c_str(), value.c_str());
}
std::string storageNewId() { return takeString(jejak_js_new_id()); }
void download(const std::string& fileName, const std::string& text, const std::string& id, int revision) {
    jejak_js_download(fileName.c_str(), text.c_str(), id.c_str(), revision);
}
void exportAs(const std::string& kind, const std::string& mapJson, int language, const std::string& fileName,
              const std::string& mimeType) {
    jejak_js_export_as(kind.c_str(), mapJson.data(), static_cast<int>(mapJson.size()), language, fileName.c_str(),
                       mimeType.c_str());
}
void importAs(const std::string& kind, const std::string& fileName, std::string_view bytes, const std::string& title,
              int contentLanguage, int uiLanguage) {
    jejak_js_import_as(kind.c_str(), fileName.c_str(), bytes.data(), static_cast<int>(bytes.size()), title.c_str(),
                       contentLanguage, uiLanguage);
}
void loadTemplates() { jejak_js_load_templates(); }
void loadWords(const std::string& code) { jejak_js_load_words(code.c_str()); }
std::string wordsPart(const std::string& code, const char* part) { return takeString(jejak_js_words_part(code.c_str(), part)); }
std::string pageLanguage() { return takeString(jejak_js_ui_language()); }
void downloadPng(const std::uint8_t* rgba, int width, int height, int pixelsPerMetre, const std::string& fileName) {
    jejak_js_download_png(rgba, width, height, pixelsPerMetre, fileName.c_str());
}
void printBegin(const std::string& paper, const std::string& title) {
    jejak_js_print_begin(paper.c_str(), title.c_str());
}
void printPage(const std::uint8_t* rgba, int width, int height, int pixelsPerMetre) {
    jejak_js_print_page(rgba, width, height, pixelsPerMetre);
}
void printEnd() { jejak_js_print_end(); }
void makeShareLink(const std::string& mapJson) {
    jejak_js_make_share_link(mapJson.data(), static_cast<int>(mapJson.size()));
}
void clearShareLink() { jejak_js_clear_share_link(); }
void pickFile() { jejak_js_pick_file(); }
bool singleFile() { return jejak_js_single_file() != 0; }
void downloadOfflineEdition() { jejak_js_download_offline_edition(); }

}  // namespace jejak::platform
