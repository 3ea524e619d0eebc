// antre-bench-window: the baseline for the GUI start figures. An empty Qt Widgets window that goes through
// the same steps as the Antre programs with --screenshot: show, settle 400 ms, save a PNG, exit.
#include <QApplication>
#include <QTimer>
#include <QWidget>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--screenshot"));
    const QString path = at >= 0 ? args.value(at + 1) : QString();
    QWidget window;
    window.resize(1920, 1080);
    window.show();
    if (path.isEmpty())
        return QApplication::exec();
    QTimer::singleShot(400, &window,
                       [&window, path] { QApplication::exit(window.grab().save(path, "PNG") ? 0 : 1); });
    return QApplication::exec();
}
