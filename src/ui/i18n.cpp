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
std::string format(const char* key, const std::vector<std::string>& args) {
    return TranslationTable::builtIn().format(current, key, args);
}
std::string plural(const char* key, long long n) { return TranslationTable::builtIn().plural(current, key, n); }

}  // namespace jejak::ui
