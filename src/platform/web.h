// What the web platform offers the app: the browser's locale, pixel ratio and the test bridge.
#pragma once

#include <string>

namespace jejak::platform {

std::string browserLocale();          // navigator.language, e.g. "id-ID"
float devicePixelRatio();             // window.devicePixelRatio, at least 1
void publishTestBridge();             // sets window.jejak up after the first drawn frame
void listenToClipboard();             // the page's copy, cut and paste events reach the app
void writeClipboard(const char* text);  // text copied inside a text field

}  // namespace jejak::platform
