#include "core/complaint/ComplaintRules.h"
#include "core/hall/Hall.h"
#include "core/services/ComplaintService.h"
#include "supervisor_ui/ComplaintDesk.h"
#include "supervisor_ui/ComplaintDetail.h"
#include "supervisor_ui/ComplaintForm.h"
#include "supervisor_ui/DashboardView.h"
#include "supervisor_ui/FigureTile.h"
#include "supervisor_ui/SupervisorWindow.h"
#include "tests/support/ErrorCodeStringMaker.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/supervisor/SupervisorTestSupport.h"
#include "ui_common/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::test;

namespace {

ComplaintService& complaintsOf(SupervisorHall& s)
{
    return s.access.all.complaints;
}

QString record(SupervisorHall& s, ComplaintCategory category = ComplaintCategory::Waktu,
               std::optional<SlaClass> sla = std::nullopt)
{
    NewComplaint c;
    c.channel = ComplaintChannel::Telepon;
    c.category = category;
    c.text = u"Antrean terlalu lama."_s;
    c.sla = sla;
    auto added = complaintsOf(s).add(c);
    REQUIRE(added.ok());
    return added.value().reference;
}

ComplaintStatus statusOf(SupervisorHall& s, const QString& reference)
{
    auto found = complaintsOf(s).find(reference);
    REQUIRE(found.ok());
    return found.value().status;
}

void choose(QComboBox* box, const QString& key)
{
    const int index = box->findData(key);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

// The step buttons offered for the complaint shown, by status key.
QStringList offeredSteps(const ComplaintDesk& desk)
{
    QStringList keys;
    for (const QPushButton* b : desk.findChildren<QPushButton*>(QRegularExpression(u"^complaints\\.to\\."_s)))
        if (b->isVisibleTo(const_cast<ComplaintDesk*>(&desk)))
            keys.append(b->objectName().mid(QStringLiteral("complaints.to.").size()));
    keys.sort();
    return keys;
}

} // namespace

TEST_CASE("the complaint desk records a complaint by staff and gives it its reference", "[complaints]")
{
    SupervisorHall s;
    s.hall.setLocal(TestHall::monday(), QTime(9, 0));
    ComplaintDesk desk(s.access, s.member(u"SPV"_s));
    desk.resize(1366, 700);
    desk.show();
    CHECK(desk.shown().isEmpty());

    click(&desk, u"complaints.add"_s);
    ComplaintForm* form = desk.form();
    REQUIRE(form->isVisible());
    auto* channel = child<QComboBox>(form, u"complaints.form.channel"_s);
    auto* lapor = child<QLineEdit>(form, u"complaints.form.laporId"_s);
    // The kiosk is the citizens' channel, not the desk's.
    CHECK(channel->findData(toKey(ComplaintChannel::Kiosk)) < 0);
    for (const ComplaintChannel c :
         {ComplaintChannel::DatangLangsung, ComplaintChannel::Telepon, ComplaintChannel::Surat,
          ComplaintChannel::Email, ComplaintChannel::MediaSosial, ComplaintChannel::Lapor})
        CHECK(channel->findData(toKey(c)) >= 0);
    CHECK_FALSE(lapor->isVisible());
    choose(channel, toKey(ComplaintChannel::Lapor));
    CHECK(lapor->isVisible());

    // The SLA class follows the category.
    auto* category = child<QComboBox>(form, u"complaints.form.category"_s);
    auto* sla = child<QComboBox>(form, u"complaints.form.sla"_s);
    choose(category, toKey(ComplaintCategory::Biaya));
    CHECK(sla->currentData().toString() == toKey(ComplaintRules::defaultSla(ComplaintCategory::Biaya)));
    choose(category, toKey(ComplaintCategory::Sarana));
    CHECK(sla->currentData().toString() == toKey(ComplaintRules::defaultSla(ComplaintCategory::Sarana)));

    // Refusals from the core are shown, and nothing is recorded: no tracking number, then an invisible text.
    auto* text = child<QPlainTextEdit>(form, u"complaints.form.text"_s);
    text->setPlainText(u"Toilet lantai dua rusak."_s);
    click(form, u"complaints.form.save"_s);
    auto* message = child<QLabel>(form, u"complaints.form.message"_s);
    CHECK(message->isVisible());
    CHECK(message->accessibleDescription().startsWith(u"lapor-id: "_s));
    typeInto(lapor, u"LAP2026112301"_s);
    text->setPlainText(u"\u200B\u2060"_s);
    click(form, u"complaints.form.save"_s);
    CHECK(message->accessibleDescription().startsWith(u"text: contains only invisible characters"_s));
    CHECK(complaintsOf(s).list().value().isEmpty());

    text->setPlainText(u"Toilet lantai dua rusak."_s);
    choose(child<QComboBox>(form, u"complaints.form.agency"_s), u"AG2"_s);
    keepScreenshot(&desk, u"complaint_form"_s);
    QSignalSpy recorded(form, &ComplaintForm::recorded);
    click(form, u"complaints.form.save"_s);
    REQUIRE(recorded.size() == 1);
    const QString reference = recorded.first().first().toString();
    CHECK(QRegularExpression(u"^ADU-2026-\\d{5}$"_s).match(reference).hasMatch());
    CHECK_FALSE(form->isVisible());
    REQUIRE(desk.shown().size() == 1);
    auto* list = child<QTableWidget>(&desk, u"complaints.list"_s);
    REQUIRE(list->rowCount() == 1);
    CHECK(list->item(0, ComplaintDesk::Reference)->text() == reference);
    CHECK(list->item(0, ComplaintDesk::Agency)->text() == u"AG2"_s);
    CHECK(child<QLabel>(&desk, u"complaints.detail.heading"_s)->text().contains(reference));
    const Complaint stored = complaintsOf(s).find(reference).value();
    CHECK(stored.channel == ComplaintChannel::Lapor);
    CHECK(stored.laporId == u"LAP2026112301"_s);
    CHECK(stored.category == ComplaintCategory::Sarana);
    CHECK(stored.agency == u"AG2"_s);
    CHECK(stored.status == ComplaintStatus::Diterima);
}

TEST_CASE("the complaint desk offers only the allowed next steps", "[complaints]")
{
    SupervisorHall s;
    s.hall.setLocal(TestHall::monday(), QTime(9, 0));
    const QString reference = record(s);
    ComplaintDesk desk(s.access, s.member(u"SPV"_s));
    desk.resize(1366, 700);
    desk.show();
    REQUIRE(desk.detail()->reference() == reference);
    CHECK(offeredSteps(desk) == QStringList{u"ditolak"_s, u"diverifikasi"_s});
    CHECK_FALSE(hasChild<QPushButton>(&desk, u"complaints.to.selesai"_s));

    click(&desk, u"complaints.to.diverifikasi"_s);
    CHECK(statusOf(s, reference) == ComplaintStatus::Diverifikasi);
    CHECK(offeredSteps(desk) == QStringList{u"dijawab"_s, u"ditindaklanjuti"_s, u"ditolak"_s});
    CHECK(child<QTableWidget>(&desk, u"complaints.list"_s)->item(0, ComplaintDesk::Status)->text() ==
          ComplaintLabels::status(ComplaintStatus::Diverifikasi));

    // Assigned to an agency and an officer, with a note in the history.
    choose(child<QComboBox>(&desk, u"complaints.assignAgency"_s), u"AG1"_s);
    choose(child<QComboBox>(&desk, u"complaints.assignStaff"_s), u"OFF1"_s);
    click(&desk, u"complaints.assign"_s);
    Complaint after = complaintsOf(s).find(reference).value();
    CHECK(after.assignedAgency == u"AG1"_s);
    CHECK(after.assignedStaff == u"OFF1"_s);
    child<QPlainTextEdit>(&desk, u"complaints.note"_s)->setPlainText(u"Diteruskan ke koordinator."_s);
    click(&desk, u"complaints.addNote"_s);
    after = complaintsOf(s).find(reference).value();
    REQUIRE_FALSE(after.notes.isEmpty());
    CHECK(after.notes.constLast().text == u"Diteruskan ke koordinator."_s);
    CHECK(after.notes.constLast().staffId == u"SPV"_s);
    keepScreenshot(&desk, u"complaint_detail"_s);

    // Answered: the answer is recorded with the step, then only closing or following up again remain.
    child<QPlainTextEdit>(&desk, u"complaints.answer"_s)->setPlainText(u"Loket tambahan dibuka."_s);
    click(&desk, u"complaints.to.dijawab"_s);
    after = complaintsOf(s).find(reference).value();
    CHECK(after.status == ComplaintStatus::Dijawab);
    CHECK(after.answer == u"Loket tambahan dibuka."_s);
    CHECK(offeredSteps(desk) == QStringList{u"ditindaklanjuti"_s, u"selesai"_s});
    click(&desk, u"complaints.to.selesai"_s);
    CHECK(statusOf(s, reference) == ComplaintStatus::Selesai);
    CHECK(offeredSteps(desk).isEmpty());
    CHECK(child<QPushButton>(&desk, u"complaints.final"_s)->isVisible());
}

TEST_CASE("the complaint desk refuses a rejection without a reason", "[complaints]")
{
    SupervisorHall s;
    s.hall.setLocal(TestHall::monday(), QTime(9, 0));
    const QString reference = record(s);
    ComplaintDesk desk(s.access, s.member(u"ADM"_s));
    desk.show();
    auto* message = child<QLabel>(&desk, u"complaints.message"_s);
    click(&desk, u"complaints.to.ditolak"_s);
    CHECK(message->isVisible());
    CHECK(message->accessibleDescription() == u"Write the reason for the rejection in the note first."_s);
    CHECK(statusOf(s, reference) == ComplaintStatus::Diterima);
    // A reason of zero-width spaces is no reason either: the core refuses it.
    auto* note = child<QPlainTextEdit>(&desk, u"complaints.note"_s);
    note->setPlainText(u"\u200B\u200B"_s);
    click(&desk, u"complaints.to.ditolak"_s);
    CHECK(message->accessibleDescription().startsWith(u"note: contains only invisible characters"_s));
    CHECK(statusOf(s, reference) == ComplaintStatus::Diterima);

    note->setPlainText(u"Bukan kewenangan MPP."_s);
    click(&desk, u"complaints.to.ditolak"_s);
    const Complaint rejected = complaintsOf(s).find(reference).value();
    CHECK(rejected.status == ComplaintStatus::Ditolak);
    CHECK(rejected.rejectReason == u"Bukan kewenangan MPP."_s);
    CHECK(offeredSteps(desk).isEmpty());
}

TEST_CASE("the complaint desk filters overdue complaints and marks them in words", "[complaints]")
{
    SupervisorHall s;
    s.hall.setLocal(TestHall::monday(), QTime(9, 0));
    const QString late = record(s, ComplaintCategory::Waktu, SlaClass::Ringan); // due Wednesday
    s.hall.setLocal(TestHall::monday().addDays(3), QTime(9, 0));                // Thursday
    const QString fresh = record(s, ComplaintCategory::Waktu, SlaClass::Ringan);
    ComplaintDesk desk(s.access, s.member(u"SPV"_s));
    desk.show();
    REQUIRE(desk.shown().size() == 2);

    click(&desk, u"complaints.filter.overdue"_s);
    REQUIRE(desk.shown().size() == 1);
    CHECK(desk.shown().first().reference == late);
    auto* list = child<QTableWidget>(&desk, u"complaints.list"_s);
    QTableWidgetItem* due = list->item(0, ComplaintDesk::Due);
    CHECK(due->text().endsWith(u"overdue"_s));
    CHECK(due->foreground().color() == Style::danger());
    CHECK_FALSE(due->icon().isNull());

    child<QCheckBox>(&desk, u"complaints.filter.overdue"_s)->setChecked(false);
    REQUIRE(desk.shown().size() == 2);
    for (int row = 0; row < list->rowCount(); ++row)
        if (list->item(row, ComplaintDesk::Reference)->text() == fresh)
            CHECK_FALSE(list->item(row, ComplaintDesk::Due)->text().endsWith(u"overdue"_s));

    // The reference search and the channel filter.
    typeInto(&desk, u"complaints.filter.search"_s, fresh.right(5));
    REQUIRE(desk.shown().size() == 1);
    CHECK(desk.shown().first().reference == fresh);
    typeInto(&desk, u"complaints.filter.search"_s, QString());
    choose(child<QComboBox>(&desk, u"complaints.filter.channel"_s), toKey(ComplaintChannel::Surat));
    CHECK(desk.shown().isEmpty());
    choose(child<QComboBox>(&desk, u"complaints.filter.channel"_s), toKey(ComplaintChannel::Telepon));
    CHECK(desk.shown().size() == 2);
    choose(child<QComboBox>(&desk, u"complaints.filter.status"_s), toKey(ComplaintStatus::Ditolak));
    CHECK(desk.shown().isEmpty());
}

TEST_CASE("the dashboard's complaint figures are the backlog and open the desk filtered", "[complaints]")
{
    SupervisorHall s;
    s.hall.setLocal(TestHall::monday(), QTime(9, 0));
    (void)record(s, ComplaintCategory::Waktu, SlaClass::Ringan);
    (void)record(s, ComplaintCategory::Waktu, SlaClass::Ringan);
    s.hall.setLocal(TestHall::monday().addDays(3), QTime(9, 0));
    (void)record(s, ComplaintCategory::Waktu, SlaClass::Sedang);
    SupervisorWindow window(s.access);
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.signIn(s.member(u"SPV"_s)).ok());
    DashboardView* dashboard = window.dashboard();
    auto backlog = complaintsOf(s).backlog();
    REQUIRE(backlog.ok());
    CHECK(backlog.value().open == 3);
    CHECK(backlog.value().overdue == 2);
    auto* tile = child<FigureTile>(dashboard, u"dashboard.complaints"_s);
    CHECK(tile->value() == u"3 / 2"_s);
    CHECK(dashboard->complaintBacklog().open == 3);
    CHECK(dashboard->complaintBacklog().overdue == 2);

