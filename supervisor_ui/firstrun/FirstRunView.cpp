#include "supervisor_ui/firstrun/FirstRunView.h"

#include "core/ConfigIo.h"
#include "core/ErrorCode.h"
#include "core/services/ConfigService.h"
#include "supervisor_ui/UiHelpers.h"
#include "ui_common/Style.h"

#include <QFileDialog>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QThread>
#include <QVBoxLayout>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace antre {

FirstRunView::FirstRunView(ConfigService& configs, QString location, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_configs(configs), m_location(std::move(location)), m_clock(clock),
      m_pages(new QStackedWidget), m_wizard(new FirstRunWizard(configs))
{
    m_demoOptions.historyDays = 7;
    setObjectName(u"firstrun"_s);
    auto* card = new QFrame(this);
    card->setObjectName(u"firstrun.card"_s);
    card->setFixedWidth(720);
    card->setStyleSheet(
        u"#firstrun\\.card { background: %1; border-radius: 8px; }"_s.arg(Style::surface().name()));
    m_pages->setParent(card);
    m_wizard->setParent(m_pages);
    m_pages->addWidget(buildChoice());
    m_pages->addWidget(m_wizard);

    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(40, 32, 40, 32);
    cardLayout->addWidget(m_pages);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch();
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch();

    connect(m_wizard, &FirstRunWizard::created, this, &FirstRunView::hallReady);
    connect(m_wizard, &FirstRunWizard::cancelled, this, [this] { showStep(std::nullopt); });
}

FirstRunView::~FirstRunView()
{
    // A window closed while the demo is made: the work has no way to stop midway, so it is waited for.
    if (m_worker)
        m_worker->wait();
}

QWidget* FirstRunView::buildChoice()
{
    auto* page = new QWidget;
    page->setObjectName(u"firstrun.choice"_s);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(ui::title(tr("Welcome to Antre"), u"firstrun.welcome"_s, page));
    auto* intro = new QLabel(tr("This hall has no configuration yet. Choose how to begin; everything can be "
                                "changed later under Configuration and Staff."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    struct Way
    {
        QString name;
        QString text;
        QString detail;
    };
    const QList<Way> ways{
        {u"firstrun.import"_s, tr("Import a hall file…"),
         tr("A configuration file (JSON) of this hall, e.g. exported from another PC")},
        {u"firstrun.demo"_s, tr("Start from the demo hall"),
         tr("MPP Kota Serang with its agencies, services, booths and staff, and a simulated week of visits, "
            "surveys and complaints")},
        {u"firstrun.wizard"_s, tr("Set up a new hall step by step"),
         tr("The hall's name and time zone, a first agency, service and booth, and the first administrator")},
    };
    for (const Way& way : ways) {
        auto* button = ui::button(way.text, way.name, way.detail, page);
        button->setMinimumHeight(56);
        QFont font = button->font();
        font.setPointSize(14);
        button->setFont(font);
        auto* detail = new QLabel(way.detail, page);
        detail->setObjectName(way.name + u".detail"_s);
        detail->setWordWrap(true);
        detail->setStyleSheet(u"color: %1;"_s.arg(Style::muted().name()));
        layout->addSpacing(6);
        layout->addWidget(button);
        layout->addWidget(detail);
        m_ways << button;
    }
    m_busy = new QLabel(page);
    m_busy->setObjectName(u"firstrun.busy"_s);
    m_busy->setWordWrap(true);
    QFont busyFont = m_busy->font();
    busyFont.setBold(true);
    m_busy->setFont(busyFont);
    m_busy->hide();
    layout->addWidget(m_busy);
    m_problem = ui::errorLabel(u"firstrun.problem"_s, page);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problem);

    connect(page->findChild<QPushButton*>(u"firstrun.import"_s), &QPushButton::clicked, this,
            &FirstRunView::chooseFile);
    connect(page->findChild<QPushButton*>(u"firstrun.demo"_s), &QPushButton::clicked, this,
            [this] { startDemo(); });
    connect(page->findChild<QPushButton*>(u"firstrun.wizard"_s), &QPushButton::clicked, this,
            [this] { showStep(FirstRunWizard::Step::Hall); });
    return page;
}

void FirstRunView::showStep(std::optional<FirstRunWizard::Step> step)
{
    if (!step) {
        m_pages->setCurrentIndex(0);
        return;
    }
    m_pages->setCurrentWidget(m_wizard);
    m_wizard->showStep(*step);
}

void FirstRunView::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a hall file"), {},
                                                      tr("Hall configuration (*.json);;All files (*)"));
    if (!path.isEmpty())
        (void)importFile(path);
}

Status FirstRunView::importFile(const QString& path)
{
    auto read = ConfigIo::readFile(path);
    if (read.ok()) {
        if (auto imported = m_configs.import(read.value()); imported.ok()) {
            ui::setError(m_problem, {});
            Q_EMIT hallReady({});
            return Done{};
        } else {
            read = imported.error();
        }
    }
    ui::setError(m_problem, tr("The file could not be imported:\n%1").arg(read.error().message));
    return read.error();
}

void FirstRunView::startDemo()
{
    if (m_worker)
        return;
    ui::setError(m_problem, {});
    DemoHallOptions options = m_demoOptions;
    // Reported on the worker's thread, shown on this one; pending reports die with the view.
    options.progress = [this](const DemoHallProgress& progress) {
        QMetaObject::invokeMethod(
            this, [this, progress] { showProgress(progress); }, Qt::QueuedConnection);
    };
    auto made = std::make_shared<std::optional<Result<DemoHallResult>>>();
    m_worker = QThread::create([location = m_location, clock = &m_clock, options, made] {
        made->emplace(DemoHall::create(location, *clock, options));
    });
    m_worker->setParent(this);
    m_worker->setObjectName(u"firstrun.demo.worker"_s);
    connect(m_worker, &QThread::finished, this, [this, made] {
        m_worker->deleteLater();
        m_worker = nullptr;
        finishDemo(made->value_or(
            Result<DemoHallResult>(makeError(ErrorKind::Internal, ErrorCode::Simulation,
                                             tr("the demo hall's thread ended without a result")))));
    });
    showProgress({});
    setBusy(true);
    m_worker->start();
}

void FirstRunView::showProgress(const DemoHallProgress& progress)
{
    switch (progress.step) {
    case DemoHallProgress::Step::Pins:
        m_busy->setText(progress.total > 0
                            ? tr("Preparing the demo hall: securing the staff's PINs (%1 of %2)…")
                                  .arg(progress.done)
                                  .arg(progress.total)
                            : tr("Preparing the demo hall: securing the staff's PINs…"));
        break;
    case DemoHallProgress::Step::History:
        m_busy->setText(tr("Preparing the demo hall: simulating its history, %1 of %2 days done…")
                            .arg(progress.done)
                            .arg(progress.total));
        break;
    case DemoHallProgress::Step::Morning:
        m_busy->setText(tr("Preparing the demo hall: playing this morning…"));
        break;
    }
}

void FirstRunView::finishDemo(const Result<DemoHallResult>& made)
{
    setBusy(false);
    if (!made.ok()) {
        // The hall may be set up by now (the configuration is in, the history failed): the program then
        // opens its sign-in next time; the message says what went wrong.
        ui::setError(m_problem, tr("The demo hall could not be made:\n%1").arg(made.error().message));
        return;
    }
    Q_EMIT demoReady(made.value().supervisorId, made.value().firstDay, made.value().lastDay);
}

void FirstRunView::setBusy(bool busy)
{
    for (QPushButton* way : std::as_const(m_ways))
        way->setEnabled(!busy);
    m_busy->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

} // namespace antre
