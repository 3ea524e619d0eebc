#include "PrintQueue.h"

#include "TicketPrinter.h"

#include <QMetaObject>

namespace antre::kiosk {

PrintQueue::PrintQueue(QObject* parent) : QObject(parent), m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("ticket printing"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

PrintQueue::~PrintQueue()
{
    m_thread.quit();
    m_thread.wait();
}

void PrintQueue::submit(PrintJob job, std::function<void(const PrintJob&, const Status&)> done)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, job = std::move(job), done = std::move(done)] {
            const Status printed = job.printer->print(job.content);
            // Posted with this queue as context: dropped if the queue is gone by then.
            QMetaObject::invokeMethod(
                this, [job, printed, done] { done(job, printed); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace antre::kiosk
