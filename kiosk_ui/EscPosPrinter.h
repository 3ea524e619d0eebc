#pragma once

#include "kiosk_ui/EscPosEncoder.h"
#include "kiosk_ui/TicketPrinter.h"

#include <QIODevice>

#include <functional>

namespace antre::kiosk {

// Raw ESC/POS to a thermal printer: a device node (/dev/usb/lp0) or a network printer (TCP 9100).
// Before printing it asks the printer about its paper where the link can answer.
class EscPosPrinter final : public TicketPrinter
{
    Q_DECLARE_TR_FUNCTIONS(EscPosPrinter)
public:
    // Opens the link for one ticket within timeoutMs; the printer closes it when done.
    using Opener = std::function<Result<std::unique_ptr<QIODevice>>(int timeoutMs)>;
    // How long a printer that did not answer last time is given: it fails fast until it answers again,
    // so tickets queued behind a dead network printer do not each wait the full timeout.
    static constexpr int kOfflineProbeMs = 500;

    EscPosPrinter(QString description, EscPosEncoder encoder, Opener opener, int timeoutMs, bool statusQuery);

    static std::unique_ptr<EscPosPrinter> forDevice(const QString& path, const KioskSettings& settings);
    static std::unique_ptr<EscPosPrinter> forNetwork(const QString& host, int port,
                                                     const KioskSettings& settings);

    Status print(const TicketContent& ticket) override;
    QString description() const override;

private:
    Status checkPaper(QIODevice& link);
    Status writeAll(QIODevice& link, const QByteArray& data, int timeoutMs);
    Status printOnce(const TicketContent& ticket, int timeoutMs);

    QString m_description;
    EscPosEncoder m_encoder;
    Opener m_opener;
    int m_timeoutMs;
    bool m_statusQuery;
    bool m_offline = false; // the last print found the printer not answering
};

} // namespace antre::kiosk
