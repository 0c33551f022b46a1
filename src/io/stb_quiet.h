// Include before Debian's stb headers (libstb-dev), and pop after them: stb is
// not ours to fix, and its warnings stay out of this build's -Werror.
//   #include "io/stb_quiet.h"
//   #define STB_..._IMPLEMENTATION
//   #include <stb/stb_....h>
//   #pragma GCC diagnostic pop
// (No include guard: each use opens its own push.)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wdouble-promotion"
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wcast-qual"
