// What the page offers the app beyond the browser port: the browser's locale
// and pixel ratio, the clipboard, waking the idle loop, a trial allocation, the
// waiting new version, the words the page loaded, and the test bridge.
#pragma once

#include <cstddef>
#include <string>

namespace jejak::platform {

std::string browserLocale();            // navigator.language, e.g. "id-ID"
float devicePixelRatio();               // window.devicePixelRatio, at least 1
void publishTestBridge();               // sets window.jejak up after the first drawn frame
void listenToClipboard();               // the page's copy, cut and paste events reach the app
void writeClipboard(const char* text);  // text copied inside a text field
void listenForWake();                   // input, resize or a new pixel ratio wakes the idle loop
// Whether the heap can hold `bytes` more (a trial allocation).
bool memoryAvailable(std::size_t bytes);
void applyUpdate();  // the waiting new version takes over; the page reloads
void showShaderProblem(const std::string& log);  // the page says the GPU refused a shader, with its log
// The app's words (words-LANG.json, through the page): a loaded language's
// "words" or "example" as JSON text ("" when not loaded), and the interface
// language the page chose ("en", "id").
std::string wordsPart(const std::string& code, const char* part);
std::string pageLanguage();

}  // namespace jejak::platform
