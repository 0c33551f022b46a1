// What the web platform offers the app: the browser's locale, pixel ratio and the test bridge.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jejak::platform {

std::string browserLocale();            // navigator.language, e.g. "id-ID"
float devicePixelRatio();               // window.devicePixelRatio, at least 1
void publishTestBridge();               // sets window.jejak up after the first drawn frame
void listenToClipboard();               // the page's copy, cut and paste events reach the app
void writeClipboard(const char* text);  // text copied inside a text field
void listenForWake();                   // input, resize or a new pixel ratio wakes the idle loop
bool memoryAvailable(std::size_t bytes);
void applyUpdate();  // the waiting new version takes over; the page reloads  // whether the heap can hold `bytes` more
                     // (a trial allocation)

// Keeping maps (web_storage.cpp, web/storage.js).
enum class StorageChange { Rename, Duplicate, Remove, Restore, Download };
void storageStart();
void storageSave(const std::string& id, const std::string& title, const std::string& json, const std::string& view,
                 int baseRevision, bool force);
void storageJournal(const std::string& id, const std::string& title, const std::string& json, const std::string& view);
void storageLoad(const std::string& id);
void storageList();
void storageChange(StorageChange what, const std::string& id, const std::string& title);
std::string storageNewId();
std::string preference(const std::string& key);  // localStorage "jejak.pref.<key>", "" when unset
void setPreference(const std::string& key, const std::string& value);
void download(const std::string& fileName, const std::string& text, const std::string& id, int revision);
void exportAs(const std::string& kind, const std::string& mapJson, int language, const std::string& fileName,
              const std::string& mimeType);
void importAs(const std::string& kind, const std::string& fileName, std::string_view bytes, const std::string& title,
              int contentLanguage, int uiLanguage);
void loadTemplates();
// The app's words (words-LANG.json, through the page): another language's
// loaded (App::onWordsLoaded), a loaded language's "words" or "example" as JSON
// text ("" when not loaded), and the interface language the page chose.
void loadWords(const std::string& code);
std::string wordsPart(const std::string& code, const char* part);
std::string pageLanguage();
void downloadPng(const std::uint8_t* rgba, int width, int height, int pixelsPerMetre, const std::string& fileName);
void printBegin(const std::string& paper, const std::string& title);
void printPage(const std::uint8_t* rgba, int width, int height, int pixelsPerMetre);
void printEnd();
void makeShareLink(const std::string& mapJson);
void clearShareLink();
void pickFile();
bool singleFile();              // this page is jejak-offline.html
void setFullscreen(bool on);    // presentation mode asks for full screen, or leaves it
void downloadOfflineEdition();  // offers jejak-offline.html as a download
void showShaderProblem(const std::string& log);  // the page says the GPU refused a shader, with its log

}  // namespace jejak::platform
