#pragma once

#include "display_ui/Announcement.h"

#include <QString>
#include <QStringList>

namespace antre {

// Turns a call into what the hall hears: the site's phrase ("Nomor antrean {number}, silakan menuju
// {counter}") with the ticket number and the counter name read as Indonesian words.
class CallPhrase final
{
public:
    static QString defaultTemplate();
    // "Loket 3" → loket tiga; "Loket 12A" → loket dua belas a; "Gerai BPJS" → gerai be pe je es.
    static QStringList spokenWords(const QString& text);
    // An empty template means the default one.
    static Announcement build(const CallInfo& call, const QString& phraseTemplate, bool digitByDigit);
    // Every word any call at these counters could need, for checking a clip pack up front.
    static QStringList vocabulary(const QString& phraseTemplate, const QStringList& counterNames);
    static bool isPause(const QString& word);
};

} // namespace antre
