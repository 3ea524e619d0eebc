// Issue 13, item 7: no text in the hall (names at the configuration's maximum, without spaces, with emoji,
// combining marks and a right-to-left override) may change the size of the booth's window.
#include "core/ConfigIo.h"
#include "core/HallStore.h"
#include "counter_ui/BoothMemory.h"
#include "counter_ui/BoothPage.h"
#include "counter_ui/CounterSession.h"
#include "tests/support/HostileHall.h"
#include "tests/ui/counter/BoothHarness.h"
#include "ui_common/ElidedLabel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>

#include <catch2/catch.hpp>

using namespace antre;
using namespace antre::test;
using namespace Qt::Literals::StringLiterals;

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

// The window keeps the size it was given, and nothing in it asks for more.
void checkSize(BoothHarness& b, QSize size, const char* screen)
{
    settle();
    INFO(screen << " at " << size.width() << "x" << size.height());
    CHECK(b.window().size() == size);
    CHECK(b.window().minimumSizeHint().width() <= size.width());
    CHECK(b.window().minimumSizeHint().height() <= size.height());
}

// A label showing a hostile name: every line fits its width, and the text is either shown whole or cut with
// "…", the whole name kept for the tooltip and a screen reader.
void checkFits(QWidget* root, const QString& name, const QString& full, bool mustCut)
{
    INFO(name.toStdString());
    auto* label = child<ElidedLabel>(root, name);
    CHECK(label->fullText() == full);
    CHECK(label->accessibleName() == full);
    const QString shown = label->text();
    for (const QString& line : shown.split(u'\n'))
        CHECK(QFontMetrics(label->font()).horizontalAdvance(line) <= label->contentsRect().width());
    if (mustCut || shown.endsWith(u"…"_s)) {
        CHECK(shown.endsWith(u"…"_s));
        CHECK(label->toolTip() == full);
    } else {
        CHECK(QString(shown).remove(u'\n') == full);
    }
}

} // namespace

TEST_CASE("counter: every screen keeps its size with names at their maximum, without spaces", "[ui][booth]")
{
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        BoothHarness b;
        const HallConfig hostile = hostileConfig(TestHall::smallConfig());
        REQUIRE(HallStore(*b.hall.db, b.hall.clock).import(hostile).ok());
        b.restart(BoothHarness::defaults());
        b.window().resize(size);
        checkSize(b, size, "login");
        checkFits(&b.window(), u"siteLabel"_s, hostile.site.name, false);
        b.shot(u"hostile-login"_s);

        b.login(u"OFF1"_s, u"1234"_s);
        REQUIRE(b.window().page() == CounterWindow::Page::Picker);
        checkSize(b, size, "picker");
        b.shot(u"hostile-picker"_s);

        b.issue(u"S1"_s, 3);
        b.issue(u"S2"_s, 2);
        b.openCounter(u"L1"_s);
        checkSize(b, size, "booth");
        b.click(u"breakButton"_s);
        REQUIRE(b.window().boothPage().isChoosing());
        checkSize(b, size, "break dialog");
        b.shot(u"hostile-break-dialog"_s);
        b.key(Qt::Key_Escape);
        // A reason as long as a booth may give, from the command line.
        REQUIRE(b.hall.services().queue.startBreak(u"L1"_s, hostileText(TextRules::Kind::Line, u'B')).ok());
        b.window().session().refresh();
        checkSize(b, size, "on a break");
        b.shot(u"hostile-break"_s);
        REQUIRE(b.hall.services().queue.resumeCounter(u"L1"_s).ok());
        b.window().session().refresh();

        b.click(u"callNextButton"_s);
        checkSize(b, size, "booth with a ticket");
        checkFits(&b.window().boothPage(), u"counterTitle"_s, hostile.counters.at(0).name, true);
        checkFits(&b.window().boothPage(), u"officerLabel"_s, hostile.staff.at(0).name, true);
        b.shot(u"hostile-booth"_s);

        b.click(u"lockButton"_s);
        REQUIRE(b.window().page() == CounterWindow::Page::Lock);
        checkSize(b, size, "lock");
        b.shot(u"hostile-lock"_s);
    }
}

TEST_CASE("counter: the booth memory of a PostgreSQL hall is a file of its own in the config folder",
          "[ui][booth]")
{
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/antre/"_s;
    const QStringList locations = {u"postgresql://srv.local:5432/hall"_s,
                                   u"postgres://srv/hall?sslmode=require"_s, u"service=antre"_s,
                                   u"host=srv dbname=hall user=antre"_s};
    QStringList paths;
    for (const QString& location : locations) {
        INFO(location.toStdString());
        const QString path = BoothMemory::defaultPath(location);
        CHECK(path.startsWith(folder));
        CHECK(path.endsWith(u".counter.ini"_s));
        const QString name = path.mid(folder.size());
        CHECK_FALSE(name.contains(u'/'));
        CHECK_FALSE(name.contains(u'='));
        CHECK_FALSE(name.contains(u':'));
        CHECK_FALSE(name.contains(u' '));
        CHECK(name.size() < 100);
        CHECK(BoothMemory::defaultPath(location) == path);
        paths << path;
    }
    paths.removeDuplicates();
    CHECK(paths.size() == locations.size());
    // An SQLite file keeps its memory beside it, as before.
    CHECK(BoothMemory::defaultPath(u"/var/lib/antre/hall.db"_s) == u"/var/lib/antre/hall.db.counter.ini"_s);
}

TEST_CASE("counter: text beyond its maximum never reaches a booth", "[ui][booth]")
{
    BoothHarness b;
    // A megabyte of hall name (once a crash in QLineEdit::paintEvent) is refused on reading, with its path.
    QJsonObject json = ConfigIo::toJson(TestHall::smallConfig());
    QJsonObject site = json.value(u"site"_s).toObject();
    site.insert(u"name"_s, QString(1 << 20, u'W'));
    json.insert(u"site"_s, site);
    const auto parsed = ConfigIo::parse(QJsonDocument(json).toJson(), u"hall.json"_s);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().message.contains(u"site"_s));
    CHECK(parsed.error().message.contains(u"at most 120"_s));
    // At run time: a break reason one character too long, and a staff name.
    b.openL1();
    CHECK_FALSE(b.hall.services()
                    .queue.startBreak(u"L1"_s, hostileText(TextRules::maxLength(TextRules::Kind::Line) + 1))
                    .ok());
    CHECK_FALSE(b.hall.staff
                    ->save({u"NEW1"_s,
                            hostileText(TextRules::maxLength(TextRules::Kind::Name) + 1),
                            Role::Officer,
                            {u"L1"_s},
                            u"2468"_s,
                            true})
                    .ok());
    // The booth's own field takes no more than a reason may have.
    b.click(u"breakButton"_s);
    CHECK(b.find<QLineEdit>(u"choiceText"_s)->maxLength() <= TextRules::maxLength(TextRules::Kind::Line));
}
