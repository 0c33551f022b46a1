// The current UI language.
#include "ui/i18n.h"

#include <algorithm>

namespace jejak::ui {
namespace {
Language current = Language::English;
}

Language uiLanguage() { return current; }
void setUiLanguage(Language language) { current = language; }
const char* tr(const char* key) { return TranslationTable::builtIn().text(current, key); }

}  // namespace jejak::ui
