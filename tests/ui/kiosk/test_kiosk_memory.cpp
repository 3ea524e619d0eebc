// The kiosk wired from core interfaces only, on a queue in memory: no database behind these screens.
#include "core/services/AuditService.h"
#include "core/services/StaffService.h"
#include "kiosk_ui/EscPosPrinter.h"
#include "kiosk_ui/IssuedPage.h"
#include "kiosk_ui/PdfTicketPrinter.h"
#include "tests/support/FailDevice.h"
#include "tests/support/FakeQueueService.h"
#include "tests/support/Wait.h"
#include "tests/ui/kiosk/KioskTestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::kiosk;
using namespace antre::kiosk::test;
using antre::test::FakeQueueService;
using antre::test::TestHall;

namespace {

// Keeps the device faults it is given.
class RecordingAudit final : public AuditService
{
public:
    RecordingAudit() = default;
    Q_DISABLE_COPY_MOVE(RecordingAudit)

    Result<qint64> verify() override { return qint64(faults.size()); }
    Result<AuditVerification> inspect() override { return AuditVerification{}; }
    Result<AuditSeal> seal() override { return AuditSeal{}; }
    Status copySealsTo(const QString&) override { return Done{}; }
    Result<QList<AuditEvent>> forTicket(qint64) override { return QList<AuditEvent>{}; }
    Result<QList<AuditEvent>> range(const QDateTime&, const QDateTime&, const QList<EventKind>&) override
    {
        return QList<AuditEvent>{};
    }
    Result<qint64> recordDeviceFault(const DeviceFault& fault) override
    {
        faults << fault;
        return qint64(faults.size());
    }

    QList<DeviceFault> faults;
};

// Nobody may sign in: these tests never close the kiosk.
class NoStaff final : public StaffService
{
public:
    NoStaff() = default;
    Q_DISABLE_COPY_MOVE(NoStaff)

