#pragma once

#include "core/HallConfig.h"
#include "core/Result.h"
#include "supervisor_ui/firstrun/FirstRunWizard.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QThread;

namespace antre {

class ConfigService;

// What the supervisor program shows on a hall without a configuration: three ways in (a hall file, the demo
// hall, the short wizard). After any of them the hall is set up and hallReady() tells the program to open
// its sign-in.
class FirstRunView final : public QWidget
{
    Q_OBJECT
public:
    explicit FirstRunView(ConfigService& configs, QWidget* parent = nullptr);
    ~FirstRunView() override;
    Q_DISABLE_COPY_MOVE(FirstRunView)

    // The choice of the three ways (nothing) or a step of the wizard.
    void showStep(std::optional<FirstRunWizard::Step> step);
    // The same import as `antre config import FILE`; a problem is shown on the choice page and returned.
    Status importFile(const QString& path);
    // Sets the demo hall up: its staff's PINs are hashed on a thread of its own (seconds of Argon2id) while
    // the window stays responsive and shows that it is busy; hallReady() follows, or the problem is shown.
    void startDemo();
    bool isBusy() const { return m_worker != nullptr; }
    FirstRunWizard* wizard() const { return m_wizard; }

Q_SIGNALS:
    // The hall is set up; staffId is the administrator the wizard made (empty for the other ways).
    void hallReady(const QString& staffId);

private:
    QWidget* buildChoice();
    void chooseFile();
    void setBusy(bool busy);
    void finishDemo(const HallConfig& config, const QHash<QString, QString>& pinHashes);

    ConfigService& m_configs;
    QStackedWidget* m_pages;
    QLabel* m_problem = nullptr;
    QLabel* m_busy = nullptr;
    QList<QPushButton*> m_ways;
    FirstRunWizard* m_wizard;
    QThread* m_worker = nullptr;
};

} // namespace antre
