#include "core/simulation/ComplaintSimulation.h"

#include "core/Clock.h"
#include "core/HallStore.h"
#include "core/Schedule.h"
#include "core/Types.h"
#include "core/complaint/ComplaintRules.h"
#include "core/complaint/ComplaintStore.h"
#include "core/storage/Database.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre::simulation {

namespace {

// Chances of a first and of a second complaint on a working day: a few a week reach the desk.
constexpr double kFirstPerDay = 0.5;
constexpr double kSecondPerDay = 0.1;

struct Weighted
{
    int weight;
    ComplaintCategory category;
    const char16_t* text; // what a citizen writes, in the demo hall's language
};

constexpr Weighted kCategories[] = {
    {28, ComplaintCategory::Waktu,
     u"Antrean sangat lama, sudah menunggu lebih dari dua jam tetapi belum dipanggil."},
    {14, ComplaintCategory::Petugas,
     u"Petugas di loket kurang ramah dan tidak menjelaskan kekurangan berkas."},
    {14, ComplaintCategory::Persyaratan,
     u"Persyaratan di papan informasi berbeda dengan yang diminta petugas."},
    {10, ComplaintCategory::Prosedur, u"Saya disuruh bolak-balik ke loket lain tanpa penjelasan alurnya."},
    {10, ComplaintCategory::Sarana, u"Kursi ruang tunggu kurang dan pendingin ruangan tidak menyala."},
    {8, ComplaintCategory::Informasi, u"Nomor antrean di layar tidak sesuai dengan panggilan suara."},
    {6, ComplaintCategory::Produk, u"Dokumen yang saya terima salah ketik nama, mohon diperbaiki."},
    {6, ComplaintCategory::Biaya,
     u"Ada yang meminta uang agar berkas cepat selesai, padahal layanan gratis."},
    {4, ComplaintCategory::Lainnya, u"Parkir penuh dan tidak ada petugas yang mengatur."},
};

constexpr std::pair<int, ComplaintChannel> kChannels[] = {
    {34, ComplaintChannel::Kiosk},       {24, ComplaintChannel::DatangLangsung},
    {12, ComplaintChannel::MediaSosial}, {10, ComplaintChannel::Lapor},
    {9, ComplaintChannel::Telepon},      {7, ComplaintChannel::Email},
    {4, ComplaintChannel::Surat},
};

int weightOf(const Weighted& w)
{
    return w.weight;
}
int weightOf(const std::pair<int, ComplaintChannel>& c)
{
    return c.first;
}

template <typename T, std::size_t N> const T& pickWeighted(QRandomGenerator& random, const T (&table)[N])
{
    int total = 0;
    for (const auto& entry : table)
        total += weightOf(entry);
    int draw = int(random.bounded(total));
    for (const auto& entry : table) {
        draw -= weightOf(entry);
        if (draw < 0)
            return entry;
    }
    return table[N - 1];
}

// One thing to do at the desk at a given time: record complaint `index`, or move it on.
struct Step
{
    qint64 at = 0;
    int index = 0;
    bool add = false;
    NewComplaint complaint;
    ComplaintUpdate change;
};

} // namespace

ComplaintSimulation::ComplaintSimulation(Database& db, const SimulationOptions& options)
    : m_db(db), m_options(options)
{}

ComplaintSimulation::~ComplaintSimulation() = default;

