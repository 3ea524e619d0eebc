#include "core/complaint/ComplaintReport.h"

#include "core/report/CsvWriter.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

constexpr double kMsPerDay = 24.0 * 60 * 60 * 1000;

double oneDecimal(double value)
{
    return std::round(value * 10.0) / 10.0;
}

template <typename E, typename Get, typename Label>
QList<ComplaintCount> countsOf(const QList<E>& values, const QList<Complaint>& complaints, Get get,
                               Label label)
{
    QList<ComplaintCount> counts;
    for (const E value : values) {
        const auto n = std::count_if(complaints.begin(), complaints.end(),
                                     [&](const Complaint& c) { return get(c) == value; });
        counts.append({toKey(value), label(value), int(n)});
    }
    return counts;
}

QJsonArray countsJson(const QList<ComplaintCount>& counts)
{
    QJsonArray array;
    for (const auto& c : counts)
        array.append(QJsonObject{{u"key"_s, c.key}, {u"label"_s, c.label}, {u"count"_s, c.count}});
    return array;
}

QString dayText(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QStringList listHeader()
{
    return {u"reference"_s, u"received"_s, u"channel"_s,  u"category"_s, u"agency"_s,
            u"service"_s,   u"ticket"_s,   u"sla"_s,      u"due"_s,      u"status"_s,
            u"overdue"_s,   u"answered"_s, u"assigned"_s, u"lapor_id"_s};
}

QStringList listRow(const Complaint& c, QDate asOf)
{
    return {c.reference,
            dayText(c.receivedDay),
            toKey(c.channel),
            toKey(c.category),
            c.agency,
            c.service,
            c.ticket,
            toKey(c.sla),
            dayText(c.dueDay),
            toKey(c.status),
            c.isOverdue(asOf) ? u"1"_s : u"0"_s,
            dayText(c.answeredDay),
            c.assignedStaff,
            c.laporId};
}

QString percentText(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'f', 1) + u'%' : u"–"_s;
}

} // namespace

ComplaintReport ComplaintReportBuilder::build(const QList<Complaint>& complaints, QDate from, QDate to,
                                              QDate asOf)
{
    ComplaintReport r;
    r.from = from;
    r.to = to;
    r.asOf = asOf;
    r.complaints = complaints;
    std::sort(r.complaints.begin(), r.complaints.end(), [](const Complaint& a, const Complaint& b) {
        return std::pair(a.year, a.seq) < std::pair(b.year, b.seq);
    });
    r.received = int(complaints.size());
    r.byCategory = countsOf(
        allComplaintCategories(), complaints, [](const Complaint& c) { return c.category; },
        &ComplaintLabels::category);
    r.byChannel = countsOf(
        allComplaintChannels(), complaints, [](const Complaint& c) { return c.channel; },
        &ComplaintLabels::channel);
    r.byStatus = countsOf(
        allComplaintStatuses(), complaints, [](const Complaint& c) { return c.status; },
        &ComplaintLabels::status);
    QMap<QString, int> agencies;
    QList<double> days;
    for (const Complaint& c : complaints) {
        // The agency the complaint was assigned to, else the one it names.
        ++agencies[c.assignedAgency.isEmpty() ? c.agency : c.assignedAgency];
        if (c.isOpen())
            ++r.open;
        if (c.status == ComplaintStatus::Ditolak)
            ++r.rejected;
        if (c.answeredAt.isValid()) {
            ++r.answered;
            ++r.slaDecided;
            if (c.answeredWithinSla())
                ++r.withinSla;
            days.append(double(c.receivedAt.msecsTo(c.answeredAt)) / kMsPerDay);
        } else if (c.isOverdue(asOf)) {
            ++r.overdue;
            ++r.slaDecided;
        }
    }
    for (auto it = agencies.cbegin(); it != agencies.cend(); ++it)
        r.byAgency.append({it.key(), it.key().isEmpty() ? tr("(none)") : it.key(), it.value()});
    if (!days.isEmpty()) {
        std::sort(days.begin(), days.end());
        const qsizetype n = days.size();
        const double median = n % 2 ? days[n / 2] : (days[n / 2 - 1] + days[n / 2]) / 2.0;
        r.medianDaysToAnswer = oneDecimal(median);
    }
    if (r.slaDecided > 0)
        r.percentWithinSla = oneDecimal(100.0 * r.withinSla / r.slaDecided);
    return r;
}

