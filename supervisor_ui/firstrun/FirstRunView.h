#pragma once

#include "core/Result.h"
#include "core/hall/DemoHall.h"
#include "supervisor_ui/firstrun/FirstRunWizard.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QThread;

namespace antre {

class Clock;
class ConfigService;

// What the supervisor program shows on a hall without a configuration: three ways in (a hall file, the demo
// hall, the short wizard). After the file or the wizard the hall is set up and hallReady() tells the program
// to open its sign-in; after the demo demoReady() tells it to open the demo hall's pages.
class FirstRunView final : public QWidget
{
    Q_OBJECT
public:
    // configs: the program's own connection to the hall at location; the demo is made on a connection of its
    // own (DemoHall), on a thread of its own.
    FirstRunView(ConfigService& configs, QString location, const Clock& clock, QWidget* parent = nullptr);
    ~FirstRunView() override;
    Q_DISABLE_COPY_MOVE(FirstRunView)

    // The choice of the three ways (nothing) or a step of the wizard.
    void showStep(std::optional<FirstRunWizard::Step> step);
    // The same import as `antre config import FILE`; a problem is shown on the choice page and returned.
    Status importFile(const QString& path);
    // Makes the demo hall (DemoHall: its configuration and demoOptions().historyDays of simulated history) on
    // a thread of its own, with its own connection, while the window stays responsive and shows how far it
    // has come; demoReady() follows, or the problem is shown.
    void startDemo();
    // Stops the demo being made (the "Batal" button): the work stops after its current step and leaves the
    // hall empty (DemoHall), and the three ways are offered again.
    void cancelDemo();
    bool isBusy() const { return m_worker != nullptr; }
    // What the demo way makes: a week of history unless changed before startDemo().
    DemoHallOptions& demoOptions() { return m_demoOptions; }
    FirstRunWizard* wizard() const { return m_wizard; }

Q_SIGNALS:
    // The hall is set up; staffId is the administrator the wizard made (empty for the other ways).
    void hallReady(const QString& staffId);
    // The demo hall is made, with history from firstDay to lastDay (invalid without history);
    // supervisorId is its supervisor, whom the program may sign in (the demo's PINs are public).
    void demoReady(const QString& supervisorId, QDate firstDay, QDate lastDay);
    // How far the demo hall has come; emitted on the thread that makes it, shown on the view's own.
    void demoProgressed(const antre::DemoHallProgress& progress);

private:
    QWidget* buildChoice();
    void chooseFile();
    void setBusy(bool busy);
    void showProgress(const DemoHallProgress& progress);
    void finishDemo(const Result<DemoHallResult>& made);

    ConfigService& m_configs;
    QString m_location;
    const Clock& m_clock;
    DemoHallOptions m_demoOptions;
    QStackedWidget* m_pages;
    QLabel* m_problem = nullptr;
    QLabel* m_busy = nullptr;
    QPushButton* m_cancel = nullptr;
    Cancellation m_cancellation;
    QList<QPushButton*> m_ways;
    FirstRunWizard* m_wizard;
    QThread* m_worker = nullptr;
};

} // namespace antre
