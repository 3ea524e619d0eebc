#pragma once

#include "core/complaint/Complaint.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace antre {

struct ComplaintCount
{
    QString key;   // stable: a category, channel or status key, an agency code ("" for none)
    QString label; // for people
    int count = 0;
    friend bool operator==(const ComplaintCount&, const ComplaintCount&) = default;
};

// The complaints received in the local dates [from, to], as of the local date asOf.
struct ComplaintReport
{
    QDate from;
    QDate to;
    QDate asOf;
    int received = 0;
    QList<ComplaintCount> byCategory; // every category, in the fixed order
    QList<ComplaintCount> byChannel;  // every channel
    QList<ComplaintCount> byAgency;   // agencies with complaints, by code ("" for none)
    QList<ComplaintCount> byStatus;   // every status
    int answered = 0;                 // given an answer (whatever the status now)
    int rejected = 0;                 // ditolak
    int open = 0;                     // not selesai or ditolak
    int overdue = 0;                  // not answered by the due day, as of asOf
    // Whose SLA is decided: answered, or past the due day without an answer (rejected ones are not).
    int slaDecided = 0;
    int withinSla = 0;                        // answered on or before the due day
    std::optional<double> medianDaysToAnswer; // calendar days from receipt to the first answer
    std::optional<double> percentWithinSla;   // withinSla of slaDecided, one decimal
    QList<Complaint> complaints;              // by reference
};

// Counts open and overdue complaints, for the supervisor's dashboard.
struct ComplaintBacklog
{
    int open = 0;
    int overdue = 0;
    QList<Complaint> overdueComplaints; // oldest due first
};

class ComplaintReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintReportBuilder)
public:
    // The figures of the given complaints (those received in [from, to]) as of asOf.
    static ComplaintReport build(const QList<Complaint>& complaints, QDate from, QDate to, QDate asOf);
    static QString toText(const ComplaintReport& report);
    static QByteArray toCsv(const ComplaintReport& report);
    static QJsonObject toJson(const ComplaintReport& report);
    // One complaint as JSON (the list and the command line's answers).
    static QJsonObject toJson(const Complaint& complaint, QDate asOf);
    // The list of complaints as text, CSV and JSON (antre complaint list).
    static QString listText(const QList<Complaint>& complaints, QDate asOf);
    static QByteArray listCsv(const QList<Complaint>& complaints, QDate asOf);
};

} // namespace antre
