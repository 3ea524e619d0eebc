#pragma once

#include "core/Result.h"
#include "supervisor_ui/HallAccess.h"

#include <QCoreApplication>
#include <QDate>
#include <QWidget>

#include <memory>

class QCommandLineParser;

namespace antre {

class AppContext;
class FirstRunView;
class SupervisorWindow;

// What antre-supervisor does with its own options: --staff ID (with --screenshot: signed in without a
// PIN, for screenshots only; otherwise the ID is filled in), --view
// dashboard|report|recap|lookup|config|staff,
// --date YYYY-MM-DD (report day, recap year, lookup day), --from/--to (report range), --ticket NUMBER,
// --first-run choice|hall|service|admin (a step of the first run, on a hall not set up yet) or demo (the
// demo way started).
// On a hall without a configuration the first-run view comes first; once the hall is set up it gives
// way to the sign-in, or after the demo hall to the demo supervisor's dashboard.
class SupervisorLauncher final
{
    Q_DECLARE_TR_FUNCTIONS(SupervisorLauncher)
public:
    static void addOptions(QCommandLineParser& parser);

    explicit SupervisorLauncher(AppContext& context);
    ~SupervisorLauncher();
    Q_DISABLE_COPY_MOVE(SupervisorLauncher)

    // Builds the window as the options ask. BadInput for a malformed option, Refused for an officer.
    Result<QWidget*> createWindow();
    // The supervisor window, once the hall is set up (null during the first run).
    SupervisorWindow* window() const { return m_window.get(); }

private:
    Result<QWidget*> createFirstRun();
    void openAfterFirstRun(const QString& staffId);
    void openDemo(const QString& supervisorId, QDate firstDay, QDate lastDay);

    AppContext& m_context;
    HallAccess m_hall;
    std::unique_ptr<SupervisorWindow> m_window;
    std::unique_ptr<FirstRunView> m_firstRun;
};

} // namespace antre
