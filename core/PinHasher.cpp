#include "core/PinHasher.h"

#include <QRegularExpression>

#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

QString PinHasher::hash(const QString& pin)
{
    if (!sodiumReady())
        return {};
    const QByteArray secret = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    // Interactive limits: a login stays well under a second on a booth PC, and 5 guesses then lock.
    if (crypto_pwhash_str_alg(out, secret.constData(), static_cast<unsigned long long>(secret.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PinHasher::verify(const QString& encodedHash, const QString& pin)
{
    if (!sodiumReady() || encodedHash.isEmpty())
        return false;
    const QByteArray stored = encodedHash.toLatin1();
    const QByteArray secret = pin.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), secret.constData(),
                                    static_cast<unsigned long long>(secret.size())) == 0;
}

bool PinHasher::isWellFormedPin(const QString& pin)
{
    static const QRegularExpression digits(u"^[0-9]{4,12}$"_s);
    return digits.match(pin).hasMatch();
}

} // namespace antre
