#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>

class QApplication;

namespace antre::kiosk {

// Wires the kiosk program together (options, settings, printer, window, live updates, exit) so that
// main() stays a few lines.
class KioskApp final
{
    Q_DECLARE_TR_FUNCTIONS(KioskApp)
public:
    static int run(QApplication& app, QElapsedTimer sinceMain);
};

} // namespace antre::kiosk
