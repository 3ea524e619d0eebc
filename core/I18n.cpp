#include "core/I18n.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace antre {

I18n::I18n(QStringList modules) : m_modules(std::move(modules))
{
    if (!m_modules.contains(u"core"_s))
        m_modules.prepend(u"core"_s);
}

I18n::~I18n()
{
    for (const auto& translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
}

bool I18n::isSupported(const QString& language)
{
    return language == u"id" || language == u"en";
}

bool I18n::setLanguage(const QString& language)
{
    if (!isSupported(language))
        return false;
    for (const auto& translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    m_translators.clear();
    bool ok = true;
    if (language == u"id") {
        for (const auto& module : m_modules) {
            auto translator = std::make_unique<QTranslator>();
            if (!translator->load(u":/i18n/%1_id.qm"_s.arg(module))) {
                ok = false;
                continue;
            }
            QCoreApplication::installTranslator(translator.get());
            m_translators.push_back(std::move(translator));
        }
    }
    m_language = language;
    return ok;
}

} // namespace antre
