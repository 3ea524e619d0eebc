#pragma once

#include <QIODevice>

namespace antre::test {

// A device that accepts a set number of bytes, then fails every write (like an unplugged printer).
// Modelled on KeePassXC's tests/FailDevice.
class FailDevice final : public QIODevice
{
public:
    explicit FailDevice(qint64 failAfterBytes, QObject* parent = nullptr);
    QByteArray written() const { return m_written; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    qint64 m_failAfter;
    QByteArray m_written;
};

} // namespace antre::test
