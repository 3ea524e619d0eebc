#include "supervisor_ui/ConfigEditor.h"

#include "core/ConfigIo.h"
#include "core/QueueService.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ConfigService.h"
#include "supervisor_ui/UiHelpers.h"
#include "ui_common/Style.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

// A code not used yet in a list, for a new entry ("NEW1", "NEW2", …).
template <typename T> QString freeCode(const QList<T>& list, const QString& stem)
{
    for (int n = 1;; ++n) {
        const QString code = stem + QString::number(n);
        if (std::none_of(list.begin(), list.end(), [&](const T& entry) { return entry.code == code; }))
            return code;
    }
}

QSet<QString> codesOf(const auto& list)
{
    QSet<QString> codes;
    for (const auto& entry : list)
        codes.insert(entry.code);
    return codes;
}

// Staff are not part of what this editor saves, so they are not compared.
bool sameConfig(const HallConfig& a, const HallConfig& b)
{
    return a.site == b.site && a.agencies == b.agencies && a.services == b.services &&
           a.counters == b.counters;
}

} // namespace

ConfigEditor::ConfigEditor(HallAccess& hall, QString actorId, QWidget* parent)
    : QWidget(parent), m_hall(hall), m_actorId(std::move(actorId)), m_tabs(new QTabWidget(this)),
      m_site(new SiteForm(m_draft)),
      m_save(ui::button(
          tr("Save and apply"), u"config.save"_s,
          tr("Check the whole configuration and, when it is valid, apply it to every kiosk and booth"),
          this)),
      m_revert(ui::button(tr("Discard changes"), u"config.revert"_s,
                          tr("Forget the changes and show the stored configuration"), this)),
      m_export(ui::button(tr("Export JSON…"), u"config.export"_s,
                          tr("Save the stored configuration as a configuration file (without PINs)"), this)),
      m_status(new QLabel(this)), m_summary(ui::errorLabel(u"config.problems"_s, this))
{
    setObjectName(u"config"_s);
    HallConfig& config = m_draft.config; // lives as long as this editor, like the pages
    m_agencies = new SectionPage(
        u"agencies"_s,
        {[&config] { return int(config.agencies.size()); },
         [&config](int i) -> QString { return config.agencies[i].code + u" — "_s + config.agencies[i].name; },
         [&config] {
             config.agencies.append({freeCode(config.agencies, u"AGENCY"_s), tr("New agency")});
             return int(config.agencies.size()) - 1;
         },
         [&config](int i) { config.agencies.removeAt(i); }},
        new AgencyForm(m_draft));
    m_services = new SectionPage(
        u"services"_s,
        {[&config] { return int(config.services.size()); },
         [&config](int i) -> QString {
             return config.services[i].prefix + u"  "_s + config.services[i].name + u" ("_s +
                    config.services[i].agency + u')';
         },
         [&config] {
             ServiceConfig service;
             service.code = freeCode(config.services, u"SERVICE"_s);
             service.name = tr("New service");
             service.agency = config.agencies.isEmpty() ? QString() : config.agencies.constFirst().code;
             for (int day = 1; day <= 5; ++day)
                 service.hours.insert(day, {TimeRange{QTime(8, 0), QTime(15, 0)}});
             config.services.append(service);
             return int(config.services.size()) - 1;
         },
         [this](int i) {
             m_draft.config.services.removeAt(i);
             m_draft.rawText.clear(); // typed texts are keyed by position, which has just shifted
         }},
        new ServiceForm(m_draft));
    m_counters =
        new SectionPage(u"counters"_s,
                        {[&config] { return int(config.counters.size()); },
                         [&config](int i) -> QString {
                             return config.counters[i].name + u" ("_s + config.counters[i].code + u')';
                         },
                         [&config] {
                             config.counters.append({freeCode(config.counters, u"L"_s), tr("New booth"), {}});
                             return int(config.counters.size()) - 1;
                         },
                         [&config](int i) { config.counters.removeAt(i); }},
                        new CounterForm(m_draft));

    auto* siteScroll = new QScrollArea(this);
    siteScroll->setWidget(m_site);
    siteScroll->setWidgetResizable(true);
    siteScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->setObjectName(u"config.tabs"_s);
    m_tabs->setAccessibleName(tr("Configuration sections"));
    m_tabs->addTab(siteScroll, {});
    m_tabs->addTab(m_agencies, {});
    m_tabs->addTab(m_services, {});
    m_tabs->addTab(m_counters, {});

    m_status->setObjectName(u"config.status"_s);
    m_status->setWordWrap(true);
    // Same padding in both states, so that the width does not change when the button is enabled.
    m_save->setStyleSheet(u"QPushButton { padding: 6px 18px; }"
                          u"QPushButton:enabled { background: %1; color: white; border-radius: 4px; }"_s.arg(
                              Style::primary().name()));
    auto* top = new QHBoxLayout;
    top->addWidget(ui::title(tr("Configuration"), u"config.title"_s, this));
    top->addStretch();
    top->addWidget(m_export);
    top->addWidget(m_revert);
    top->addWidget(m_save);

    auto* note =
        new QLabel(tr("Changes take effect on every kiosk, booth and display as soon as they are saved. "
                      "Removed entries stay in the history of past reports."),
                   this);
    note->setWordWrap(true);
    note->setStyleSheet(u"color: #555;"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_revert, &QPushButton::clicked, this, [this] { (void)reload(); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export configuration"),
                                                          QDir(folder).filePath(u"hall.json"_s),
                                                          tr("Configuration files (*.json)"));
        if (path.isEmpty())
            return;
        if (const Status written = exportJson(path); written.ok())
            ui::setNotice(m_status, tr("Saved %1").arg(QDir::toNativeSeparators(path)), true);
        else
            ui::setError(m_status, written.error().message);
    });
    connect(m_site, &ItemForm::edited, this, &ConfigEditor::onEdited);
    for (SectionPage* page : {m_agencies, m_services, m_counters})
        connect(page, &SectionPage::edited, this, &ConfigEditor::onEdited);
    connect(&m_hall.changes, &ChangeNotifier::changed, this, &ConfigEditor::onDatabaseChanged);
    (void)reload(); // a failure is shown in the editor
}

