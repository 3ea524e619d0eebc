#pragma once

#include <QString>

namespace antre {

// Argon2id through libsodium; only the encoded hash is ever stored.
class PinHasher final
{
public:
    static QString hash(const QString& pin);
    static bool verify(const QString& encodedHash, const QString& pin);
    static bool isWellFormedPin(const QString& pin); // 4–12 digits
};

} // namespace antre
