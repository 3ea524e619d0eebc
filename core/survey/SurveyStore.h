#pragma once

#include "core/services/SurveyService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QVariant>

namespace antre {

class Clock;
class Database;

// A response as stored: the visit's ids as in the tickets table, the answers, the profile, when and where.
struct StoredSurvey
{
    QVariant ticketId; // null for a paper form without a ticket
    QDate businessDay;
    qint64 serviceId = 0;
    qint64 agencyId = 0;
    QVariant counterId;  // null when not known
    QVariant staffId;    // null when not known
    QString serviceCode; // for the audit event
    QString counterCode;
    QString staffCode;
    QDateTime answeredAt;
    SurveySource source = SurveySource::Kiosk;
    SurveyAnswers answers;
    SurveyProfile profile;
    QString saran;
};

// SurveyService over the hall's database: the rules of who may rate what, and the one place that writes
// survey_responses (with its audit event, in the caller's transaction).
class SurveyStore final : public SurveyService
{
    Q_DECLARE_TR_FUNCTIONS(SurveyStore)
public:
    // Tickets of today and the six days before may be rated.
    static constexpr int kRatingDays = 7;

    SurveyStore(Database& db, const Clock& clock);
    ~SurveyStore() override;
    Q_DISABLE_COPY_MOVE(SurveyStore)

    Result<SurveyVisit> visit(const TicketNumber& ticket, QDate businessDay) override;
    Result<qint64> record(const SurveyResponse& response) override;
    Result<int> importPaper(const QList<PaperResponse>& rows, const QString& source) override;
    Result<IkmReport> ikm(QDate from, QDate to, IkmGrouping by) override;
    Result<SuggestionPage> suggestions(QDate from, QDate to, std::optional<int> limit) override;

    // Inserts one response and appends its audit event, inside the caller's write transaction (also the
    // demo's simulator). The answers must be complete; the caller has checked the rules.
    static Result<qint64> insert(QSqlDatabase& db, const StoredSurvey& survey, const QDateTime& eventAt);
    // Why the profile or the suggestion cannot be stored ("sex: \"x\" is not one of l, p"), empty if fine.
    static QString profileProblem(const SurveyProfile& profile, const QString& saran);

private:
    struct Found;
    // How a refusal reads: a sentence of its own ("Ticket B-002 of … was not served …"), or the text after
    // a file's column name ("survey.csv: line 3: ticket: B-002 of … was not served …").
    enum class Phrasing
    {
        Sentence,
        Column
    };
    Result<Found> find(QSqlDatabase& db, const TicketNumber& ticket, QDate businessDay,
                       Phrasing phrasing = Phrasing::Sentence);
    // The rules for a citizen's own rating: served, recent, not yet rated.
    Status mayRate(const Found& found, QDate today, bool checkAge,
                   Phrasing phrasing = Phrasing::Sentence) const;
    Result<QDate> today();

    Database& m_db;
    const Clock& m_clock;
};

} // namespace antre
