// The jejak command line run in-process: its exit code and what it printed.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"

namespace jejak::test {

struct CliRun {
    int code;
    std::string out, err;
};

inline CliRun runCliCaptured(std::vector<std::string> args) {
    std::ostringstream out, err;
    int code = runCli(args, out, err);
    return {code, out.str(), err.str()};
}

}  // namespace jejak::test
