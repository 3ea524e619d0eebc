#pragma once

#include "core/services/StaffService.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace antre {

// Staff ID and PIN. Only supervisors and administrators get in; an officer is told to use the booth
// program, a wrong PIN or a locked account gets the directory's own message.
class LoginView final : public QWidget
{
    Q_OBJECT
public:
    LoginView(StaffService& staff, const QString& hallName, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(LoginView)

    void setStaffId(const QString& staffId);
    void clear();
    // Whether a member may use this program; the message says why not.
    static Status mayUse(const StaffMember& member);

Q_SIGNALS:
    void loggedIn(const antre::StaffMember& member);

private:
    void submit();

    StaffService& m_staff;
    QLineEdit* m_id;
    QLineEdit* m_pin;
    QPushButton* m_submit;
    QLabel* m_error;
};

} // namespace antre
