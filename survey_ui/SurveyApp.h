#pragma once

#include <QCoreApplication>

class QApplication;

namespace antre::survey {

// Wires antre-survey together (options, the booth, its live updates, the window, the exit) so that main()
// stays a few lines.
class SurveyApp final
{
    Q_DECLARE_TR_FUNCTIONS(SurveyApp)
public:
    static int run(QApplication& app);
};

} // namespace antre::survey
