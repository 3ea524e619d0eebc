#pragma once

#include "core/Result.h"
#include "core/complaint/Complaint.h"
#include "core/complaint/ComplaintReport.h"

#include <QDate>
#include <QList>
#include <QString>

namespace antre {

// Complaints (pengaduan) as the front ends see them: the kiosk's form, the supervisor's desk and the
// command line record, follow up and report them here. Every change is one transaction with its audit
// event(s); a complaint's reference ADU-<year>-<5 digits> is gapless per year across processes.
class ComplaintService
{
public:
    ComplaintService() = default;
    virtual ~ComplaintService();
    Q_DISABLE_COPY_MOVE(ComplaintService)

    // Records a complaint: status diterima, its SLA class (the category's default unless given) and due
    // day. Text that is not acceptable is BadInput naming the field; an unknown service, agency, booth or
    // ticket is BadInput too.
    virtual Result<Complaint> add(const NewComplaint& complaint) = 0;
    // Applies a change at the desk. A step ComplaintRules does not allow, a rejection without a reason, an
    // answer without the status dijawab or a change of a closed complaint is Refused (illegal_transition).
    virtual Result<Complaint> update(const QString& reference, const ComplaintUpdate& change) = 0;
    // One complaint with its notes; UnknownComplaint for a reference that does not exist.
    virtual Result<Complaint> find(const QString& reference) = 0;
    // Complaints by reference, newest year first; overdueOnly as of today (the hall's local date).
    virtual Result<QList<Complaint>> list(const ComplaintFilter& filter = {}) = 0;
    // The complaints received in the local dates [from, to], as of today.
    virtual Result<ComplaintReport> report(QDate from, QDate to) = 0;
    virtual Result<ComplaintBacklog> backlog() = 0;
    // The hall's local date now (what "overdue" is measured against).
    virtual Result<QDate> today() = 0;
};

} // namespace antre