    Result<StaffMember> login(const QString&, const QString&) override { return refused(); }
    Status save(const StaffConfig&, const QString&) override { return refused(); }
    Status setPin(const QString&, const QString&, const QString&) override { return refused(); }
    Status unlock(const QString&, const QString&) override { return refused(); }
    Status setActive(const QString&, bool, const QString&) override { return refused(); }
    Result<StaffMember> find(const QString&) override { return refused(); }
    Result<QList<StaffMember>> list() override { return QList<StaffMember>{}; }

private:
    static Error refused()
    {
        return Error{ErrorKind::Refused, ErrorCode::WrongPin, u"Wrong staff ID or PIN."_s};
    }
};

// The small test hall's Monday morning with the kiosk window on the queue in memory.
struct MemoryKiosk
{
    explicit MemoryKiosk(std::unique_ptr<TicketPrinter> printer = {}) : i18n(QStringList{u"kiosk"_s})
    {
        REQUIRE(dir.isValid());
        REQUIRE(i18n.setLanguage(u"en"_s));
        settings = KioskSettingsIo::defaults();
        settings.kioskId = u"KIOSK-MEM"_s;
        settings.pdfFolder = dir.filePath(u"tickets"_s);
        if (!printer)
            printer = std::make_unique<PdfTicketPrinter>(settings.pdfFolder, settings.paperMm);
        controller = std::make_unique<KioskController>(queue, audit, settings, std::move(printer));
        window = std::make_unique<KioskWindow>(queue, staff, i18n, clock, *controller);
        window->resize(1920, 1080);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    template <typename T = QWidget> T* find(const QString& name) const { return window->findChild<T*>(name); }
    void tap(const QString& name)
    {
        auto* button = find<QAbstractButton>(name);
        INFO("button " << name.toStdString() << " on screen " << window->currentScreen().toStdString());
        REQUIRE(button);
        REQUIRE(button->isVisible());
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
    }
    QString label(const QString& name) const
    {
        auto* label = find<QLabel>(name);
        REQUIRE(label);
        return label->text();
    }
    bool printSettled() const
    {
        return window->currentScreen().startsWith(u"issued:"_s) &&
               find<IssuedPage>(u"issuedPage"_s)->printState() != IssuedPage::PrintState::Printing;
    }

    QTemporaryDir dir;
    ManualClock clock{TestHall::local(TestHall::monday(), QTime(9, 0))};
    FakeQueueService queue{TestHall::smallConfig(), clock};
    RecordingAudit audit;
    NoStaff staff;
    I18n i18n;
    KioskSettings settings;
    std::unique_ptr<KioskController> controller;
    std::unique_ptr<KioskWindow> window;
};

} // namespace

TEST_CASE("On a queue in memory, tapping through issues numbers in order and prints them", "[flow][memory]")
{
    MemoryKiosk kiosk;
    REQUIRE(kiosk.queue.issue(u"S1"_s, false).ok()); // someone is already waiting
    kiosk.window->refresh();
    kiosk.tap(u"agencyTile_AG1"_s);
    kiosk.tap(u"serviceTile_S1"_s);
    CHECK(kiosk.window->currentScreen() == u"confirm:S1");
    CHECK(kiosk.label(u"confirmWaiting"_s).contains(u'1'));
    kiosk.tap(u"regularButton"_s);
    CHECK(kiosk.window->currentScreen() == u"issued:S1");
    CHECK(kiosk.label(u"issuedNumber"_s) == u"A-002");
    CHECK(kiosk.label(u"issuedAhead"_s) == TicketText::aheadText(1));
    REQUIRE(antre::test::waitUntil([&] { return kiosk.printSettled(); }));
    CHECK(kiosk.find<IssuedPage>(u"issuedPage"_s)->printState() == IssuedPage::PrintState::Printed);
    CHECK(QFileInfo::exists(QDir(kiosk.settings.pdfFolder).filePath(u"2026-11-23_A-002.pdf"_s)));
    CHECK(kiosk.audit.faults.isEmpty());

    auto status = kiosk.queue.status();
    REQUIRE(status.ok());
    CHECK(status.value().services.constFirst().waiting == 2);
}

TEST_CASE("On a queue in memory, a printer fault is recorded with the ticket's data", "[flow][memory][fault]")
{
    int opened = 0;
    QByteArray paper;
    EscPosPrinter::Opener opener = [&](int) -> Result<std::unique_ptr<QIODevice>> {
        // Unplugged for the first attempt, then working again.
        std::unique_ptr<QIODevice> device;
        if (++opened <= 1)
            device = std::make_unique<antre::test::FailDevice>(64);
        else
            device = std::make_unique<QBuffer>(&paper);
        device->open(QIODevice::WriteOnly);
        return device;
    };
    MemoryKiosk kiosk(std::make_unique<EscPosPrinter>(u"ESC/POS test"_s, EscPosEncoder(80, PaperCut::Partial),
                                                      std::move(opener), 2000, false));
    kiosk.tap(u"agencyTile_AG1"_s);
    kiosk.tap(u"serviceTile_S2"_s);
    kiosk.tap(u"regularButton"_s);
    REQUIRE(antre::test::waitUntil([&] { return kiosk.printSettled(); }));
    CHECK(kiosk.find<IssuedPage>(u"issuedPage"_s)->printState() == IssuedPage::PrintState::Failed);
    CHECK(kiosk.label(u"issuedNumber"_s) == u"B-001");

    REQUIRE(kiosk.audit.faults.size() == 1);
    const DeviceFault& fault = kiosk.audit.faults.constFirst();
    CHECK(fault.device == u"printer");
    CHECK(fault.source == u"KIOSK-MEM");
    CHECK(fault.ticketNumber == u"B-001");
    CHECK(fault.ticketId == kiosk.controller->current()->id);
    CHECK(fault.deviceName == u"ESC/POS test");
    CHECK(fault.attempt == 1);
    CHECK(fault.message.contains(u"device unplugged"_s));

    kiosk.tap(u"reprintButton"_s);
    REQUIRE(antre::test::waitUntil([&] { return kiosk.printSettled(); }));
    CHECK(kiosk.find<IssuedPage>(u"issuedPage"_s)->printState() == IssuedPage::PrintState::Printed);
    CHECK(paper.contains("B-001"));
    CHECK(kiosk.audit.faults.size() == 1);
    auto ticket = kiosk.queue.ticket(*TicketNumber::parse(u"B-001"_s), TestHall::monday());
    REQUIRE(ticket.ok());
    CHECK(ticket.value().status == TicketStatus::Waiting);
}

TEST_CASE("On a queue in memory, a lost answer is retried with the same key: one ticket, not two",
          "[flow][memory][reconnect]")
{
    MemoryKiosk kiosk;
    kiosk.tap(u"agencyTile_AG1"_s);
    kiosk.tap(u"serviceTile_S2"_s);
    // The ticket commits, then the connection drops before the kiosk hears so; the hall stays away a while.
    kiosk.queue.loseIssueAnswers(1);
    kiosk.tap(u"regularButton"_s);
    kiosk.queue.setReachable(false);
    CHECK(kiosk.window->currentScreen() == u"reconnecting");
    CHECK(kiosk.controller->hasPending());
    const QString key = kiosk.controller->pendingKey();
    CHECK(QueueService::isValidRequestKey(key));
    CHECK(kiosk.label(u"reconnectTitle"_s) == u"Reconnecting…");
    CHECK(kiosk.label(u"reconnectDetail"_s).contains(u"please wait here"_s));
    const int callsBefore = kiosk.queue.issueCalls();
    // The kiosk keeps trying by itself while the hall is away, and stays on the reconnecting screen.
    REQUIRE(antre::test::waitUntil([&] { return kiosk.queue.issueCalls() >= callsBefore + 1; }, 5000));
    CHECK(kiosk.window->currentScreen() == u"reconnecting");
    CHECK(kiosk.controller->pendingKey() == key);

    kiosk.queue.setReachable(true);
    REQUIRE(antre::test::waitUntil([&] { return kiosk.window->currentScreen() == u"issued:S2"; }, 5000));
    CHECK(kiosk.label(u"issuedNumber"_s) == u"B-001");
    CHECK(kiosk.controller->current()->replayed);
    CHECK_FALSE(kiosk.controller->hasPending());
    CHECK(kiosk.queue.ticketCount() == 1);
    REQUIRE(antre::test::waitUntil([&] { return kiosk.printSettled(); }));

    // The next press is a new citizen: a new key and the next number.
    kiosk.tap(u"doneButton"_s);
    kiosk.tap(u"agencyTile_AG1"_s);
    kiosk.tap(u"serviceTile_S2"_s);
    kiosk.tap(u"regularButton"_s);
    CHECK(kiosk.label(u"issuedNumber"_s) == u"B-002");
    CHECK_FALSE(kiosk.controller->current()->replayed);
    CHECK(kiosk.queue.ticketCount() == 2);
}

TEST_CASE("On a queue in memory, an unreachable hall shows the reconnecting screen and takes no ticket",
          "[flow][memory][reconnect]")
{
    MemoryKiosk kiosk;
    kiosk.queue.setReachable(false);
    kiosk.window->refresh();
    CHECK(kiosk.window->currentScreen() == u"reconnecting");
    CHECK_FALSE(kiosk.controller->hasPending());
    CHECK(kiosk.label(u"reconnectDetail"_s).contains(u"cannot issue numbers"_s));
    // Nothing on the screen can be tapped for a ticket.
    CHECK_FALSE(kiosk.find<QWidget>(u"regularButton"_s)->isVisible());
    CHECK(kiosk.queue.ticketCount() == 0);
    kiosk.queue.setReachable(true);
    REQUIRE(antre::test::waitUntil([&] { return kiosk.window->currentScreen() == u"home"; }, 5000));
    kiosk.tap(u"agencyTile_AG1"_s);
    kiosk.tap(u"serviceTile_S2"_s);
    kiosk.tap(u"regularButton"_s);
    CHECK(kiosk.label(u"issuedNumber"_s) == u"B-001");
}
