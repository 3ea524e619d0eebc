#pragma once

#include "core/services/StaffService.h"
#include "supervisor_ui/ConfigForms.h"
#include "supervisor_ui/HallAccess.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace antre {

// Staff accounts: add, change name, role and allowed booths, reset a PIN, unlock after wrong PINs,
// deactivate. Everyone who signs in here sees the list; only administrators change it.
class StaffView final : public QWidget
{
    Q_OBJECT
public:
    StaffView(HallAccess& hall, const StaffMember& actor, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(StaffView)

    void refresh();
    void selectMember(const QString& staffId);
    void startNew();
    // The actions behind the buttons; each refuses unless the signed-in member is an administrator.
    Status saveMember();
    Status resetPin();
    Status unlockMember();
    Status setMemberActive(bool active);
    bool canManage() const { return m_actor.role == Role::Admin; }

private:
    Status mayManage() const;
    void loadForm(const StaffMember* member);
    void report(const Status& status, const QString& success);
    StaffConfig formConfig() const;
    const StaffMember* selected() const;

    HallAccess& m_hall;
    StaffMember m_actor;
    QList<StaffMember> m_members;
    QString m_selectedId; // empty while adding a new member
    QTableWidget* m_list;
    QLabel* m_notice;
    QLabel* m_message;
    QLineEdit* m_id;
    QLineEdit* m_name;
    QComboBox* m_role;
    QListWidget* m_counters;
    QLineEdit* m_pin;
    QLabel* m_state;
    QPushButton* m_add;
    QPushButton* m_save;
    QPushButton* m_resetPin;
    QPushButton* m_unlock;
    QPushButton* m_toggleActive;
    FieldErrors m_errors;
};

} // namespace antre
