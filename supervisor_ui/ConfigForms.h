#pragma once

#include "core/HallConfig.h"
#include "supervisor_ui/ConfigProblems.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace antre {

// The editor's working copy of the configuration, shared by its forms. Texts that do not parse (a time
// range, a date) are kept as typed, so that the field still shows them next to the validator's message.
struct ConfigDraft
{
    HallConfig config;
    QSet<QString> storedAgencies; // codes already in the database: their code can no longer change
    QSet<QString> storedServices;
    QSet<QString> storedCounters;
    QHash<QString, QString> rawText; // field path → text as typed
};

// Error labels of one form, keyed by the field's path below the form's item ("prefix", "hours.mon").
class FieldErrors final
{
public:
    void add(const QString& field, QLabel* label);
    // Shows each problem under its field; returns the messages that belong to no field.
    QStringList show(const QList<ConfigProblem>& problems, const QString& itemPath);
    void clear();

private:
    QList<std::pair<QString, QLabel*>> m_fields;
};

// A form for one entry of the configuration (the site, an agency, a service, a booth). Every edit goes
// straight into the draft; validation happens for the whole draft when the supervisor saves.
class ItemForm : public QWidget
{
    Q_OBJECT
public:
    ItemForm(ConfigDraft& draft, const QString& section, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ItemForm)

    // Shows the entry at `index` of the section (ignored for the site).
    void setIndex(int index);
    int index() const { return m_index; }
    QString itemPath() const;
    void showProblems(const ConfigProblems& problems);

Q_SIGNALS:
    void edited();

protected:
    virtual void load() = 0;
    // Adds a labelled row with an error line under the editor.
    void addField(const QString& key, const QString& label, QWidget* editor, const QString& description);
    void addSection(const QString& title);
    void changed();
    bool loading() const { return m_loading; }

    ConfigDraft& m_draft;

private:
    QString m_section;
    int m_index = -1;
    bool m_loading = false;
    QFormLayout* m_form;
    QLabel* m_general;
    FieldErrors m_errors;
};

class SiteForm final : public ItemForm
{
    Q_OBJECT
public:
    explicit SiteForm(ConfigDraft& draft, QWidget* parent = nullptr);

protected:
    void load() override;

private:
    QLineEdit* m_name;
    QComboBox* m_timezone;
    QSpinBox* m_priorityRun;
    QLineEdit* m_footer;
    QPlainTextEdit* m_runningText;
    QLineEdit* m_callPhrase;
};

class AgencyForm final : public ItemForm
{
    Q_OBJECT
public:
    explicit AgencyForm(ConfigDraft& draft, QWidget* parent = nullptr);

protected:
    void load() override;

private:
    AgencyConfig& item();
    QLineEdit* m_code;
    QLineEdit* m_name;
};

class ServiceForm final : public ItemForm
{
    Q_OBJECT
public:
    explicit ServiceForm(ConfigDraft& draft, QWidget* parent = nullptr);

protected:
    void load() override;

private:
    ServiceConfig& item();
    void storeHours(int weekday, const QString& text);
    void storeClosedDates(const QString& text);
    QLineEdit* m_code;
    QComboBox* m_agency;
    QLineEdit* m_name;
    QLineEdit* m_prefix;
    QSpinBox* m_quota;
    QSpinBox* m_target;
    QSpinBox* m_cutoff;
    QList<QLineEdit*> m_hours; // Monday … Sunday
    QLineEdit* m_closedDates;
    QLabel* m_overrides;
    QPlainTextEdit* m_requirements;
    QLineEdit* m_fee;
    QLineEdit* m_duration;
};

class CounterForm final : public ItemForm
{
    Q_OBJECT
public:
    explicit CounterForm(ConfigDraft& draft, QWidget* parent = nullptr);

protected:
    void load() override;

private:
    CounterConfig& item();
    QLineEdit* m_code;
    QLineEdit* m_name;
    QListWidget* m_services;
};

// A list of agencies, services or booths with add/remove, and the form of the selected one.
class SectionPage final : public QWidget
{
    Q_OBJECT
public:
    struct Operations
    {
        std::function<int()> count;
        std::function<QString(int)> title;
        std::function<int()> add; // returns the new entry's index
        std::function<void(int)> remove;
    };

    SectionPage(const QString& section, Operations operations, ItemForm* form, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(SectionPage)

    void reload();
    void select(int index);
    void showProblems(const ConfigProblems& problems);
    ItemForm* form() const { return m_form; }

Q_SIGNALS:
    void edited();

private:
    void refreshTitles();

    QString m_section;
    Operations m_ops;
    ItemForm* m_form;
    QListWidget* m_list;
    QPushButton* m_remove;
    ConfigProblems m_problems;
};

} // namespace antre
