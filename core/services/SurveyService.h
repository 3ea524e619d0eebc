#pragma once

#include "core/Result.h"
#include "core/survey/SurveyTypes.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace antre {

// The satisfaction survey (SKM, PermenPANRB 14/2017) and its index (IKM): what the booth's survey screen,
// the kiosk's survey entry, the supervisor's IKM view and the CLI hold.
class SurveyService
{
public:
    SurveyService() = default;
    virtual ~SurveyService();
    Q_DISABLE_COPY_MOVE(SurveyService)

    // The visit a ticket stands for, if it may be rated now: served, of the last 7 days, not rated yet.
    // Otherwise the reason (UnknownTicket, TicketNotServed, SurveyTooLate, AlreadyRated).
    virtual Result<SurveyVisit> visit(const TicketNumber& ticket, QDate businessDay) = 0;
    // Stores a response for its ticket (the rules of visit(), every element answered 1–4), with its audit
    // event, in one transaction. The response's id.
    virtual Result<qint64> record(const SurveyResponse& response) = 0;
    // Stores paper forms, all or none. `source` names the file in messages ("survey.csv: line 14: …").
    // The number stored.
    virtual Result<int> importPaper(const QList<PaperResponse>& rows, const QString& source) = 0;
    // The IKM of the local dates [from, to], for the hall and, unless by is None, per group.
    virtual Result<IkmReport> ikm(QDate from, QDate to, IkmGrouping by) = 0;
    // The newest `limit` suggestions (saran) of the period, newest first (every one without a limit), and
    // the period's total, read together. A limit under 1 is BadInput.
    virtual Result<SuggestionPage> suggestions(QDate from, QDate to, std::optional<int> limit) = 0;
};

} // namespace antre