QString ComplaintReportBuilder::toText(const ComplaintReport& r)
{
    QString out =
        tr("Complaints received %1 to %2 (as of %3)\n").arg(dayText(r.from), dayText(r.to), dayText(r.asOf));
    out += tr("Received: %1; answered: %2; rejected: %3; open: %4; overdue: %5\n")
               .arg(r.received)
               .arg(r.answered)
               .arg(r.rejected)
               .arg(r.open)
               .arg(r.overdue);
    out += tr("Median time to answer: %1 days; answered within the SLA: %2 (%3 of %4)\n")
               .arg(r.medianDaysToAnswer ? QString::number(*r.medianDaysToAnswer, 'f', 1) : u"–"_s,
                    percentText(r.percentWithinSla))
               .arg(r.withinSla)
               .arg(r.slaDecided);
    const std::pair<QString, const QList<ComplaintCount>*> sections[] = {{tr("By category"), &r.byCategory},
                                                                         {tr("By channel"), &r.byChannel},
                                                                         {tr("By agency"), &r.byAgency},
                                                                         {tr("By status"), &r.byStatus}};
    for (const auto& [title, counts] : sections) {
        out += u'\n' + title + u'\n';
        for (const auto& c : *counts)
            out += u"  %1 %2\n"_s.arg(c.label, -30).arg(c.count, 5);
    }
    out += u'\n' + tr("Complaints") + u'\n';
    out += listText(r.complaints, r.asOf);
    return out;
}

QByteArray ComplaintReportBuilder::toCsv(const ComplaintReport& r)
{
    CsvWriter csv;
    csv.addRow({u"from"_s, u"to"_s, u"as_of"_s, u"received"_s, u"answered"_s, u"rejected"_s, u"open"_s,
                u"overdue"_s, u"median_days_to_answer"_s, u"sla_decided"_s, u"within_sla"_s,
                u"percent_within_sla"_s});
    csv.addRow({dayText(r.from), dayText(r.to), dayText(r.asOf), QString::number(r.received),
                QString::number(r.answered), QString::number(r.rejected), QString::number(r.open),
                QString::number(r.overdue),
                r.medianDaysToAnswer ? QString::number(*r.medianDaysToAnswer, 'f', 1) : QString(),
                QString::number(r.slaDecided), QString::number(r.withinSla),
                r.percentWithinSla ? QString::number(*r.percentWithinSla, 'f', 1) : QString()});
    const std::pair<QString, const QList<ComplaintCount>*> sections[] = {{u"category"_s, &r.byCategory},
                                                                         {u"channel"_s, &r.byChannel},
                                                                         {u"agency"_s, &r.byAgency},
                                                                         {u"status"_s, &r.byStatus}};
    for (const auto& [name, counts] : sections) {
        csv.addBlankLine();
        csv.addRow({name, u"label"_s, u"count"_s});
        for (const auto& c : *counts)
            csv.addRow({c.key, c.label, QString::number(c.count)});
    }
    csv.addBlankLine();
    csv.addRow(listHeader());
    for (const Complaint& c : r.complaints)
        csv.addRow(listRow(c, r.asOf));
    return csv.toUtf8();
}

