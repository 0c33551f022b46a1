// Icon glyphs (Font Awesome 4.7, from Debian's fonts-font-awesome), as UTF-8.
// The build subsets the font to exactly these code points (ICON_UNICODES in cmake/web_app.cmake).
#pragma once

namespace jejak::ui::icon {

inline constexpr const char* kUser = "\xef\x80\x87";         // U+F007
inline constexpr const char* kAlignLeft = "\xef\x80\xb6";    // U+F036
inline constexpr const char* kWarning = "\xef\x81\xb1";      // U+F071
inline constexpr const char* kCalendar = "\xef\x81\xb3";     // U+F073
inline constexpr const char* kComment = "\xef\x81\xb5";      // U+F075
inline constexpr const char* kBarChart = "\xef\x82\x80";     // U+F080
inline constexpr const char* kCogs = "\xef\x82\x85";         // U+F085
inline constexpr const char* kComments = "\xef\x82\x86";     // U+F086
inline constexpr const char* kPhone = "\xef\x82\x95";        // U+F095
inline constexpr const char* kGlobe = "\xef\x82\xac";        // U+F0AC
inline constexpr const char* kEnvelope = "\xef\x83\xa0";     // U+F0E0
inline constexpr const char* kSitemap = "\xef\x83\xa8";      // U+F0E8
inline constexpr const char* kLightbulb = "\xef\x83\xab";    // U+F0EB
inline constexpr const char* kMobile = "\xef\x84\x8b";       // U+F10B
inline constexpr const char* kCircle = "\xef\x84\x91";       // U+F111
inline constexpr const char* kSmile = "\xef\x84\x98";        // U+F118
inline constexpr const char* kFrown = "\xef\x84\x99";        // U+F119
inline constexpr const char* kMeh = "\xef\x84\x9a";          // U+F11A
inline constexpr const char* kBullseye = "\xef\x85\x80";     // U+F140
inline constexpr const char* kDotCircle = "\xef\x86\x92";    // U+F192
inline constexpr const char* kBuilding = "\xef\x86\xad";     // U+F1AD
inline constexpr const char* kShareAlt = "\xef\x87\xa0";     // U+F1E0
inline constexpr const char* kWhatsApp = "\xef\x88\xb2";     // U+F232
inline constexpr const char* kHandPointer = "\xef\x89\x9a";  // U+F25A
inline constexpr const char* kShoppingBag = "\xef\x8a\x90";  // U+F290
inline constexpr const char* kUndo = "\xef\x83\xa2";         // U+F0E2
inline constexpr const char* kRedo = "\xef\x80\x9e";         // U+F01E
inline constexpr const char* kZoomIn = "\xef\x80\x8e";       // U+F00E
inline constexpr const char* kZoomOut = "\xef\x80\x90";      // U+F010
inline constexpr const char* kExpand = "\xef\x81\xa5";       // U+F065
inline constexpr const char* kPlus = "\xef\x81\xa7";         // U+F067
inline constexpr const char* kSearch = "\xef\x80\x82";       // U+F002
inline constexpr const char* kQuestion = "\xef\x84\xa8";     // U+F128
inline constexpr const char* kHome = "\xef\x80\x95";         // U+F015
inline constexpr const char* kCopy = "\xef\x83\x85";         // U+F0C5
inline constexpr const char* kTrash = "\xef\x87\xb8";        // U+F1F8
inline constexpr const char* kBars = "\xef\x83\x89";         // U+F0C9
inline constexpr const char* kTimes = "\xef\x80\x8d";        // U+F00D
inline constexpr const char* kUsers = "\xef\x83\x80";        // U+F0C0
inline constexpr const char* kColumns = "\xef\x83\x9b";      // U+F0DB
inline constexpr const char* kTasks = "\xef\x82\xae";        // U+F0AE
inline constexpr const char* kArrowLeft = "\xef\x81\xa0";    // U+F060
inline constexpr const char* kArrowRight = "\xef\x81\xa1";   // U+F061
inline constexpr const char* kArrowUp = "\xef\x81\xa2";      // U+F062
inline constexpr const char* kArrowDown = "\xef\x81\xa3";    // U+F063
inline constexpr const char* kEye = "\xef\x81\xae";          // U+F06E
inline constexpr const char* kAdjust = "\xef\x81\x82";       // U+F042
inline constexpr const char* kEyeSlash = "\xef\x81\xb0";     // U+F070
inline constexpr const char* kDownload = "\xef\x80\x99";     // U+F019
inline constexpr const char* kPlay = "\xef\x81\x8b";         // U+F04B
inline constexpr const char* kPause = "\xef\x81\x8c";        // U+F04C
inline constexpr const char* kDesktop = "\xef\x84\x88";      // U+F108
inline constexpr const char* kClock = "\xef\x80\x97";        // U+F017
inline constexpr const char* kListOl = "\xef\x83\x8b";       // U+F0CB
inline constexpr const char* kThumbsUp = "\xef\x85\xa4";     // U+F164
inline constexpr const char* kPencil = "\xef\x81\x80";       // U+F040
inline constexpr const char* kExchange = "\xef\x83\xac";     // U+F0EC
inline constexpr const char* kMinus = "\xef\x81\xa8";        // U+F068
inline constexpr const char* kCodeFork = "\xef\x84\xa6";     // U+F126

inline constexpr unsigned short kFirst = 0xF000, kLast = 0xF2FF;

}  // namespace jejak::ui::icon
