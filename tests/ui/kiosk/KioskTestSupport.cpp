#include "tests/ui/kiosk/KioskTestSupport.h"

#include "kiosk_ui/PdfTicketPrinter.h"
#include "tests/support/SqlCount.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <arpa/inet.h>
#include <catch2/catch.hpp>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk::test {

QByteArray readByteScript(const QString& name)
{
    QFile file(QString::fromUtf8(ANTRE_SOURCE_DIR) + u"/tests/data/"_s + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray out;
    static const QRegularExpression token(
        uR"re(\s*(?:"((?:[^"\\]|\\.)*)"|([0-9a-fA-F]{2})(?![0-9a-fA-F])))re"_s);
    int lineNumber = 0;
    for (const QByteArray& raw : file.readAll().split('\n')) {
        ++lineNumber;
        QString line = QString::fromUtf8(raw);
        // A '#' outside quotes starts a comment.
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line.at(i) == u'"' && (i == 0 || line.at(i - 1) != u'\\'))
                quoted = !quoted;
            if (line.at(i) == u'#' && !quoted) {
                line.truncate(i);
                break;
            }
        }
        qsizetype at = 0;
        while (at < line.size()) {
            if (line.mid(at).trimmed().isEmpty())
                break;
            const auto match = token.match(line, at, QRegularExpression::NormalMatch,
                                           QRegularExpression::AnchorAtOffsetMatchOption);
            INFO(name.toStdString() << ":" << lineNumber << ": cannot read \"" << line.mid(at).toStdString()
                                    << "\"");
            REQUIRE(match.hasMatch());
            if (match.capturedLength(2) > 0)
                out.append(char(match.captured(2).toInt(nullptr, 16)));
            else
                out.append(
                    match.captured(1).replace(u"\\\""_s, u"\""_s).replace(u"\\\\"_s, u"\\"_s).toLatin1());
            at = match.capturedEnd(0);
        }
    }
    return out;
}

QString firstDifference(const QByteArray& expected, const QByteArray& actual)
{
    const qsizetype common = std::min(expected.size(), actual.size());
    qsizetype i = 0;
    while (i < common && expected.at(i) == actual.at(i))
        ++i;
    if (i == common && expected.size() == actual.size())
        return {};
    const auto around = [i](const QByteArray& bytes) {
        const qsizetype from = std::max<qsizetype>(0, i - 8);
        return QString::fromLatin1(bytes.mid(from, 24).toHex(' '));
    };
    return u"streams differ at byte %1 (expected %2 bytes, got %3)\n  expected: %4\n  actual:   %5"_s.arg(i)
        .arg(expected.size())
        .arg(actual.size())
        .arg(around(expected), around(actual));
}

KioskFixture::KioskFixture(std::unique_ptr<TicketPrinter> printer,
                           const std::function<void(KioskSettings&)>& adjust)
    : i18n(QStringList{u"kiosk"_s})
{
    REQUIRE(i18n.setLanguage(u"id"_s));
    settings = KioskSettingsIo::defaults();
    settings.kioskId = u"KIOSK-TEST"_s;
    settings.pdfFolder = hall.dir() + u"/tickets"_s;
    if (adjust)
        adjust(settings);
    if (!printer)
        printer = std::make_unique<PdfTicketPrinter>(settings.pdfFolder, settings.paperMm);
    HallServices& services = hall.services();
    controller =
        std::make_unique<KioskController>(services.queue, services.audit, settings, std::move(printer));
    window = std::make_unique<KioskWindow>(services.queue, services.staff, i18n, services.clock, *controller);
    window->resize(1920, 1080);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
}

KioskFixture::~KioskFixture()
{
    window.reset();
    controller.reset();
}

void KioskFixture::tap(const QString& name)
{
    INFO("on screen " << window->currentScreen().toStdString());
    ::antre::test::tap(window.get(), name);
}

qint64 KioskFixture::ticketCount()
{
    return antre::test::count(*hall.db, u"SELECT count(*) FROM tickets"_s);
}

qint64 KioskFixture::faultCount()
{
    return antre::test::count(*hall.db, u"SELECT count(*) FROM events WHERE kind = 'device.fault'"_s);
}

QString KioskFixture::pdfFolder() const
{
    return settings.pdfFolder;
}

FakeNetworkPrinter::FakeNetworkPrinter(int statusAnswer) : m_statusAnswer(statusAnswer)
{
    m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(m_listen >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    REQUIRE(::bind(m_listen, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    REQUIRE(::listen(m_listen, 1) == 0);
    socklen_t length = sizeof address;
    REQUIRE(::getsockname(m_listen, reinterpret_cast<sockaddr*>(&address), &length) == 0);
    m_port = ntohs(address.sin_port);
    // Blocking sockets on a thread of its own: the kiosk blocks its thread while it prints.
    m_thread = std::thread([this] {
        const int client = ::accept(m_listen, nullptr, nullptr);
        if (client < 0) {
            m_done = true;
            return;
        }
        QByteArray received;
        bool answered = false;
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
            if (n <= 0)
                break;
            received.append(buffer, n);
            if (!answered && m_statusAnswer >= 0 && received.startsWith(QByteArray("\x10\x04\x04", 3))) {
                const char answer = char(m_statusAnswer);
                (void)::send(client, &answer, 1, MSG_NOSIGNAL);
                answered = true;
            }
        }
        ::close(client);
        m_received = received;
        m_done = true;
    });
}

FakeNetworkPrinter::~FakeNetworkPrinter()
{
    ::shutdown(m_listen, SHUT_RDWR); // wakes accept() when no client came
    if (m_thread.joinable())
        m_thread.join();
    ::close(m_listen);
}

QByteArray FakeNetworkPrinter::waitForJob(int deadlineMs)
{
    REQUIRE(waitUntil([this] { return m_done.load(); }, deadlineMs));
    return m_received;
}

int FakeNetworkPrinter::port() const
{
    return m_port;
}

} // namespace antre::kiosk::test
