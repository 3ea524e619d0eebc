#pragma once

#include "EscPosEncoder.h"
#include "TicketPrinter.h"

#include <QIODevice>

#include <functional>

namespace antre::kiosk {

// Raw ESC/POS to a thermal printer: a device node (/dev/usb/lp0) or a network printer (TCP 9100).
// Before printing it asks the printer about its paper where the link can answer.
class EscPosPrinter final : public TicketPrinter
{
    Q_DECLARE_TR_FUNCTIONS(EscPosPrinter)
public:
    // Opens the link for one ticket; the printer closes it when done.
    using Opener = std::function<Result<std::unique_ptr<QIODevice>>()>;

    EscPosPrinter(QString description, EscPosEncoder encoder, Opener opener, int timeoutMs, bool statusQuery);

    static std::unique_ptr<EscPosPrinter> forDevice(const QString& path, const KioskSettings& settings);
    static std::unique_ptr<EscPosPrinter> forNetwork(const QString& host, int port,
                                                     const KioskSettings& settings);

    Status print(const TicketContent& ticket) override;
    QString description() const override;

private:
    Status checkPaper(QIODevice& link);
    Status writeAll(QIODevice& link, const QByteArray& data);

    QString m_description;
    EscPosEncoder m_encoder;
    Opener m_opener;
    int m_timeoutMs;
    bool m_statusQuery;
};

} // namespace antre::kiosk
