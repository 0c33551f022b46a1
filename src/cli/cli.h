// The `jejak` command line: validate and convert map files with the app's loader.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace jejak {

// Runs `jejak ARGS...` (args without the program name); returns the exit code.
int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace jejak
