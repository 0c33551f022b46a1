// The web app carries no words of its own: the page hands over the interface
// language's (words-LANG.json, web/scripts/words_files.py) before the app starts,
// and another language's when the user switches to it (TranslationTable::addBuiltIn).
// These empty tables stand where the native build embeds both languages.
extern const unsigned char jejak_embedded_translation_en[];
extern const unsigned long jejak_embedded_translation_en_size;
extern const unsigned char jejak_embedded_translation_id[];
extern const unsigned long jejak_embedded_translation_id_size;

const unsigned char jejak_embedded_translation_en[] = {0};
const unsigned long jejak_embedded_translation_en_size = 0;
const unsigned char jejak_embedded_translation_id[] = {0};
const unsigned long jejak_embedded_translation_id_size = 0;
