#include "core/complaint/ComplaintRules.h"

using namespace Qt::Literals::StringLiterals;

namespace antre {

WorkingCalendar::WorkingCalendar(const QList<QDate>& holidays) : m_holidays(holidays.begin(), holidays.end())
{}

bool WorkingCalendar::isWorkingDay(QDate day) const
{
    return day.dayOfWeek() <= 5 && !m_holidays.contains(day);
}

QDate WorkingCalendar::addWorkingDays(QDate received, int days) const
{
    QDate day = received;
    int left = days;
    while (left > 0) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            --left;
    }
    return day;
}

int WorkingCalendar::workingDaysBetween(QDate from, QDate to) const
{
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1))
        if (isWorkingDay(day))
            ++count;
    return count;
}

QList<ComplaintStatus> ComplaintRules::nextStatuses(ComplaintStatus from)
{
    switch (from) {
    case ComplaintStatus::Diterima:
        return {ComplaintStatus::Diverifikasi, ComplaintStatus::Ditolak};
    case ComplaintStatus::Diverifikasi:
        return {ComplaintStatus::Ditindaklanjuti, ComplaintStatus::Dijawab, ComplaintStatus::Ditolak};
    case ComplaintStatus::Ditindaklanjuti:
        return {ComplaintStatus::Dijawab};
    case ComplaintStatus::Dijawab:
        return {ComplaintStatus::Selesai, ComplaintStatus::Ditindaklanjuti};
    case ComplaintStatus::Selesai:
    case ComplaintStatus::Ditolak:
        return {};
    }
    return {};
}

bool ComplaintRules::canMove(ComplaintStatus from, ComplaintStatus to)
{
    return nextStatuses(from).contains(to);
}

bool ComplaintRules::isFinal(ComplaintStatus status)
{
    return status == ComplaintStatus::Selesai || status == ComplaintStatus::Ditolak;
}

SlaClass ComplaintRules::defaultSla(ComplaintCategory category)
{
    switch (category) {
    case ComplaintCategory::Persyaratan:
    case ComplaintCategory::Prosedur:
    case ComplaintCategory::Informasi:
        return SlaClass::Ringan; // a question of information, answered from the service standard
    case ComplaintCategory::Biaya:
        return SlaClass::Berat; // a fee outside the standard may be extortion (pungli): the agency must look
    case ComplaintCategory::Petugas:
    case ComplaintCategory::Waktu:
    case ComplaintCategory::Produk:
    case ComplaintCategory::Sarana:
    case ComplaintCategory::Lainnya:
        return SlaClass::Sedang;
    }
    return SlaClass::Sedang;
}

int ComplaintRules::slaDays(const ComplaintSlaDays& days, SlaClass sla)
{
    switch (sla) {
    case SlaClass::Ringan:
        return days.ringan;
    case SlaClass::Sedang:
        return days.sedang;
    case SlaClass::Berat:
        return days.berat;
    case SlaClass::PerluPemeriksaan:
        return days.perluPemeriksaan;
    }
    return days.sedang;
}

QString ComplaintRules::reference(int year, int seq)
{
    return u"ADU-%1-%2"_s.arg(year).arg(seq, 5, 10, QChar(u'0'));
}

} // namespace antre
