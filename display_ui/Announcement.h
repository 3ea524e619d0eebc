#pragma once

#include "core/QueueService.h"

#include <QString>
#include <QStringList>

namespace antre {

// One spoken call. A clip pack plays `words` one file each; a speech engine reads `text`.
struct Announcement
{
    CallInfo call;
    // Lower-case words in speaking order; "," and "." stand for a short and a long pause.
    QStringList words;
    QString text;
};

} // namespace antre
