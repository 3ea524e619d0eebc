#pragma once

#include "core/complaint/Complaint.h"
#include "core/services/StaffService.h"
#include "supervisor_ui/HallAccess.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableWidget;

namespace antre {

class ComplaintDetail;
class ComplaintForm;

// The supervisor's complaint desk (pengaduan): every complaint with its due day, filtered by status,
// channel, overdue or reference; one complaint's detail and next steps; and the form for a complaint that
// reached the hall by another channel than the kiosk. Everyone who may sign in sees the desk; supervisors
// and administrators change it.
class ComplaintDesk final : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        Reference,
        Received,
        Category,
        Channel,
        Agency,
        Status,
        Due,
        ColumnCount
    };
    // What the dashboard's figures open.
    enum class Preset
    {
        All,
        Open,
        Overdue
    };

    ComplaintDesk(HallAccess& hall, const StaffMember& actor, QWidget* parent = nullptr);
    ~ComplaintDesk() override;
    Q_DISABLE_COPY_MOVE(ComplaintDesk)

    static bool mayEdit(const StaffMember& member);
    void showPreset(Preset preset);
    // Reads the list again with the filters; keeps the selected complaint when it is still listed.
    void refresh();
    void select(const QString& reference);
    void startNew();
    const QList<Complaint>& shown() const { return m_shown; }
    ComplaintDetail* detail() const { return m_detail; }
    ComplaintForm* form() const { return m_form; }

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onDatabaseChanged();
    void fillRow(int row, const Complaint& c, QDate today);

    HallAccess& m_hall;
    StaffMember m_actor;
    QList<Complaint> m_shown;
    QString m_selected;
    bool m_stale = true;
    bool m_sized = false;
    QComboBox* m_status;
    QComboBox* m_channel;
    QCheckBox* m_overdue;
    QLineEdit* m_search;
    QPushButton* m_add;
    QLabel* m_count;
    QLabel* m_error;
    QTableWidget* m_list;
    QStackedWidget* m_side;
    QSplitter* m_split;
    ComplaintDetail* m_detail;
    ComplaintForm* m_form;
};

} // namespace antre
