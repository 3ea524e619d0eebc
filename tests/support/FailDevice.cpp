#include "tests/support/FailDevice.h"

using namespace Qt::Literals::StringLiterals;

namespace antre::test {

FailDevice::FailDevice(qint64 failAfterBytes, QObject* parent)
    : QIODevice(parent), m_failAfter(failAfterBytes)
{}

qint64 FailDevice::readData(char*, qint64)
{
    return -1;
}

qint64 FailDevice::writeData(const char* data, qint64 size)
{
    const qint64 room = m_failAfter - m_written.size();
    if (room <= 0) {
        setErrorString(u"device unplugged"_s);
        return -1;
    }
    const qint64 accepted = qMin(room, size);
    m_written.append(data, accepted);
    return accepted;
}

} // namespace antre::test
