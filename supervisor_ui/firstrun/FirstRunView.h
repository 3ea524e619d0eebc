#pragma once

#include "core/Result.h"
#include "supervisor_ui/firstrun/FirstRunWizard.h"

#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;

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
    Status startDemo();
    FirstRunWizard* wizard() const { return m_wizard; }

Q_SIGNALS:
    // The hall is set up; staffId is the administrator the wizard made (empty for the other ways).
    void hallReady(const QString& staffId);

private:
    QWidget* buildChoice();
    void chooseFile();

    ConfigService& m_configs;
    QStackedWidget* m_pages;
    QLabel* m_problem = nullptr;
    FirstRunWizard* m_wizard;
};

} // namespace antre
