#include "counter_ui/BoothMemory.h"

#include "core/storage/PostgresDialect.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace antre {

BoothMemory::BoothMemory(QString filePath) : m_path(std::move(filePath)) {}

QString BoothMemory::defaultPath(const QString& databasePath)
{
    if (PostgresDialect::isPostgresLocation(databasePath)) {
        // No folder of its own: a file per hall in the user's config folder, named readably after the
        // location (what a file name may hold, cut short) and told apart by a hash of all of it.
        constexpr qsizetype kReadable = 48;
        QString readable;
        for (const QChar c : databasePath.trimmed()) {
            const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                               (c >= u'0' && c <= u'9') || c == u'-' || c == u'.';
            if (plain)
                readable += c;
            else if (!readable.endsWith(u'_'))
                readable += u'_';
            if (readable.size() >= kReadable)
                break;
        }
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(databasePath.trimmed().toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(12));
        return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/antre/"_s +
               readable + u'-' + hash + u".counter.ini"_s;
    }
    const QFileInfo db(databasePath);
    return db.absolutePath() + u'/' + db.fileName() + u".counter.ini"_s;
}

QString BoothMemory::staffId() const
{
    if (m_path.isEmpty())
        return {};
    return QSettings(m_path, QSettings::IniFormat).value(u"booth/staff"_s).toString();
}

QString BoothMemory::counterCode() const
{
    if (m_path.isEmpty())
        return {};
    return QSettings(m_path, QSettings::IniFormat).value(u"booth/counter"_s).toString();
}

void BoothMemory::remember(const QString& staffId, const QString& counterCode)
{
    if (m_path.isEmpty())
        return;
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(u"booth/staff"_s, staffId);
    settings.setValue(u"booth/counter"_s, counterCode);
    // Written now: the point of the file is to survive a crash.
    settings.sync();
}

void BoothMemory::forgetCounter()
{
    if (m_path.isEmpty())
        return;
    QSettings settings(m_path, QSettings::IniFormat);
    settings.remove(u"booth/counter"_s);
    settings.sync();
}

} // namespace antre
