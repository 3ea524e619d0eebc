#include "core/hall/FirstRun.h"

#include "core/ConfigIo.h"
#include "core/ErrorCode.h"
#include "core/PinHasher.h"
#include "core/config/ConfigValidator.h"
#include "core/services/ConfigService.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre {

bool FirstRun::isNeeded(ConfigService& configs)
{
    return !configs.isInitialized();
}

Result<HallConfig> FirstRun::demoConfig()
{
    QFile file(u":/demo/hall.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Internal, ErrorCode::DemoMissing,
                         tr("the demo hall is missing from this build"));
    return ConfigIo::parse(file.readAll(), u"demo/hall.json"_s);
}

QStringList FirstRun::timeZones()
{
    return {u"Asia/Jakarta"_s, u"Asia/Makassar"_s, u"Asia/Jayapura"_s};
}

std::optional<QHash<QString, QString>>
FirstRun::hashPins(const HallConfig& config, const std::function<void(int done, int total)>& progress,
                   const Cancellation& cancellation)
{
    const auto total = int(std::count_if(config.staff.cbegin(), config.staff.cend(),
                                         [](const StaffConfig& member) { return !member.pin.isEmpty(); }));
    QHash<QString, QString> hashes;
    for (const StaffConfig& member : config.staff) {
        if (member.pin.isEmpty())
            continue;
        if (cancellation.isCancelled())
            return std::nullopt;
        hashes.insert(member.id, PinHasher::hash(member.pin));
        if (progress)
            progress(int(hashes.size()), total);
    }
    return hashes;
}

HallConfig FirstRun::configFrom(const FirstHallAnswers& answers)
{
    HallConfig config;
    config.site.name = answers.hallName.trimmed();
    config.site.timezone = answers.timezone;
    config.agencies.append({answers.agencyCode.trimmed(), answers.agencyName.trimmed()});
    ServiceConfig service;
    service.code = answers.serviceCode.trimmed();
    service.agency = answers.agencyCode.trimmed();
    service.name = answers.serviceName.trimmed();
    service.prefix = answers.prefix.trimmed().toUpper();
    const TimeRange morning{QTime(8, 0), QTime(12, 0)};
    const TimeRange afternoon{QTime(13, 0), QTime(15, 0)};
    for (int day = 1; day <= 4; ++day)
        service.hours.insert(day, {morning, afternoon});
    // Friday prayer: the afternoon starts later.
    service.hours.insert(5, {{QTime(8, 0), QTime(11, 30)}, {QTime(13, 30), QTime(15, 0)}});
    service.cutoffMin = 30;
    config.services.append(service);
    config.counters.append({answers.boothCode.trimmed(), answers.boothName.trimmed(), {service.code}});
    StaffConfig admin;
    admin.id = answers.adminId.trimmed();
    admin.name = tr("Administrator");
    admin.role = Role::Admin;
    admin.counters = {answers.boothCode.trimmed()};
    admin.pin = answers.pin;
    config.staff.append(admin);
    return config;
}

QMap<FirstRun::Field, QString> FirstRun::problems(const FirstHallAnswers& answers)
{
    static const QMap<QString, Field> fields{
        {u"site.name"_s, Field::HallName},
        {u"site.timezone"_s, Field::TimeZone},
        {u"agencies[0].code"_s, Field::AgencyCode},
        {u"agencies[0].name"_s, Field::AgencyName},
        {u"services[0].code"_s, Field::ServiceCode},
        {u"services[0].name"_s, Field::ServiceName},
        {u"services[0].prefix"_s, Field::Prefix},
        {u"counters[0].code"_s, Field::BoothCode},
        {u"counters[0].name"_s, Field::BoothName},
        {u"staff[0].id"_s, Field::AdminId},
        {u"staff[0].pin"_s, Field::Pin},
    };
    QMap<Field, QString> found;
    for (const ConfigProblem& problem : ConfigValidator::run(configFrom(answers))) {
        // A problem of one answer shows next to it; one that follows from another (a service of an agency
        // whose code is wrong) shows where the cause is.
        const auto field = fields.constFind(problem.path);
        if (field != fields.constEnd() && !found.contains(*field))
            found.insert(*field, problem.text);
    }
    if (!timeZones().contains(answers.timezone))
        found.insert(Field::TimeZone, tr("choose WIB, WITA or WIT"));
    static const QRegularExpression pinPattern(u"\\A[0-9]{4,12}\\z"_s);
    if (!pinPattern.match(answers.pin).hasMatch())
        found.insert(Field::Pin, tr("a PIN is 4 to 12 digits"));
    else if (answers.pin != answers.pinAgain)
        found.insert(Field::PinAgain, tr("the two PINs differ"));
    return found;
}

} // namespace antre
