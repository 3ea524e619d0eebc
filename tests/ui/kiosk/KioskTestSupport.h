#pragma once

#include "core/I18n.h"
#include "kiosk_ui/KioskController.h"
#include "kiosk_ui/KioskSettings.h"
#include "kiosk_ui/KioskWindow.h"
#include "kiosk_ui/TicketPrinter.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestHall.h"
#include "tests/support/Wait.h"
#include "tests/support/Widgets.h"

#include <QAbstractButton>
#include <QByteArray>
#include <QString>

#include <catch2/catch.hpp>
#include <functional>
#include <memory>
#include <thread>

namespace antre::kiosk::test {

using ::antre::test::waitUntil;

// Reads an annotated byte file from tests/data: hex pairs and "quoted ASCII", '#' starts a comment.
QByteArray readByteScript(const QString& name);
// "offset 12: expected 1b, got 1d" for the first difference, with some context; empty when equal.
QString firstDifference(const QByteArray& expected, const QByteArray& actual);

// The small test hall with a kiosk window on it: Indonesian, 1920×1080, tickets as PDF in a temp folder
// unless another printer is given.
class KioskFixture final
{
public:
    explicit KioskFixture(std::unique_ptr<TicketPrinter> printer = {},
                          const std::function<void(KioskSettings&)>& adjust = {});
    ~KioskFixture();
    Q_DISABLE_COPY_MOVE(KioskFixture)

    // The window's widget of that objectName; fails the test, naming it, when there is none.
    template <typename T = QWidget> T* find(const QString& name) const
    {
        return ::antre::test::child<T>(window.get(), name);
    }
    // Clicks a visible, enabled button like a finger would.
    void tap(const QString& name);
    qint64 ticketCount();
    qint64 faultCount();
    QString pdfFolder() const;

    antre::test::TestHall hall;
    I18n i18n;
    KioskSettings settings;
    std::unique_ptr<KioskController> controller;
    std::unique_ptr<KioskWindow> window;
};

// A network receipt printer on 127.0.0.1 that records what it receives and answers DLE EOT 4 with a
// chosen status byte (none: it stays silent, like printers without real-time status).
class FakeNetworkPrinter final
{
public:
    explicit FakeNetworkPrinter(int statusAnswer = -1);
    ~FakeNetworkPrinter();
    Q_DISABLE_COPY_MOVE(FakeNetworkPrinter)

    int port() const;
    // What one connection sent, once the client has closed it.
    QByteArray waitForJob(int deadlineMs = 10000);

private:
    int m_listen = -1;
    int m_port = 0;
    int m_statusAnswer;
    std::thread m_thread;
    QByteArray m_received;
    std::atomic<bool> m_done{false};
};

} // namespace antre::kiosk::test
