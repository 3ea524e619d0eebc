#include "kiosk_ui/PrintQueue.h"

#include "kiosk_ui/TicketPrinter.h"

#include <QMetaObject>
#include <QMutexLocker>

using namespace Qt::Literals::StringLiterals;

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
    {
        const QMutexLocker lock(&m_mutex);
        m_closing = true; // jobs not started yet are left alone by the printing thread
    }
    m_thread.quit();
    m_thread.wait();
    // Every job is answered, printed or not: the caller logs what was not printed under its ticket.
    std::map<quint64, Entry> left;
    {
        const QMutexLocker lock(&m_mutex);
        left.swap(m_entries);
    }
    for (auto& [id, entry] : left) {
        const Status result =
            entry.result ? *entry.result
                         : Status(makeError(
                               ErrorKind::Internal, ErrorCode::PrinterClosed,
                               tr("%1: not printed, the kiosk was closed before its turn")
                                   .arg(entry.job.printer ? entry.job.printer->description() : QString())));
        entry.done(entry.job, result);
    }
}

void PrintQueue::submit(PrintJob job, Answer done)
{
    quint64 id = 0;
    {
        const QMutexLocker lock(&m_mutex);
        id = ++m_lastId;
        m_entries.emplace(id, Entry{std::move(job), std::move(done), std::nullopt});
    }
    QMetaObject::invokeMethod(
        m_worker, [this, id] { runJob(id); }, Qt::QueuedConnection);
}

bool PrintQueue::closing() const
{
    const QMutexLocker lock(&m_mutex);
    return m_closing;
}

void PrintQueue::runJob(quint64 id)
{
    PrintJob job;
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_entries.find(id);
        if (m_closing || it == m_entries.end())
            return;
        job = it->second.job;
    }
    // Only while this job prints: the printer may outlive the queue (a direct print after it).
    job.printer->setAbandon([this] { return closing(); });
    const Status printed = job.printer->print(job.content);
    job.printer->setAbandon({});
    {
        const QMutexLocker lock(&m_mutex);
        if (const auto it = m_entries.find(id); it != m_entries.end())
            it->second.result = printed;
    }
    // Posted with this queue as context: if the queue is being destroyed, its destructor answers instead.
    QMetaObject::invokeMethod(
        this, [this, id] { deliver(id); }, Qt::QueuedConnection);
}

void PrintQueue::deliver(quint64 id)
{
    Entry entry;
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_entries.find(id);
        if (it == m_entries.end() || !it->second.result)
            return;
        entry = std::move(it->second);
        m_entries.erase(it);
    }
    entry.done(entry.job, *entry.result);
}

} // namespace antre::kiosk
