#include "kiosk_ui/EscPosPrinter.h"

#include "kiosk_ui/KioskSettings.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTcpSocket>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

namespace {

// From <linux/lp.h>; the usblp driver answers LPGETSTATUS with the IEEE 1284 status byte.
constexpr unsigned long kLpGetStatus = 0x060b;
constexpr int kLpPaperOut = 0x20;
constexpr int kLpSelected = 0x10;
constexpr int kLpNoError = 0x08;

// A printer device node, written without blocking: a stalled USB printer (paper jam, cover open) must
// turn into an error after the timeout instead of freezing the kiosk.
class DeviceLink final : public QIODevice
{
public:
    DeviceLink(QString path, int timeoutMs) : m_path(std::move(path)), m_timeoutMs(timeoutMs) {}
    ~DeviceLink() override { DeviceLink::close(); }
    Q_DISABLE_COPY_MOVE(DeviceLink)

    bool openDevice()
    {
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_APPEND);
        if (m_fd < 0) {
            setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        return QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

    void close() override
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        QIODevice::close();
    }

    bool isSequential() const override { return true; }

    // The 1284 status byte, when the device is a parallel/USB printer that reports one.
    std::optional<int> lineStatus() const
    {
        int status = 0;
        if (m_fd < 0 || ::ioctl(m_fd, kLpGetStatus, &status) != 0)
            return std::nullopt;
        return status;
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }

    qint64 writeData(const char* data, qint64 size) override
    {
        const QDeadlineTimer deadline(m_timeoutMs);
        qint64 done = 0;
        while (done < size) {
            const ssize_t n = ::write(m_fd, data + done, size_t(size - done));
            if (n > 0) {
                done += n;
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
                setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
                return -1;
            }
            pollfd pfd{m_fd, POLLOUT, 0};
            const int wait = int(deadline.remainingTime());
            if (wait <= 0 || ::poll(&pfd, 1, wait) == 0) {
                setErrorString(
                    EscPosPrinter::tr("the printer did not take the data within %1 s (paper jam, cover "
                                      "open or out of paper?)")
                        .arg(m_timeoutMs / 1000.0, 0, 'f', 1));
                return -1;
            }
        }
        return done;
    }

private:
    QString m_path;
    int m_timeoutMs;
    int m_fd = -1;
};

Error printerError(ErrorCode code, const QString& message)
{
    return makeError(ErrorKind::Internal, code, message);
}

} // namespace

EscPosPrinter::EscPosPrinter(QString description, EscPosEncoder encoder, Opener opener, int timeoutMs,
                             bool statusQuery)
    : m_description(std::move(description)), m_encoder(encoder), m_opener(std::move(opener)),
      m_timeoutMs(timeoutMs), m_statusQuery(statusQuery)
{}

std::unique_ptr<EscPosPrinter> EscPosPrinter::forDevice(const QString& path, const KioskSettings& settings)
{
    Opener opener = [path](int timeoutMs) -> Result<std::unique_ptr<QIODevice>> {
        auto link = std::make_unique<DeviceLink>(path, timeoutMs);
        if (!link->openDevice())
            return printerError(ErrorCode::PrinterMissing,
                                tr("%1: cannot open the printer: %2").arg(path, link->errorString()));
        return std::unique_ptr<QIODevice>(std::move(link));
    };
    return std::make_unique<EscPosPrinter>(tr("ESC/POS %1, %2 mm").arg(path).arg(settings.paperMm),
                                           EscPosEncoder(settings.paperMm, settings.cut), std::move(opener),
                                           settings.timeoutMs, settings.statusQuery);
}

std::unique_ptr<EscPosPrinter> EscPosPrinter::forNetwork(const QString& host, int port,
                                                         const KioskSettings& settings)
{
    Opener opener = [host, port](int timeoutMs) -> Result<std::unique_ptr<QIODevice>> {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(host, quint16(port));
        if (!socket->waitForConnected(timeoutMs))
            return printerError(
                ErrorCode::PrinterOffline,
                tr("%1:%2: cannot reach the printer: %3").arg(host).arg(port).arg(socket->errorString()));
        return std::unique_ptr<QIODevice>(std::move(socket));
    };
    return std::make_unique<EscPosPrinter>(
        tr("ESC/POS %1:%2, %3 mm").arg(host).arg(port).arg(settings.paperMm),
        EscPosEncoder(settings.paperMm, settings.cut), std::move(opener), settings.timeoutMs,
        settings.statusQuery);
}

