#include "tests/integration/Workers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcessEnvironment>

using namespace Qt::Literals::StringLiterals;

namespace antre::test {

Workers::~Workers()
{
    killAll();
}

QProcess* Workers::start(const QStringList& args, const QString& now)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ANTRE_NOW"_s, now);
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start(QString::fromUtf8(ANTRE_WORKER), args);
    process->waitForStarted();
    m_processes.push_back(std::move(process));
    m_output.emplace_back();
    return m_processes.back().get();
}

void Workers::collect() const
{
    for (std::size_t i = 0; i < m_processes.size(); ++i)
        m_output[i] += QString::fromUtf8(m_processes[i]->readAllStandardOutput());
}

bool Workers::waitAll(int deadlineMs)
{
    QElapsedTimer timer;
    timer.start();
    const auto finished = [this] {
        for (const auto& p : m_processes)
            if (p->state() != QProcess::NotRunning)
                return false;
        return true;
    };
    while (!finished() && timer.elapsed() < deadlineMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        for (const auto& p : m_processes)
            p->waitForFinished(10);
        collect();
    }
    collect();
    return finished();
}

bool Workers::waitForLines(int lines, int deadlineMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < deadlineMs) {
        for (const auto& p : m_processes)
            p->waitForReadyRead(5);
        collect();
        if (allLines().size() >= lines)
            return true;
    }
    return false;
}

void Workers::killAll()
{
    for (const auto& p : m_processes)
        if (p->state() != QProcess::NotRunning) {
            p->kill(); // SIGKILL: no chance to clean up
            p->waitForFinished(5000);
        }
    collect();
}

QStringList Workers::lines(const QProcess* process) const
{
    collect();
    for (std::size_t i = 0; i < m_processes.size(); ++i)
        if (m_processes[i].get() == process)
            return m_output[i].split(u'\n', Qt::SkipEmptyParts);
    return {};
}

QStringList Workers::allLines() const
{
    QStringList all;
    for (const auto& text : m_output) {
        // A killed process may leave half a line; only complete lines count.
        QStringList lines = text.split(u'\n');
        lines.removeLast();
        all += lines;
    }
    return all;
}

} // namespace antre::test
