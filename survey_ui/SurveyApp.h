#pragma once

#include <QCoreApplication>

class QApplication;

namespace antre {
class ChangeNotifier;
}

namespace antre::survey {

class BoothWatcher;
class SurveyWindow;

// Wires antre-survey together (options, the booth, its live updates, the window, the exit) so that main()
// stays a few lines.
class SurveyApp final
{
    Q_DECLARE_TR_FUNCTIONS(SurveyApp)
public:
    static int run(QApplication& app);
    // The live part: every change committed to the hall re-reads the booth, whose finished tickets the
    // window offers.
    static void connectLive(ChangeNotifier& changes, BoothWatcher& booth, SurveyWindow& window);
};

} // namespace antre::survey
