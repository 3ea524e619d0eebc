#pragma once

#include <QLoggingCategory>

namespace antre {

// "antre.display": what the lobby display tells the technician (audio state, data errors).
Q_DECLARE_LOGGING_CATEGORY(lcDisplay)

} // namespace antre
