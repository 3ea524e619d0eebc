#include "ui_common/AppContext.h"

#include "core/Clock.h"
#include "core/I18n.h"
#include "core/QueueService.h"
#include "core/hall/Hall.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ConfigService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QScreen>
#include <QStandardPaths>
#include <QTimer>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace antre {

AppContext::AppContext(const QString& module, const QString& description)
    : m_module(module), m_parser(std::make_unique<QCommandLineParser>())
{
    m_parser->setApplicationDescription(description);
    m_parser->addHelpOption();
    m_parser->addOptions({
        {u"db"_s,
         tr("The hall's database: a file, or a PostgreSQL server as postgresql://HOST/DBNAME or service=NAME "
            "(default: $ANTRE_DB, else a file in the user's data folder)."),
         u"DB"_s},
        {u"lang"_s, tr("Language: id (default) or en."), u"LANG"_s, u"id"_s},
        {u"size"_s, tr("Window size, e.g. 1920x1080 (implies --windowed)."), u"WxH"_s},
        {u"screenshot"_s, tr("Render once, save a PNG to FILE and exit."), u"FILE"_s},
        {u"windowed"_s, tr("Run in a window instead of full screen.")},
        {u"tile"_s, tr("Run in a window in quarter N (1 to 4, left to right, top to bottom) of the screen."),
         u"N"_s},
    });
}

AppContext::~AppContext()
{
    // The hall holds a reference to the clock: it goes first.
    m_hall.reset();
}

QCommandLineParser& AppContext::parser()
{
    return *m_parser;
}

void AppContext::drawOffscreenWithoutScreen(int argc, const char* const* argv)
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
        !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return;
    const QStringList offscreen{u"-h"_s, u"--help"_s, u"--help-all"_s, u"-help"_s, u"--screenshot"_s};
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]).section(u'=', 0, 0);
        if (offscreen.contains(argument)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

int AppContext::exitCodeFor(const Error& error)
{
    return static_cast<int>(error.kind);
}

Status AppContext::open(const QStringList& arguments)
{
    if (!m_parser->parse(arguments))
        return makeError(ErrorKind::BadInput, ErrorCode::Usage, m_parser->errorText());
    if (m_parser->isSet(u"help"_s))
        m_parser->showHelp(0);

    m_i18n = std::make_unique<I18n>(QStringList{m_module} + m_extraModules);
    const QString lang = m_parser->value(u"lang"_s);
    if (!I18n::isSupported(lang))
        return makeError(ErrorKind::BadInput, ErrorCode::Usage,
                         tr("--lang: \"%1\" is not id or en").arg(lang));
    m_i18n->setLanguage(lang);

    if (m_parser->isSet(u"size"_s)) {
        const QStringList parts = m_parser->value(u"size"_s).split(u'x');
        const int w = parts.size() == 2 ? parts.at(0).toInt() : 0;
        const int h = parts.size() == 2 ? parts.at(1).toInt() : 0;
        if (w < 200 || h < 200 || w > 8000 || h > 8000)
            return makeError(
                ErrorKind::BadInput, ErrorCode::Usage,
                tr("--size: \"%1\" is not WIDTHxHEIGHT, e.g. 1920x1080").arg(m_parser->value(u"size"_s)));
        m_size = QSize(w, h);
        m_windowed = true;
    }
    if (m_parser->isSet(u"tile"_s)) {
        bool isNumber = false;
        m_tile = m_parser->value(u"tile"_s).toInt(&isNumber);
        if (!isNumber || m_tile < 1 || m_tile > 4)
            return makeError(
                ErrorKind::BadInput, ErrorCode::Usage,
                tr("--tile: \"%1\" is not a quarter of the screen, 1 to 4").arg(m_parser->value(u"tile"_s)));
        m_windowed = true;
    }
    m_windowed = m_windowed || m_parser->isSet(u"windowed"_s);
    m_screenshot = m_parser->value(u"screenshot"_s);

    m_dbPath = m_parser->value(u"db"_s);
    if (m_dbPath.isEmpty())
        m_dbPath = qEnvironmentVariable("ANTRE_DB");
    if (m_dbPath.isEmpty())
        m_dbPath =
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/antre/hall.db"_s;

    QString clockError;
    m_clock = clockFromEnvironment(true, &clockError);
    if (!m_clock)
        return makeError(ErrorKind::BadInput, ErrorCode::Usage, clockError);

    // A program started with a mistyped --db must not leave an empty database behind: halls are made
    // with antre init or antre demo, and the message says so. The supervisor is the exception: it sets a
    // new hall up itself (its first run).
    auto hall =
        Hall::open(m_dbPath, *m_clock, m_acceptNewHall ? Hall::IfMissing::Create : Hall::IfMissing::Fail);
    if (!hall.ok())
        return hall.error();
    m_hall = std::move(hall).value();
    const bool firstRun = m_acceptNewHall && !m_hall->services().configs.isInitialized();
    if (auto config = m_hall->services().queue.config(); !config.ok() && !firstRun)
        return config.error();
    m_hall->services().changes.start();
    return Done{};
}

HallServices& AppContext::services()
{
    return m_hall->services();
}
Clock& AppContext::clock()
{
    return *m_clock;
}
I18n& AppContext::i18n()
{
    return *m_i18n;
}

void AppContext::show(QWidget* window, int settleMs)
{
    if (m_tile > 0 && m_screenshot.isEmpty()) {
        // Four programs side by side on one desktop (./dev run): each takes a quarter of the free area.
        const QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
        const QRect area = screen ? screen->availableGeometry() : QRect(0, 0, 1920, 1080);
        const int w = area.width() / 2;
        const int h = area.height() / 2;
        const int index = m_tile - 1;
        window->setGeometry(area.x() + (index % 2) * w, area.y() + (index / 2) * h, w, h);
        window->show();
        return;
    }
    if (m_size.isValid())
        window->resize(m_size);
    if (m_windowed || !m_screenshot.isEmpty()) {
        if (!m_size.isValid())
            window->resize(1920, 1080);
        window->show();
    } else {
        window->showFullScreen();
    }
    if (m_screenshot.isEmpty())
        return;
    const QString path = m_screenshot;
    QTimer::singleShot(settleMs, window, [window, path] {
        const bool saved = saveScreenshot(window, path);
        if (!saved)
            qCritical("could not save screenshot to %s", qPrintable(path));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

bool saveScreenshot(QWidget* widget, const QString& path)
{
    const QFileInfo info(path);
    QDir().mkpath(info.absolutePath());
    return widget->grab().save(path, "PNG");
}

} // namespace antre
