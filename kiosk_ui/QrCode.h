#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

namespace antre::kiosk {

// A QR symbol from libqrencode: size × size modules, true = dark. Medium error correction, so a
// ticket stays readable with a crease or a thumbprint on it.
class QrCode final
{
public:
    static std::optional<QrCode> encode(const QString& text);

    int size() const;
    bool dark(int x, int y) const;
    // One pixel per module plus a 4-module quiet zone, scaled by `scale`.
    QImage toImage(int scale) const;

private:
    QrCode(int size, QByteArray modules);

    int m_size = 0;
    QByteArray m_modules; // row-major, one byte per module
};

} // namespace antre::kiosk