    // Another program records one: the figures follow, like the others on the dashboard.
    (void)record(s);
    REQUIRE(waitUntil([&] { return tile->value() == u"4 / 2"_s; }));
    const ComplaintBacklog now = complaintsOf(s).backlog().value();
    CHECK(tile->value() == u"%1 / %2"_s.arg(now.open).arg(now.overdue));

    // With complaints overdue, the tile opens the desk on them.
    QTest::mouseClick(tile, Qt::LeftButton);
    ComplaintDesk* desk = window.complaintDesk();
    REQUIRE(desk->isVisible());
    CHECK(child<QCheckBox>(desk, u"complaints.filter.overdue"_s)->isChecked());
    CHECK(desk->shown().size() == 2);

    // Once none is overdue, on the open ones (by keyboard too).
    const QDate today = complaintsOf(s).today().value();
    const QList<Complaint> all = complaintsOf(s).list().value();
    for (const Complaint& c : all) {
        ComplaintUpdate reject;
        reject.status = ComplaintStatus::Ditolak;
        reject.note = u"Duplikat."_s;
        if (c.isOverdue(today))
            REQUIRE(complaintsOf(s).update(c.reference, reject).ok());
    }
    child<QPushButton>(&window, u"nav.dashboard"_s)->click();
    REQUIRE(waitUntil([&] { return tile->value() == u"2 / 0"_s; }));
    QTest::keyClick(tile, Qt::Key_Return);
    REQUIRE(desk->isVisible());
    CHECK_FALSE(child<QCheckBox>(desk, u"complaints.filter.overdue"_s)->isChecked());
    CHECK(desk->shown().size() == 2);
}
