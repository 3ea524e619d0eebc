#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace antre {

// How a complaint reached the hall. SP4N-LAPOR! (the national complaints system) comes with its own
// tracking number.
enum class ComplaintChannel
{
    Kiosk,
    DatangLangsung, // in person at the desk
    Telepon,
    Surat,
    Email,
    MediaSosial,
    Lapor, // SP4N-LAPOR!
};

// What the complaint is about, after the elements of the service standard the citizen meets.
enum class ComplaintCategory
{
    Petugas,     // the officer's conduct or competence
    Waktu,       // waiting and service time
    Biaya,       // fees, including unofficial ones
    Persyaratan, // requirements
    Prosedur,    // procedure
    Produk,      // the document or product delivered
    Sarana,      // facilities of the hall
    Informasi,   // information given
    Lainnya,     // anything else
};

// The path of a complaint at the desk (docs/COMPLAINTS.md): diterima → diverifikasi → ditindaklanjuti →
// dijawab → selesai, or ditolak with a reason. ComplaintRules says which steps are allowed.
enum class ComplaintStatus
{
    Diterima,        // received
    Diverifikasi,    // verified: it is a complaint about this hall, classified and assigned
    Ditindaklanjuti, // being followed up by the agency
    Dijawab,         // answered to the citizen
    Selesai,         // closed
    Ditolak,         // rejected, with the reason
};

// How much work the answer takes, and so how many working days it has (SiteConfig::complaintSla).
enum class SlaClass
{
    Ringan,
    Sedang,
    Berat,
    PerluPemeriksaan, // needs an inspection
};

// Stable, untranslated keys, as stored and as the command line and JSON take them.
QString toKey(ComplaintChannel channel);
QString toKey(ComplaintCategory category);
QString toKey(ComplaintStatus status);
QString toKey(SlaClass sla);
std::optional<ComplaintChannel> complaintChannelFromKey(const QString& key);
std::optional<ComplaintCategory> complaintCategoryFromKey(const QString& key);
std::optional<ComplaintStatus> complaintStatusFromKey(const QString& key);
std::optional<SlaClass> slaClassFromKey(const QString& key);
QList<ComplaintChannel> allComplaintChannels();
QList<ComplaintCategory> allComplaintCategories();
QList<ComplaintStatus> allComplaintStatuses();
QList<SlaClass> allSlaClasses();

// Translated labels for people.
class ComplaintLabels final
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintLabels)
public:
    static QString channel(ComplaintChannel channel);
    static QString category(ComplaintCategory category);
    static QString status(ComplaintStatus status);
    static QString sla(SlaClass sla);
};

// A complaint as it is being recorded.
struct NewComplaint
{
    ComplaintChannel channel = ComplaintChannel::DatangLangsung;
    ComplaintCategory category = ComplaintCategory::Lainnya;
    QString text;
    QString contact;             // optional: how to reach the citizen for the answer
    QString laporId;             // SP4N-LAPOR! tracking number: required for that channel, refused for others
    QString agency;              // agency code, optional (taken from the service when empty)
    QString service;             // service code, optional (taken from the ticket when empty)
    QString counter;             // booth code, optional (taken from the ticket when empty)
    QString ticket;              // "A-001", optional: a ticket of the last kTicketDays days
    QDate ticketDay;             // the ticket's day; invalid: the newest ticket with that number
    std::optional<SlaClass> sla; // unset: the category's default class
    QString actorId;             // the staff member who recorded it; empty at the kiosk
};

struct ComplaintNote
{
    QDateTime at; // UTC
    QString staffId;
    ComplaintStatus status = ComplaintStatus::Diterima; // the complaint's status after the change
    QString text;
};

struct Complaint
{
    qint64 id = 0;
    QString reference; // ADU-2026-00042
    int year = 0;
    int seq = 0;
    QDateTime receivedAt; // UTC
    QDate receivedDay;    // the hall's local date
    ComplaintChannel channel = ComplaintChannel::DatangLangsung;
    QString laporId;
    ComplaintCategory category = ComplaintCategory::Lainnya;
    QString text;
    QString contact;
    QString agency;
    QString service;
    QString counter;
    QString ticket;
    qint64 ticketId = 0;
    SlaClass sla = SlaClass::Sedang;
    QDate dueDay; // the last working day of the SLA: answered on it is within the SLA
    ComplaintStatus status = ComplaintStatus::Diterima;
    QString rejectReason;
    QString assignedAgency;
    QString assignedStaff;
    QString answer;
    QDateTime answeredAt; // the first answer; invalid until answered
    QDate answeredDay;    // its local date
    QDateTime closedAt;   // selesai or ditolak; invalid until then
    QDateTime updatedAt;
    QList<ComplaintNote> notes; // oldest first (filled by find, not by lists)

    // Not yet selesai or ditolak.
    bool isOpen() const;
    // Not answered (or rejected) by its due day, as of the local date today.
    bool isOverdue(QDate today) const;
    // Answered on or before its due day.
    bool answeredWithinSla() const;
};

// A change at the desk: any of a new status, a note, an assignment, the answer, another SLA class.
struct ComplaintUpdate
{
    std::optional<ComplaintStatus> status;
    QString note; // the reason, when the status becomes ditolak
    std::optional<QString> assignStaff;
    std::optional<QString> assignAgency;
    std::optional<QString> answer; // with the status dijawab
    std::optional<SlaClass> sla;
    QString actorId;
};

// What the list shows: everything, one status, or what is overdue today.
struct ComplaintFilter
{
    std::optional<ComplaintStatus> status;
    bool overdueOnly = false;
    bool openOnly = false;
};

} // namespace antre
