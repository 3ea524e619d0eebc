#pragma once

#include "core/QueueService.h"
#include "core/services/AuditService.h"
#include "supervisor_ui/HallAccess.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace antre {

// Finds a ticket by its number and business day and shows everything that happened to it, from the
// audit log: for a citizen's complaint or an Ombudsman question about one visit.
class LookupView final : public QWidget
{
    Q_OBJECT
public:
    explicit LookupView(HallAccess& hall, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(LookupView)

    Status find(const QString& number, QDate day);
    static QString eventLabel(const AuditEvent& e);

private:
    void search();
    void showTicket(const TicketInfo& ticket, const QList<AuditEvent>& events);
    QString details(const AuditEvent& event) const;
    QString staffName(const QString& staffId) const; // "Rina Marlina (1987…)"; the ID alone if unknown

    HallAccess& m_hall;
    QLineEdit* m_number;
    QDateEdit* m_day;
    QLabel* m_message;
    QLabel* m_summary;
    QTableWidget* m_history;
};

} // namespace antre
