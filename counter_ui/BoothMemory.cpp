#include "counter_ui/BoothMemory.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace antre {

BoothMemory::BoothMemory(QString filePath) : m_path(std::move(filePath)) {}

QString BoothMemory::defaultPath(const QString& databasePath)
{
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
