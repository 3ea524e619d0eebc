#pragma once

#include "core/HallConfig.h"
#include "core/complaint/Complaint.h"

#include <QDate>
#include <QList>
#include <QSet>

namespace antre {

// The working days of the hall for a complaint's SLA: Monday to Friday, except the site's holidays.
class WorkingCalendar final
{
public:
    explicit WorkingCalendar(const QList<QDate>& holidays = {});

    bool isWorkingDay(QDate day) const;
    // The day `days` working days after `received` (the day of receipt itself does not count, whether or not
    // it is a working day): received on Friday with 2 days, due on Tuesday.
    QDate addWorkingDays(QDate received, int days) const;
    // Working days after `from` up to and including `to` (0 when to <= from).
    int workingDaysBetween(QDate from, QDate to) const;

private:
    QSet<QDate> m_holidays;
};

// The rules of the complaints desk (docs/COMPLAINTS.md).
class ComplaintRules final
{
public:
    // The statuses a complaint may move to from `from`:
    //   diterima        → diverifikasi, ditolak
    //   diverifikasi    → ditindaklanjuti, dijawab (a question answered at once), ditolak
    //   ditindaklanjuti → dijawab
    //   dijawab         → selesai, ditindaklanjuti (the citizen is not satisfied: followed up again)
    //   selesai, ditolak: final.
    static QList<ComplaintStatus> nextStatuses(ComplaintStatus from);
    static bool canMove(ComplaintStatus from, ComplaintStatus to);
    static bool isFinal(ComplaintStatus status);
    // The class a complaint of this category gets when it is received (reclassified at verification).
    static SlaClass defaultSla(ComplaintCategory category);
    static int slaDays(const ComplaintSlaDays& days, SlaClass sla);
    // "ADU-2026-00042".
    static QString reference(int year, int seq);
};

} // namespace antre
