#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

class QCommandLineParser;
class QWidget;

namespace antre {

class Clock;
class Hall;
class I18n;
struct HallServices;

// What every GUI program sets up from its command line: the hall (its services, the change notifier
// started), the clock (ANTRE_NOW) and translations. Common options: --db FILE, --lang id|en, --size WxH,
// --screenshot FILE, --windowed, --tile N. Programs add their own options before parse().
class AppContext final
{
    Q_DECLARE_TR_FUNCTIONS(AppContext)
public:
    AppContext(const QString& module, const QString& description);
    ~AppContext();
    Q_DISABLE_COPY_MOVE(AppContext)

    QCommandLineParser& parser();
    // A library's translations the program also shows (the survey screen reuses the kiosk's questionnaire).
    // Before open().
    void addTranslations(const QString& module) { m_extraModules << module; }
    // For the supervisor's first run: open() makes a missing database and accepts one without a
    // configuration (the program then offers the ways to set the hall up).
    void acceptNewHall() { m_acceptNewHall = true; }
    // Parses the arguments and opens everything. On failure the message is meant for stderr and the
    // exit code is exitCodeFor(error).
    Status open(const QStringList& arguments);
    static int exitCodeFor(const Error& error);
    // Before the QApplication: with no screen to draw on (an ssh session to a hall PC) and nothing chosen in
    // QT_QPA_PLATFORM, --help, --help-all and --screenshot draw offscreen instead of failing to connect to
    // a display that is not there.
    static void drawOffscreenWithoutScreen(int argc, const char* const* argv);

    // The one struct every program is wired from: core interfaces only.
    HallServices& services();
    Clock& clock();
    I18n& i18n();

    QString databasePath() const { return m_dbPath; }
    QString screenshotPath() const { return m_screenshot; }
    QSize size() const { return m_size; } // invalid when not given
    bool windowed() const { return m_windowed; }

    // Shows the window (full screen unless --windowed/--size) and, with --screenshot, saves a PNG once
    // the event loop has settled, then quits. Returns false on a bad --size.
    void show(QWidget* window, int settleMs = 400);

private:
    QString m_module;
    QStringList m_extraModules;
    std::unique_ptr<QCommandLineParser> m_parser;
    QString m_dbPath;
    QString m_screenshot;
    QSize m_size;
    bool m_windowed = false;
    bool m_acceptNewHall = false;
    int m_tile = 0; // 1 to 4: a quarter of the screen (--tile)
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Hall> m_hall;
    std::unique_ptr<I18n> m_i18n;
};

// Saves a widget's rendering to a PNG; used by --screenshot and by UI tests.
bool saveScreenshot(QWidget* widget, const QString& path);

} // namespace antre
