// The kiosk's print queue: every job is answered exactly once, in order, also when the kiosk closes with
// prints still waiting, so that no unprinted ticket goes without its device.fault.
#include "kiosk_ui/PrintQueue.h"
#include "kiosk_ui/TicketPrinter.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/Wait.h"

#include <QAtomicInt>
#include <QDeadlineTimer>
#include <QThread>

#include <catch2/catch.hpp>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::kiosk;

namespace {

// Prints at once, or (blocking) holds its first ticket until the queue starts closing: the kiosk exits
// while a slow printer is busy and two more tickets wait behind it.
class TestPrinter final : public TicketPrinter
{
public:
    explicit TestPrinter(const PrintQueue* holdUntilClosing = nullptr) : m_queue(holdUntilClosing) {}
    Status print(const TicketContent&) override
    {
        m_started.fetchAndAddOrdered(1);
        if (m_queue) {
            const QDeadlineTimer deadline(10000);
            while (!m_queue->closing() && !deadline.hasExpired())
                QThread::yieldCurrentThread();
        }
        return Done{};
    }
    QString description() const override { return u"test printer"_s; }
    int started() const { return m_started.loadAcquire(); }

private:
    const PrintQueue* m_queue;
    QAtomicInt m_started;
};

PrintJob jobFor(TicketPrinter& printer, int n)
{
    PrintJob job;
    job.printer = &printer;
    job.ticketId = n;
    job.number = u"A-%1"_s.arg(n, 3, 10, QChar(u'0'));
    job.attempt = 1;
    return job;
}

} // namespace

TEST_CASE("print queue: jobs are answered once each, in the order submitted", "[print-queue]")
{
    TestPrinter printer;
    QList<qint64> answered;
    {
        PrintQueue queue;
        for (int n = 1; n <= 5; ++n)
            queue.submit(jobFor(printer, n), [&](const PrintJob& job, const Status& printed) {
                CHECK(printed.ok());
                answered << job.ticketId;
            });
        REQUIRE(antre::test::waitUntil([&] { return answered.size() == 5; }));
    }
    CHECK(answered == QList<qint64>{1, 2, 3, 4, 5});
}

TEST_CASE("print queue: closing the kiosk answers the print in progress and every waiting one",
          "[print-queue]")
{
    TestPrinter quick;
    QList<std::pair<qint64, QString>> answered; // ticket, error code ("" when printed)
    const auto record = [&](const PrintJob& job, const Status& printed) {
        answered.append({job.ticketId, printed.ok() ? QString() : printed.error().codeText()});
    };
    auto queue = std::make_unique<PrintQueue>();
    TestPrinter slow(queue.get());
    queue->submit(jobFor(slow, 1), record);
    queue->submit(jobFor(quick, 2), record);
    queue->submit(jobFor(quick, 3), record);
    REQUIRE(antre::test::waitUntil([&] { return slow.started() == 1; }));
    queue.reset(); // the kiosk exits while ticket 1 prints

    CHECK(quick.started() == 0); // nothing starts once closing
    REQUIRE(answered.size() == 3);
    CHECK(answered.at(0) == std::pair<qint64, QString>{1, QString()});
    CHECK(answered.at(1) == std::pair<qint64, QString>{2, u"printer_closed"_s});
    CHECK(answered.at(2) == std::pair<qint64, QString>{3, u"printer_closed"_s});
}
