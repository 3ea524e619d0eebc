#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "core/survey/Ikm.h"
#include "core/survey/SurveyElements.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace antre {

// Where a response was given.
enum class SurveySource
{
    Kiosk, // the kiosk's "Survei & Pengaduan" entry
    Booth, // antre-survey, the booth's customer screen
    Paper, // a paper form, typed in (antre survey import)
    Cli,   // antre survey add
};
QString toKey(SurveySource source); // "kiosk", the stored form

// The nine scores, kept by element whatever order they were given in.
class SurveyAnswers final
{
    Q_DECLARE_TR_FUNCTIONS(SurveyAnswers)
public:
    // Scores 1–4; 0 until set.
    void set(SurveyElement element, int score);
    int score(SurveyElement element) const;
    const std::array<int, kSurveyElementCount>& scores() const { return m_scores; }
    // Why these answers cannot be stored (an element missing or a score outside 1–4), empty when complete.
    QString problem() const;
    // "persyaratan=4,prosedur=3,…" in any order, each element exactly once.
    static Result<SurveyAnswers> parse(const QString& text);

private:
    std::array<int, kSurveyElementCount> m_scores{};
};

// The optional profile of the regulation's form, as the codes of SurveyQuestionnaire::optionCodes; empty
// when not given. Nothing in it names a person.
struct SurveyProfile
{
    QString sex;
    QString age;
    QString education;
    QString occupation;
};

// A citizen's response for a visit: the ticket and its business day name the visit.
struct SurveyResponse
{
    TicketNumber ticket;
    QDate businessDay;
    SurveyAnswers answers;
    SurveyProfile profile;
    QString saran; // suggestion, free text, may be empty
    SurveySource source = SurveySource::Kiosk;
};

// One row of a paper-form import: the day and service it rates, the ticket when the form has one.
struct PaperResponse
{
    int line = 0; // in the file, for messages
    QDate date;
    QString serviceCode;
    std::optional<TicketNumber> ticket;
    SurveyAnswers answers;
    SurveyProfile profile;
    QString saran;
};

// The visit a ticket stands for, as a survey screen shows it before asking.
struct SurveyVisit
{
    qint64 ticketId = 0;
    TicketNumber number;
    QDate businessDay;
    QString serviceCode;
    QString serviceName;
    QString agencyCode;
    QString counterCode; // empty when not known
    QString staffId;     // empty when not known
};

enum class IkmGrouping
{
    None,
    Service,
    Agency,
    Counter,
    Staff,
};
// "service", "agency", "counter", "staff" (and "" for None).
QString toKey(IkmGrouping grouping);
std::optional<IkmGrouping> ikmGroupingFromKey(const QString& key);

// The figures of one group (or the whole hall): responses and their scores, and the population the sample is
// drawn from (the served tickets of the period).
struct IkmGroup
{
    QString key;  // service / agency / counter code, staff id; empty for the whole hall or "not recorded"
    QString name; // its name
    IkmTally tally;
    qint64 population = 0;

    qint64 responses() const { return tally.responses; }
    qint64 ikmHundredths() const { return Ikm::hundredths(tally); }
    IkmBand band() const { return Ikm::band(ikmHundredths()); }
    int sampleNeeded() const { return SampleSize::needed(population); }
};

struct IkmReport
{
    QDate from;
    QDate to;
    IkmGrouping by = IkmGrouping::None;
    IkmGroup total;
    QList<IkmGroup> groups; // by key; empty for IkmGrouping::None
};

struct SurveySuggestion
{
    QDate businessDay;
    QString serviceCode;
    QString text;
};

// The newest suggestions of a period and how many the period has: a year of a busy hall gives tens of
// thousands, more than a screen or a printed report can list.
struct SuggestionPage
{
    QList<SurveySuggestion> newest; // newest first
    qint64 total = 0;               // all of the period's suggestions

    bool capped() const { return total > newest.size(); }
};

} // namespace antre