Status EscPosPrinter::checkPaper(QIODevice& link)
{
    if (auto* device = dynamic_cast<DeviceLink*>(&link)) {
        const auto status = device->lineStatus();
        if (!status) // a plain file or a printer without a status line: nothing to learn
            return Done{};
        if (*status & kLpPaperOut)
            return printerError(ErrorCode::PrinterPaperOut,
                                tr("%1: the printer is out of paper").arg(m_description));
        if (!(*status & kLpSelected))
            return printerError(ErrorCode::PrinterOffline,
                                tr("%1: the printer is offline").arg(m_description));
        if (!(*status & kLpNoError))
            return printerError(ErrorCode::PrinterError,
                                tr("%1: the printer reports an error (cover open?)").arg(m_description));
        return Done{};
    }
    auto* socket = dynamic_cast<QTcpSocket*>(&link);
    if (!socket || !m_statusQuery)
        return Done{};
    if (auto written = writeAll(*socket, EscPosEncoder::paperStatusRequest(), m_timeoutMs); !written.ok())
        return written;
    // Printers without real-time status simply stay silent; only a clear answer stops the print.
    if (!socket->waitForReadyRead(qMin(m_timeoutMs, 800)))
        return Done{};
    const QByteArray answer = socket->read(1);
    if (!answer.isEmpty() && EscPosEncoder::paperOut(answer.at(0)))
        return printerError(ErrorCode::PrinterPaperOut,
                            tr("%1: the printer is out of paper").arg(m_description));
    return Done{};
}

Status EscPosPrinter::writeAll(QIODevice& link, const QByteArray& data, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    qint64 done = 0;
    while (done < data.size()) {
        const qint64 n = link.write(data.constData() + done, data.size() - done);
        if (n < 0)
            return printerError(
                ErrorCode::PrinterWrite,
                tr("%1: writing to the printer failed: %2").arg(m_description, link.errorString()));
        done += n;
        if (n == 0 && deadline.hasExpired())
            return printerError(ErrorCode::PrinterWrite,
                                tr("%1: the printer stopped taking data").arg(m_description));
    }
    while (link.bytesToWrite() > 0) {
        if (!link.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime()))))
            return printerError(
                ErrorCode::PrinterWrite,
                tr("%1: writing to the printer failed: %2").arg(m_description, link.errorString()));
    }
    return Done{};
}

Status EscPosPrinter::print(const TicketContent& ticket)
{
    const bool wasOffline = m_offline;
    const Status printed = printOnce(ticket, wasOffline ? qMin(m_timeoutMs, kOfflineProbeMs) : m_timeoutMs);
    // Not answering (no connection, data not taken): offline until a print gets through. A printer that
    // answers with a fault (paper out, cover open) answers, and keeps its full timeout.
    m_offline = !printed.ok() && (printed.error().code == ErrorCode::PrinterOffline ||
                                  printed.error().code == ErrorCode::PrinterWrite ||
                                  printed.error().code == ErrorCode::PrinterMissing);
    if (m_offline && wasOffline)
        return makeError(printed.error().kind, printed.error().code,
                         tr("%1 (still not answering: tickets are not printed until it answers again)")
                             .arg(printed.error().message));
    return printed;
}

Status EscPosPrinter::printOnce(const TicketContent& ticket, int timeoutMs)
{
    auto opened = m_opener(timeoutMs);
    if (!opened.ok())
        return opened.error();
    const std::unique_ptr<QIODevice> link = std::move(opened).value();
    if (auto paper = checkPaper(*link); !paper.ok())
        return paper;
    if (auto written = writeAll(*link, m_encoder.encode(ticket), timeoutMs); !written.ok())
        return written;
    if (auto* socket = dynamic_cast<QTcpSocket*>(link.get())) {
        socket->disconnectFromHost();
        if (socket->state() != QAbstractSocket::UnconnectedState)
            socket->waitForDisconnected(timeoutMs);
    }
    link->close();
    return Done{};
}

QString EscPosPrinter::description() const
{
    return m_description;
}

} // namespace antre::kiosk