Status ConfigEditor::reload()
{
    auto loaded = m_hall.configs.load();
    if (!loaded.ok()) {
        ui::setError(m_summary, loaded.error().message);
        return loaded.error();
    }
    m_stored = loaded.value();
    m_stored.staff.clear(); // staff are saved through the staff page, one member at a time
    m_draft.config = m_stored;
    m_draft.storedAgencies = codesOf(m_stored.agencies);
    m_draft.storedServices = codesOf(m_stored.services);
    m_draft.storedCounters = codesOf(m_stored.counters);
    m_draft.rawText.clear();
    m_site->setIndex(0);
    m_agencies->reload();
    m_services->reload();
    m_counters->reload();
    showProblems({});
    ui::setNotice(m_status, {}, true);
    onEdited();
    return Done{};
}

bool ConfigEditor::isDirty() const
{
    return !sameConfig(m_draft.config, m_stored) || !m_draft.rawText.isEmpty();
}

void ConfigEditor::onEdited()
{
    m_save->setEnabled(isDirty());
    m_revert->setEnabled(isDirty());
    if (isDirty())
        ui::setNotice(m_status, tr("Unsaved changes."), false);
}

void ConfigEditor::onDatabaseChanged()
{
    // Another program (the CLI, another supervisor) may have imported a configuration. Take it over unless
    // the supervisor is in the middle of editing; engine.config() only re-reads when config_version moved.
    if (isDirty())
        return;
    auto current = m_hall.queue.config();
    if (!current.ok())
        return;
    if (!sameConfig(current.value(), m_stored))
        (void)reload();
}

Status ConfigEditor::exportJson(const QString& path)
{
    auto stored = m_hall.configs.load();
    if (!stored.ok())
        return stored.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ConfigIo::toJsonBytes(stored.value())) < 0 ||
        !file.commit())
        return makeError(ErrorKind::Internal, ErrorCode::ExportFailed,
                         tr("Could not write %1: %2").arg(path, file.errorString()));
    return Done{};
}

Status ConfigEditor::save()
{
    const ConfigProblems problems(ConfigIo::validate(m_draft.config));
    showProblems(problems);
    if (!problems.isEmpty()) {
        const Error error =
            makeError(ErrorKind::BadInput, ErrorCode::InvalidConfig,
                      tr("Nothing was saved: %n problem(s) to fix, marked next to the fields.", nullptr,
                         int(problems.size())));
        ui::setError(m_status, error.message);
        return error;
    }
    if (auto imported = m_hall.configs.import(m_draft.config, m_actorId); !imported.ok()) {
        ui::setError(m_status, imported.error().message);
        return imported.error();
    }
    const Status reloaded = reload();
    ui::setNotice(m_status, tr("Saved. Kiosks, booths and the display use the new configuration now."), true);
    return reloaded;
}

void ConfigEditor::showProblems(const ConfigProblems& problems)
{
    m_problems = problems;
    m_site->showProblems(problems);
    m_agencies->showProblems(problems);
    m_services->showProblems(problems);
    m_counters->showProblems(problems);
    QStringList outside;
    for (const auto& problem : problems.all())
        if (!ConfigProblems::isWithin(problem.path, u"site"_s) &&
            !ConfigProblems::isWithin(problem.path, u"agencies"_s) &&
            !ConfigProblems::isWithin(problem.path, u"services"_s) &&
            !ConfigProblems::isWithin(problem.path, u"counters"_s))
            outside << problem.path + u": "_s + problem.message;
    ui::setError(m_summary, outside.join(u'\n'));
    updateTabTitles();
}

void ConfigEditor::updateTabTitles()
{
    const auto title = [this](const QString& text, const QString& section) {
        const qsizetype count = m_problems.within(section).size();
        return count > 0 ? text + u" ⚠ "_s + QString::number(count) : text;
    };
    m_tabs->setTabText(0, title(tr("Site"), u"site"_s));
    m_tabs->setTabText(1, title(tr("Agencies"), u"agencies"_s));
    m_tabs->setTabText(2, title(tr("Services and hours"), u"services"_s));
    m_tabs->setTabText(3, title(tr("Booths"), u"counters"_s));
}

} // namespace antre
