#include "core/AuditLog.h"
#include "core/ConfigIo.h"
#include "core/hall/HallAudit.h"
#include "core/services/ConfigService.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestHall.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::TestHall;

namespace {

struct HostileCase
{
    QString label;
    QString text;
};

// tests/data/hostile_text/cases.txt: LABEL<TAB>TEXT[<TAB>REPEAT], TEXT escaped (see the file's head).
QString unescape(const QString& escaped)
{
    QString out;
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        if (escaped[i] != u'\\' || i + 1 >= escaped.size()) {
            out += escaped[i];
            continue;
        }
        const QChar kind = escaped[++i];
        if (kind == u'u') {
            out += QChar(char16_t(escaped.mid(i + 1, 4).toUShort(nullptr, 16)));
            i += 4;
        } else if (kind == u'U') {
            const char32_t c = escaped.mid(i + 1, 8).toUInt(nullptr, 16);
            out += QString::fromUcs4(&c, 1);
            i += 8;
        } else if (kind == u'n') {
            out += u'\n';
        } else {
            out += kind;
        }
    }
    return out;
}

QList<HostileCase> hostileCases()
{
    QFile file(QStringLiteral(ANTRE_SOURCE_DIR "/tests/data/hostile_text/cases.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QList<HostileCase> cases;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        REQUIRE(fields.size() >= 2);
        cases.append({fields[0], unescape(fields[1]).repeated(fields.size() > 2 ? fields[2].toInt() : 1)});
    }
    return cases;
}

// The classes of text the database cannot return as written: every input must refuse them.
bool unstorable(const QString& label)
{
    return label.startsWith(u"noncharacter"_s) || label.startsWith(u"lone"_s) ||
           label.startsWith(u"reversed"_s) || label.contains(u"NUL"_s) || label == u"byte-order mark"_s;
}

} // namespace

TEST_CASE("hostile text: every input refuses it with the field named, or stores it and the chain holds",
          "[audit][hostile]")
{
    const QList<HostileCase> cases = hostileCases();
    REQUIRE(cases.size() >= 25);
    TestHall hall;
    HallAudit audit(*hall.db, hall.clock);
    REQUIRE(hall.engine->openCounter(u"L1"_s, u"OFF1"_s).ok());
    int stored = 0;
    int refused = 0;
    for (const HostileCase& c : cases) {
        INFO(c.label.toStdString());
        // A staff name added at runtime.
        const Status saved = hall.staff->save({u"H1"_s, c.text, Role::Officer, {}, {}, true});
        if (saved.ok()) {
            ++stored;
            CHECK_FALSE(unstorable(c.label));
            CHECK(hall.staff->find(u"H1"_s).value().name == c.text);
        } else {
            ++refused;
            CHECK(saved.error().kind == ErrorKind::BadInput);
            CHECK(saved.error().message.startsWith(u"name: "_s));
        }
        // A break reason.
        const Status onBreak = hall.engine->startBreak(u"L1"_s, c.text);
        if (onBreak.ok()) {
            CHECK_FALSE(unstorable(c.label));
            CHECK(hall.engine->counterStatus(u"L1"_s).value().breakReason == c.text.trimmed());
            REQUIRE(hall.engine->resumeCounter(u"L1"_s).ok());
        } else {
            CHECK(onBreak.error().message.startsWith(u"reason: "_s));
        }
        // A device's message is recorded whatever it says.
        CHECK(audit.recordDeviceFault({u"printer"_s, u"K1"_s, 0, u"A-001"_s, c.text, 1, c.text}).ok());
        // Any text in an event, the last line of defence.
        const Status appended = hall.db->write([&](QSqlDatabase& db) -> Status {
            auto e = AuditLog::append(db, hall.clock.now(), EventKind::DeviceFault, {{u"text"_s, c.text}});
            return e.ok() ? Status(Done{}) : Status(e.error());
        });
        if (!appended.ok())
            CHECK(appended.error().message.startsWith(u"data.text: "_s));
        CHECK(appended.ok() != unstorable(c.label));
        // The hall's name in a configuration.
        HallConfig config = TestHall::smallConfig();
        config.site.name = c.text;
        const QStringList problems = ConfigIo::validate(config);
        if (unstorable(c.label))
            CHECK((!problems.isEmpty() && problems.constFirst().startsWith(u"site.name: "_s)));
        if (problems.isEmpty())
            CHECK(hall.services().configs.import(config).ok());
        // Whatever was taken, the log reads back as written.
        auto inspected = AuditLog::inspect(hall.db->sql());
        REQUIRE(inspected.ok());
        CHECK(inspected.value().summary().toStdString() == "");
    }
    CHECK(stored > 0);
    CHECK(refused > 0);
}
