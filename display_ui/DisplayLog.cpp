#include "display_ui/DisplayLog.h"

namespace antre {

Q_LOGGING_CATEGORY(lcDisplay, "antre.display", QtInfoMsg)

} // namespace antre
