#pragma once

#include "core/Result.h"
#include "supervisor_ui/HallAccess.h"

#include <QCoreApplication>

#include <memory>

class QCommandLineParser;

namespace antre {

class AppContext;
class SupervisorWindow;

// What antre-supervisor does with its own options: --staff ID (with --screenshot: signed in without a
// PIN, for screenshots only; otherwise the ID is filled in), --view
// dashboard|report|recap|lookup|config|staff,
// --date YYYY-MM-DD (report day, recap year, lookup day), --from/--to (report range), --ticket NUMBER.
class SupervisorLauncher final
{
    Q_DECLARE_TR_FUNCTIONS(SupervisorLauncher)
public:
    static void addOptions(QCommandLineParser& parser);

    explicit SupervisorLauncher(AppContext& context);
    ~SupervisorLauncher();
    Q_DISABLE_COPY_MOVE(SupervisorLauncher)

    // Builds the window as the options ask. BadInput for a malformed option, Refused for an officer.
    Result<SupervisorWindow*> createWindow();

private:
    AppContext& m_context;
    HallAccess m_hall;
    std::unique_ptr<SupervisorWindow> m_window;
};

} // namespace antre
