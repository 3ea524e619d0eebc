#pragma once

#include "core/hall/FirstRun.h"

#include <QMap>
#include <QSet>
#include <QWidget>

class QBoxLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace antre {

class ConfigService;

// The first run's short wizard: the hall (name, time zone), its first agency, service and booth, and the
// first administrator (staff ID, PIN twice). "Next" is enabled only when the step's answers are valid; the
// last step imports the hall as one configuration and reports created().
class FirstRunWizard final : public QWidget
{
    Q_OBJECT
public:
    enum class Step
    {
        Hall,
        Service,
        Admin
    };

    explicit FirstRunWizard(ConfigService& configs, QWidget* parent = nullptr);
    ~FirstRunWizard() override;
    Q_DISABLE_COPY_MOVE(FirstRunWizard)

    void showStep(Step step);
    Step step() const;
    FirstHallAnswers answers() const;

Q_SIGNALS:
    void created(const QString& adminId);
    void cancelled();

private:
    QWidget* buildHallPage();
    QWidget* buildServicePage();
    QWidget* buildAdminPage();
    QLineEdit* addEdit(QWidget* page, QBoxLayout* into, FirstRun::Field field, const QString& objectName,
                       const QString& label, const QString& description, int stretch = 0);
    QList<FirstRun::Field> fieldsOf(Step step) const;
    void refresh();
    void next();
    void back();

    ConfigService& m_configs;
    QStackedWidget* m_pages;
    QMap<FirstRun::Field, QLineEdit*> m_edits;
    QMap<FirstRun::Field, QString> m_labels;
    QSet<FirstRun::Field> m_touched; // problems show only for answers already typed into
    QComboBox* m_zone = nullptr;
    QMap<Step, QLabel*> m_problems;
    QLabel* m_stepNumber;
    QLabel* m_stepTitle;
    QPushButton* m_back;
    QPushButton* m_next;
};

} // namespace antre
