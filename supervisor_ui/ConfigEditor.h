#pragma once

#include "core/Result.h"
#include "supervisor_ui/ConfigForms.h"
#include "supervisor_ui/HallAccess.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace antre {

// Edits the hall configuration (site, agencies, services with their hours, booths) as a draft. Saving
// validates the whole draft with the same rules as the JSON import, shows each problem next to its field
// and saves nothing while any remain; a valid draft is imported in one transaction, and kiosks and booths
// pick it up by its new config_version. Staff are managed on their own page.
class ConfigEditor final : public QWidget
{
    Q_OBJECT
public:
    ConfigEditor(HallAccess& hall, QString actorId, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ConfigEditor)

    // Drops the draft and loads what is stored.
    Status reload();
    Status save();
    bool isDirty() const;
    // The stored configuration (with staff, never PINs) as a configuration file, e.g. for a backup.
    Status exportJson(const QString& path);
    const HallConfig& draft() const { return m_draft.config; }
    const ConfigProblems& problems() const { return m_problems; }

private:
    void onEdited();
    void onDatabaseChanged();
    void showProblems(const ConfigProblems& problems);
    void updateTabTitles();

    HallAccess& m_hall;
    QString m_actorId;
    ConfigDraft m_draft;
    HallConfig m_stored;
    ConfigProblems m_problems;
    QTabWidget* m_tabs;
    SiteForm* m_site;
    SectionPage* m_agencies;
    SectionPage* m_services;
    SectionPage* m_counters;
    QPushButton* m_save;
    QPushButton* m_revert;
    QPushButton* m_export;
    QLabel* m_status;
    QLabel* m_summary;
};

} // namespace antre