Result<int> ComplaintSimulation::run()
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    HallStore configs(m_db, clock);
    auto loaded = configs.load();
    if (!loaded.ok())
        return loaded.error();
    const HallConfig& hall = loaded.value();
    const QTimeZone zone = Schedule::zone(hall.site.timezone);
    const WorkingCalendar calendar(hall.site.holidays);
    QStringList officers;
    for (const StaffConfig& member : hall.staff)
        if (member.role == Role::Officer && member.active)
            officers.append(member.id);
    // Its own generator: the tickets of the same seed stay as they were without complaints.
    QRandomGenerator random(m_options.seed ^ 0x41445521u);
    const QDate end = m_options.firstDay.addDays(m_options.days); // today: nothing happens from then on
    const qint64 endMs = Schedule::dayStartUtc(end, zone).toMSecsSinceEpoch();
    auto during = [&](QDate day) {
        const int minute = 8 * 60 + int(random.bounded(7 * 60)); // 08.00–15.00
        return QDateTime(day, QTime(0, 0).addSecs(minute * 60), zone).toMSecsSinceEpoch();
    };
    auto afterWorkingDays = [&](QDate day, int days) {
        return during(calendar.addWorkingDays(day, std::max(days, 0)));
    };

    QList<Step> steps;
    int count = 0;
    for (QDate day = m_options.firstDay; day < end; day = day.addDays(1)) {
        if (!calendar.isWorkingDay(day))
            continue;
        const int ofDay =
            int(random.generateDouble() < kFirstPerDay) + int(random.generateDouble() < kSecondPerDay);
        for (int n = 0; n < ofDay; ++n) {
            const Weighted& what = pickWeighted(random, kCategories);
            Step add;
            add.index = count++;
            add.add = true;
            add.at = during(day);
            add.complaint.category = what.category;
            add.complaint.text = QString::fromUtf16(what.text);
            add.complaint.channel = pickWeighted(random, kChannels).second;
            if (add.complaint.channel == ComplaintChannel::Lapor)
                add.complaint.laporId = u"LAP%1"_s.arg(5200000 + random.bounded(800000));
            if (!hall.services.isEmpty() && random.generateDouble() < 0.8)
                add.complaint.service = hall.services.at(random.bounded(int(hall.services.size()))).code;
            if (random.generateDouble() < 0.5)
                add.complaint.contact = u"08%1"_s.arg(1200000000 + random.bounded(80000000));
            steps.append(add);

            // The desk's path for it, each step a few working days after the last.
            const SlaClass sla = ComplaintRules::defaultSla(what.category);
            const int slaDays = ComplaintRules::slaDays(hall.site.complaintSla, sla);
            const QString officer =
                officers.isEmpty() ? QString() : officers.at(random.bounded(int(officers.size())));
            auto step = [&](qint64 at, ComplaintUpdate change) {
                Step s;
                s.index = add.index;
                s.at = at;
                s.change = std::move(change);
                steps.append(s);
            };
            // Each step after the one before: the same day's times are drawn independently.
            const qint64 verified = std::max(afterWorkingDays(day, random.bounded(2)), add.at + 60 * 1000);
            if (random.generateDouble() < 0.06) {
                ComplaintUpdate reject;
                reject.status = ComplaintStatus::Ditolak;
                reject.note = u"Bukan kewenangan MPP; diteruskan kepada instansi terkait."_s;
                step(verified, reject);
                continue;
            }
            ComplaintUpdate verify;
            verify.status = ComplaintStatus::Diverifikasi;
            if (!officer.isEmpty())
                verify.assignStaff = officer;
            step(verified, verify);
            ComplaintUpdate follow;
            follow.status = ComplaintStatus::Ditindaklanjuti;
            follow.note = u"Diteruskan kepada koordinator instansi."_s;
            step(verified + 1, follow);
            // Most within the SLA, some late.
            const bool late = random.generateDouble() < 0.15;
            const int answerDays =
                late ? slaDays + 1 + int(random.bounded(3)) : 1 + int(random.bounded(slaDays));
            ComplaintUpdate answer;
            answer.status = ComplaintStatus::Dijawab;
            answer.answer =
                u"Terima kasih atas masukan Anda. Keluhan sudah kami tindak lanjuti bersama instansi "
                u"terkait."_s;
            const qint64 answered = std::max(afterWorkingDays(day, answerDays), verified + 2);
            step(answered, answer);
            ComplaintUpdate close;
            close.status = ComplaintStatus::Selesai;
            step(std::max(afterWorkingDays(day, answerDays + 1 + int(random.bounded(3))), answered + 1),
                 close);
        }
    }
    // In the order they happen; what would happen from today on has not happened yet.
    std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) { return a.at < b.at; });
    ComplaintStore store(m_db, clock, configs);
    QHash<int, QString> references;
    Status done = m_db.batch([&]() -> Status {
        for (const Step& s : steps) {
            if (s.at >= endMs)
                break;
            clock.set(QDateTime::fromMSecsSinceEpoch(s.at, Qt::UTC));
            if (s.add) {
                auto added = store.add(s.complaint);
                if (!added.ok())
                    return added.error();
                references.insert(s.index, added.value().reference);
            } else if (references.contains(s.index)) {
                auto updated = store.update(references.value(s.index), s.change);
                if (!updated.ok())
                    return updated.error();
            }
        }
        return Done{};
    });
    if (!done.ok())
        return done.error();
    return int(references.size());
}

} // namespace antre::simulation
