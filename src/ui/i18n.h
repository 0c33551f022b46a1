// The UI's current language and the lookup of its words.
#pragma once

#include "core/translations.h"

namespace jejak::ui {

Language uiLanguage();
void setUiLanguage(Language language);
// The text of a key in the current UI language (from assets/translations).
const char* tr(const char* key);

}  // namespace jejak::ui
