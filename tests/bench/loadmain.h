#pragma once

namespace flipover::bench {

struct LoadOptions;
// The load process's main loop (see loadmain.cpp); returns the exit code.
int runLoad(const LoadOptions &options);

} // namespace flipover::bench
