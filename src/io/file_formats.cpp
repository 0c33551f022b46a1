// Looking formats up in the one table (io/file_formats.h).
#include "io/file_formats.h"

#include <cctype>
#include <string>

namespace jejak {

const FileFormatInfo& formatInfo(FileFormat format) {
    for (const FileFormatInfo& f : kFileFormats)
        if (f.format == format) return f;
    return kFileFormats[0];
}

std::string_view firstExtension(FileFormat format) {
    std::string_view all = formatInfo(format).extensions;
    return all.substr(0, all.find(' '));
}

std::optional<FileFormat> mapFormatOfName(std::string_view fileName) {
    const size_t dot = fileName.rfind('.');
    if (dot == std::string_view::npos) return std::nullopt;
    std::string ext(fileName.substr(dot));
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const FileFormatInfo& f : kFileFormats) {
        if (f.format == FileFormat::Measures || f.format == FileFormat::Png) continue;
        std::string_view list = f.extensions;
        while (!list.empty()) {
            const size_t space = list.find(' ');
            if (list.substr(0, space) == ext) return f.format;
            list = space == std::string_view::npos ? std::string_view() : list.substr(space + 1);
        }
    }
    return std::nullopt;
}

}  // namespace jejak
