#include "core/simulation/SurveySimulation.h"

#include "core/storage/Database.h"
#include "core/survey/SurveyStore.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::Literals::StringLiterals;

namespace antre::simulation {

namespace {

// Share of the served who answer at the booth's screen.
constexpr double kResponseRate = 0.3;
// Each element against the service's average: most services are free (biaya high), waiting is what
// people complain about most, and few know where to complain.
constexpr std::array<double, kSurveyElementCount> kElementOffset{0.05, 0.0,  -0.35, 0.55, 0.05,
                                                                 0.1,  0.15, -0.2,  -0.05};

const QStringList kSaran{
    u"Antrean terlalu lama, mohon tambah petugas."_s,
    u"Petugas ramah dan cepat, terima kasih."_s,
    u"Ruang tunggu panas, AC perlu diperbaiki."_s,
    u"Informasi persyaratan sebaiknya ditempel di depan loket."_s,
    u"Kursi tunggu kurang, banyak yang berdiri."_s,
    u"Pelayanan sudah bagus, pertahankan."_s,
    u"Mohon loket dibuka tepat waktu."_s,
    u"Toilet perlu lebih bersih."_s,
};

// A small per-officer difference, the same in every run.
double officerOffset(qint64 staffId)
{
    return staffId <= 0 ? 0.0 : double(int(staffId * 7919 % 31) - 15) / 100.0;
}

template <typename T> const T& pick(QRandomGenerator& random, const QList<T>& from)
{
    return from.at(qsizetype(random.bounded(quint32(from.size()))));
}

} // namespace

SurveySimulation::SurveySimulation(Database& db, quint32 seed) : m_db(db), m_random(seed ^ 0x534B4D31u) {}

double SurveySimulation::normal()
{
    const double u1 = 1.0 - m_random.generateDouble();
    const double u2 = m_random.generateDouble();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double SurveySimulation::serviceQuality(const QString& serviceCode)
{
    // The demo hall's services: the crowded Dukcapil and Disnaker services score lower, banks and the
    // passport office higher.
    static const QHash<QString, double> kQuality{
        {u"KTPEL"_s, 2.85}, {u"KK"_s, 3.05},    {u"AKTA"_s, 3.2},   {u"PINDAH"_s, 3.1}, {u"NIB"_s, 3.3},
        {u"PBG"_s, 2.9},    {u"AK1"_s, 2.8},    {u"PPKB"_s, 3.15},  {u"JHT"_s, 3.1},    {u"BPU"_s, 3.3},
        {u"JKN"_s, 3.0},    {u"PKB"_s, 3.25},   {u"PASPOR"_s, 3.5}, {u"NPWP"_s, 3.35},  {u"PLN"_s, 3.3},
        {u"SKCK"_s, 3.4},   {u"TILANG"_s, 2.9}, {u"HAJI"_s, 3.45},  {u"PDAM"_s, 3.2},   {u"BJB"_s, 3.6},
    };
    return kQuality.value(serviceCode, 3.2);
}

Status SurveySimulation::simulateDay(QDate date, const QDateTime& eventAt)
{
    struct Served
    {
        StoredSurvey survey;
        qint64 finishedAt = 0;
    };
    QList<Served> served;
    auto q = Database::run(
        m_db.sql(), uR"(SELECT t.id, t.service_id, s.code, s.agency_id, t.counter_id, c.code, t.staff_id,
                                      st.staff_code, t.finished_at
                               FROM tickets t JOIN services s ON s.id = t.service_id
                               LEFT JOIN counters c ON c.id = t.counter_id
                               LEFT JOIN staff st ON st.id = t.staff_id
                               WHERE t.business_day = ? AND t.status = 'done' ORDER BY t.id)"_s,
        {date.toString(Qt::ISODate)});
    if (!q.ok())
        return q.error();
    if (auto st = Database::forEachRow(q.value(),
                                       [&](const QSqlQuery& r) {
                                           Served s;
                                           s.survey.ticketId = r.value(0).toLongLong();
                                           s.survey.businessDay = date;
                                           s.survey.serviceId = r.value(1).toLongLong();
                                           s.survey.serviceCode = r.value(2).toString();
                                           s.survey.agencyId = r.value(3).toLongLong();
                                           if (!r.value(4).isNull())
                                               s.survey.counterId = r.value(4).toLongLong();
                                           s.survey.counterCode = r.value(5).toString();
                                           if (!r.value(6).isNull())
                                               s.survey.staffId = r.value(6).toLongLong();
                                           s.survey.staffCode = r.value(7).toString();
                                           s.finishedAt = r.value(8).toLongLong();
                                           served.append(s);
                                       });
        !st.ok())
        return st;

    const QStringList sexes = SurveyQuestionnaire::optionCodes(SurveyProfileField::Sex);
    const QStringList ages = SurveyQuestionnaire::optionCodes(SurveyProfileField::Age);
    const QStringList educations = SurveyQuestionnaire::optionCodes(SurveyProfileField::Education);
    const QStringList occupations = SurveyQuestionnaire::optionCodes(SurveyProfileField::Occupation);
    for (Served& s : served) {
        if (m_random.generateDouble() >= kResponseRate)
            continue;
        StoredSurvey& survey = s.survey;
        survey.source = m_random.generateDouble() < 0.8 ? SurveySource::Booth : SurveySource::Kiosk;
        survey.answeredAt = QDateTime::fromMSecsSinceEpoch(
            s.finishedAt + 30'000 + qint64(m_random.bounded(180'000u)), Qt::UTC);
        // The person's general mood moves every answer a little, each element a little more.
        const double mood = 0.35 * normal();
        const double base =
            serviceQuality(survey.serviceCode) + officerOffset(survey.staffId.toLongLong()) + mood;
        for (const SurveyElement e : SurveyQuestionnaire::elements()) {
            const double value =
                base + kElementOffset.at(std::size_t(SurveyQuestionnaire::index(e))) + 0.45 * normal();
            survey.answers.set(e, std::clamp(int(std::lround(value)), kSurveyMinScore, kSurveyMaxScore));
        }
        if (m_random.generateDouble() < 0.7) {
            survey.profile.sex = pick(m_random, sexes);
            survey.profile.age = pick(m_random, ages);
            survey.profile.education = pick(m_random, educations);
            survey.profile.occupation = pick(m_random, occupations);
        }
        survey.saran = m_random.generateDouble() < 0.08 ? pick(m_random, kSaran) : QString();
        if (auto inserted = SurveyStore::insert(m_db.sql(), survey, eventAt); !inserted.ok())
            return inserted.error();
    }
    return Done{};
}

} // namespace antre::simulation
