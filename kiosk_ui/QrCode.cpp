#include "kiosk_ui/QrCode.h"

#include <QPainter>
#include <qrencode.h>

#include <memory>

namespace antre::kiosk {

namespace {
constexpr int kQuietZone = 4;
}

QrCode::QrCode(int size, QByteArray modules) : m_size(size), m_modules(std::move(modules)) {}

std::optional<QrCode> QrCode::encode(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return std::nullopt;
    QByteArray modules(code->width * code->width, 0);
    for (int i = 0; i < modules.size(); ++i)
        modules[i] = char(code->data[i] & 1); // bit 0 is the module colour; the others are metadata
    return QrCode(code->width, modules);
}

bool QrCode::dark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(y * m_size + x) != 0;
}

QImage QrCode::toImage(int scale) const
{
    const int side = (m_size + 2 * kQuietZone) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (dark(x, y))
                painter.fillRect((x + kQuietZone) * scale, (y + kQuietZone) * scale, scale, scale, Qt::black);
    return image;
}

int QrCode::size() const
{
    return m_size;
}

} // namespace antre::kiosk