QJsonObject ComplaintReportBuilder::toJson(const ComplaintReport& r)
{
    QJsonArray list;
    for (const Complaint& c : r.complaints)
        list.append(toJson(c, r.asOf));
    return {
        {u"from"_s, dayText(r.from)},
        {u"to"_s, dayText(r.to)},
        {u"as_of"_s, dayText(r.asOf)},
        {u"received"_s, r.received},
        {u"answered"_s, r.answered},
        {u"rejected"_s, r.rejected},
        {u"open"_s, r.open},
        {u"overdue"_s, r.overdue},
        {u"median_days_to_answer"_s, r.medianDaysToAnswer ? QJsonValue(*r.medianDaysToAnswer) : QJsonValue()},
        {u"sla_decided"_s, r.slaDecided},
        {u"within_sla"_s, r.withinSla},
        {u"percent_within_sla"_s, r.percentWithinSla ? QJsonValue(*r.percentWithinSla) : QJsonValue()},
        {u"by_category"_s, countsJson(r.byCategory)},
        {u"by_channel"_s, countsJson(r.byChannel)},
        {u"by_agency"_s, countsJson(r.byAgency)},
        {u"by_status"_s, countsJson(r.byStatus)},
        {u"complaints"_s, list}};
}

QJsonObject ComplaintReportBuilder::toJson(const Complaint& c, QDate asOf)
{
    QJsonObject json{{u"reference"_s, c.reference},
                     {u"received_at"_s, c.receivedAt.toString(Qt::ISODateWithMs)},
                     {u"received"_s, dayText(c.receivedDay)},
                     {u"channel"_s, toKey(c.channel)},
                     {u"category"_s, toKey(c.category)},
                     {u"text"_s, c.text},
                     {u"sla"_s, toKey(c.sla)},
                     {u"due"_s, dayText(c.dueDay)},
                     {u"status"_s, toKey(c.status)},
                     {u"overdue"_s, c.isOverdue(asOf)}};
    const std::pair<QString, QString> optional[] = {{u"lapor_id"_s, c.laporId},
                                                    {u"contact"_s, c.contact},
                                                    {u"agency"_s, c.agency},
                                                    {u"service"_s, c.service},
                                                    {u"counter"_s, c.counter},
                                                    {u"ticket"_s, c.ticket},
                                                    {u"reject_reason"_s, c.rejectReason},
                                                    {u"assigned_agency"_s, c.assignedAgency},
                                                    {u"assigned_staff"_s, c.assignedStaff},
                                                    {u"answer"_s, c.answer},
                                                    {u"answered"_s, dayText(c.answeredDay)}};
    for (const auto& [key, value] : optional)
        if (!value.isEmpty())
            json.insert(key, value);
    if (!c.notes.isEmpty()) {
        QJsonArray notes;
        for (const auto& n : c.notes)
            notes.append(QJsonObject{{u"at"_s, n.at.toString(Qt::ISODateWithMs)},
                                     {u"staff"_s, n.staffId},
                                     {u"status"_s, toKey(n.status)},
                                     {u"note"_s, n.text}});
        json.insert(u"notes"_s, notes);
    }
    return json;
}

QString ComplaintReportBuilder::listText(const QList<Complaint>& complaints, QDate asOf)
{
    if (complaints.isEmpty())
        return tr("No complaints.") + u'\n';
    QString out;
    for (const Complaint& c : complaints) {
        out += u"%1  %2  %3  %4  %5  "_s.arg(c.reference, dayText(c.receivedDay))
                   .arg(toKey(c.status), -15)
                   .arg(toKey(c.category), -11)
                   .arg(toKey(c.channel), -15);
        out += tr("due %1").arg(dayText(c.dueDay));
        if (c.isOverdue(asOf))
            out += u"  "_s + tr("OVERDUE");
        if (!c.assignedStaff.isEmpty())
            out += u"  "_s + tr("assigned to %1").arg(c.assignedStaff);
        out += u'\n';
    }
    return out;
}

QByteArray ComplaintReportBuilder::listCsv(const QList<Complaint>& complaints, QDate asOf)
{
    CsvWriter csv;
    csv.addRow(listHeader());
    for (const Complaint& c : complaints)
        csv.addRow(listRow(c, asOf));
    return csv.toUtf8();
}

} // namespace antre
