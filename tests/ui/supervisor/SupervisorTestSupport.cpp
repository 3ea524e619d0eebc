#include "tests/ui/supervisor/SupervisorTestSupport.h"

#include "core/services/ChangeNotifier.h"
#include "ui_common/AppContext.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace antre::test {

SupervisorHall::SupervisorHall() : access(hall.services())
{
    REQUIRE(hall.staff->save({u"ADM"_s, u"Admin Satu"_s, Role::Admin, {}, u"4444"_s, true}).ok());
    access.changes.start();
}

SupervisorHall::~SupervisorHall()
{
    access.changes.stop();
}

StaffMember SupervisorHall::member(const QString& staffId)
{
    auto found = hall.staff->find(staffId);
    REQUIRE(found.ok());
    return found.value();
}

void keepScreenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("ANTRE_UI_SHOTS");
    if (folder.isEmpty())
        return;
    widget->resize(1366, 768);
    QCoreApplication::processEvents();
    REQUIRE(saveScreenshot(widget, folder + u'/' + name + u".png"_s));
}

// Monday 2026-11-23 in the small hall (times WIB):
//   08:55 L1 opened by OFF1.
//   09:00 A-001 (S1)   09:04 A-002 (S1)   09:06 B-001 (S2)   09:10 A-003 (S1, priority)
//   09:12 L1 calls A-003 (priority first; wait 2 min), serves 09:13, done 09:20 (service 7 min)
//   09:21 L1 calls A-001 (wait 21 min, over S1's 15-min target), no-show 09:24
//   09:25 L1 calls A-002 (wait 21 min), serves 09:26, transfers it to S2 at 09:30
//   09:31 L1 calls A-002 again (its first call stays 09:25), serves 09:31, done 09:40
//   09:41 L1 calls B-001 (wait 35 min), serves 09:42, done 09:50 (outcome incomplete)
//   10:00 A-004 (S1) taken; 10:05 cancelled. 11:00 L1 on break until 11:30, closed 12:00.
//   10:30 B-002 (S2) taken, never called: expires when the day is over.
void playKnownMonday(TestHall& hall)
{
    QueueEngine& e = *hall.engine;
    const auto at = [&](int h, int m) { hall.setLocal(TestHall::monday(), QTime(h, m)); };
    at(8, 55);
    REQUIRE(e.openCounter(u"L1"_s, u"OFF1"_s).ok());
    at(9, 0);
    REQUIRE(e.issue(u"S1"_s, false).ok());
    at(9, 4);
    REQUIRE(e.issue(u"S1"_s, false).ok());
    at(9, 6);
    REQUIRE(e.issue(u"S2"_s, false).ok());
    at(9, 10);
    REQUIRE(e.issue(u"S1"_s, true).ok());
    at(9, 12);
    REQUIRE(e.callNext(u"L1"_s).value().number.toString() == u"A-003");
    at(9, 13);
    REQUIRE(e.startServing(u"L1"_s).ok());
    at(9, 20);
    REQUIRE(e.finish(u"L1"_s, Outcome::Completed).ok());
    at(9, 21);
    REQUIRE(e.callNext(u"L1"_s).value().number.toString() == u"A-001");
    at(9, 24);
    REQUIRE(e.markNoShow(u"L1"_s).ok());
    at(9, 25);
    REQUIRE(e.callNext(u"L1"_s).value().number.toString() == u"A-002");
    at(9, 26);
    REQUIRE(e.startServing(u"L1"_s).ok());
    at(9, 30);
    REQUIRE(e.transfer(u"L1"_s, u"S2"_s).ok());
    at(9, 31);
    REQUIRE(e.callNext(u"L1"_s).value().number.toString() == u"A-002");
    REQUIRE(e.startServing(u"L1"_s).ok());
    at(9, 40);
    REQUIRE(e.finish(u"L1"_s, Outcome::Completed).ok());
    at(9, 41);
    REQUIRE(e.callNext(u"L1"_s).value().number.toString() == u"B-001");
    at(9, 42);
    REQUIRE(e.startServing(u"L1"_s).ok());
    at(9, 50);
    REQUIRE(e.finish(u"L1"_s, Outcome::Incomplete).ok());
    at(10, 0);
    REQUIRE(e.issue(u"S1"_s, false).ok());
    at(10, 5);
    REQUIRE(e.cancel(TicketNumber(u"A"_s, 4)).ok());
    at(10, 30);
    REQUIRE(e.issue(u"S2"_s, false).ok());
    at(11, 0);
    REQUIRE(e.startBreak(u"L1"_s, u"istirahat"_s).ok());
    at(11, 30);
    REQUIRE(e.resumeCounter(u"L1"_s).ok());
    at(12, 0);
    REQUIRE(e.closeCounter(u"L1"_s).ok());
}

} // namespace antre::test
