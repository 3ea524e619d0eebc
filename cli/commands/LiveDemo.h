#pragma once

namespace antre::cli {

class Context;

// antre demo --live: the demo's day played in an existing hall as it happens (DemoCommand).
int runLiveDemo(Context& c);

} // namespace antre::cli
