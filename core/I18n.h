#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTranslator;

namespace antre {

// Installs the compiled Indonesian translations (embedded as :/i18n/<module>_id.qm) for a program.
// Indonesian is the default language; English is the source text and needs no translator.
class I18n final
{
public:
    explicit I18n(QStringList modules);
    ~I18n();
    Q_DISABLE_COPY_MOVE(I18n)

    // "id" or "en". Installing sends QEvent::LanguageChange to every widget.
    bool setLanguage(const QString& language);
    QString language() const { return m_language; }
    static bool isSupported(const QString& language);

private:
    QStringList m_modules;
    QString m_language = QStringLiteral("en");
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace antre
