#include "supervisor_ui/firstrun/FirstRunView.h"

#include "core/ConfigIo.h"
#include "core/ErrorCode.h"
#include "core/services/ConfigService.h"
#include "supervisor_ui/UiHelpers.h"
#include "ui_common/PageStack.h"
#include "ui_common/Style.h"

#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
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
      m_pages(new ui::PageStack), m_wizard(new FirstRunWizard(configs))
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

    // The card sits in a row of its own rather than in the column with an alignment: a column asks an aligned
    // item its height for the column's width, not the card's, and the wrapped texts then got too little
    // room (the Cancel button was cut off).
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(card);
    row->addStretch();
    auto* outer = new QVBoxLayout(this);
    outer->addStretch();
    outer->addLayout(row);
    outer->addStretch();

    connect(m_wizard, &FirstRunWizard::created, this, &FirstRunView::hallReady);
    connect(m_wizard, &FirstRunWizard::cancelled, this, [this] { showStep(std::nullopt); });
    connect(this, &FirstRunView::demoProgressed, this, &FirstRunView::showProgress, Qt::QueuedConnection);
}

FirstRunView::~FirstRunView()
{
    // A window closed while the demo is made: the work is stopped (it empties the hall again) and waited
    // for, since it uses this view's clock.
    if (m_worker) {
        m_cancellation.cancel();
        m_worker->wait();
    }
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
    m_cancel = ui::button(tr("Cancel"), u"firstrun.demo.cancel"_s,
                          tr("Stop making the demo hall and choose again"), page);
    m_cancel->hide();
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    connect(m_cancel, &QPushButton::clicked, this, &FirstRunView::cancelDemo);
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
        auto imported = m_configs.import(read.value());
        if (imported.ok()) {
            ui::setError(m_problem, {});
            Q_EMIT hallReady({});
            return Done{};
        }
        read = imported.error();
    }
    ui::setError(m_problem, tr("The file could not be imported:\n%1").arg(read.error().message));
    return read.error();
}

void FirstRunView::startDemo()
{
    if (m_worker)
        return;
    ui::setError(m_problem, {});
    m_cancellation = Cancellation();
    DemoHallOptions options = m_demoOptions;
    options.cancellation = m_cancellation;
    // Reported on the worker's thread, shown on this one (a queued connection, made in the constructor);
    // pending reports die with the view. A signal rather than QMetaObject::invokeMethod with a functor, whose
    // slot object clang-analyzer takes for a leak (cplusplus.NewDeleteLeaks: it cannot see Qt release it).
    options.progress = [this](const DemoHallProgress& progress) { Q_EMIT demoProgressed(progress); };
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

void FirstRunView::cancelDemo()
{
    if (!m_worker || m_cancellation.isCancelled())
        return;
    m_cancellation.cancel();
    m_cancel->setEnabled(false);
    m_busy->setText(tr("Stopping: the demo hall made so far is being removed…"));
}

void FirstRunView::showProgress(const DemoHallProgress& progress)
{
    // Reports queued before the stop was asked must not hide that it was.
    if (m_cancellation.isCancelled())
        return;
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
    if (!made.ok() && made.error().code == ErrorCode::Cancelled) {
        showStep(std::nullopt);
        ui::setError(m_problem, {});
        return;
    }
    if (!made.ok()) {
        // DemoHall emptied the hall again (or says why it could not): the three ways stay on offer.
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
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

} // namespace antre
