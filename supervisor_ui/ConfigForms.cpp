#include "supervisor_ui/ConfigForms.h"

#include "core/ConfigIo.h"
#include "supervisor_ui/UiHelpers.h"
#include "ui_common/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

QString joinRanges(const QList<TimeRange>& ranges)
{
    QStringList parts;
    for (const auto& range : ranges)
        parts << ConfigIo::formatRange(range);
    return parts.join(u", "_s);
}

QString joinDates(const QList<QDate>& dates)
{
    QStringList parts;
    for (const auto& date : dates)
        parts << date.toString(Qt::ISODate);
    return parts.join(u", "_s);
}

void setText(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text)
        edit->setText(text);
}

} // namespace

void FieldErrors::add(const QString& field, QLabel* label)
{
    m_fields.append({field, label});
}

QStringList FieldErrors::show(const QList<ConfigProblem>& problems, const QString& itemPath)
{
    QHash<QLabel*, QStringList> messages;
    QStringList unmatched;
    for (const auto& problem : problems) {
        const QString rest = ConfigProblems::relative(problem.path, itemPath);
        QLabel* target = nullptr;
        for (const auto& [field, label] : m_fields)
            if (!rest.isEmpty() && ConfigProblems::isWithin(rest, field))
                target = label;
        if (target)
            messages[target] << problem.message;
        else
            unmatched << (rest.isEmpty() ? problem.message : rest + u": "_s + problem.message);
    }
    for (const auto& [field, label] : m_fields)
        ui::setError(label, messages.value(label).join(u'\n'));
    return unmatched;
}

void FieldErrors::clear()
{
    for (const auto& [field, label] : m_fields)
        ui::setError(label, {});
}

ItemForm::ItemForm(ConfigDraft& draft, const QString& section, QWidget* parent)
    : QWidget(parent), m_draft(draft), m_section(section), m_form(new QFormLayout),
      m_general(ui::errorLabel(u"config."_s + section + u".error"_s, this))
{
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setVerticalSpacing(8);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Long lines are hard to read: the form stays at most ~1000 pixels wide.
    auto* column = new QWidget(this);
    column->setMaximumWidth(1000);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_general);
    columnLayout->addLayout(m_form);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(column);
    layout->addStretch();
}

QString ItemForm::itemPath() const
{
    return m_section == u"site" ? m_section : m_section + u'[' + QString::number(m_index) + u']';
}

void ItemForm::setIndex(int index)
{
    m_index = index;
    m_loading = true;
    load();
    m_loading = false;
    setEnabled(index >= 0 || m_section == u"site");
}

void ItemForm::changed()
{
    if (!m_loading)
        Q_EMIT edited();
}

void ItemForm::addField(const QString& key, const QString& label, QWidget* editor, const QString& description)
{
    const QString name = u"config."_s + m_section + u'.' + key;
    ui::describe(editor, name, label, description);
    editor->setToolTip(description);
    editor->setMinimumHeight(qMax(editor->minimumHeight(), 36));
    auto* error = ui::errorLabel(name + u".error"_s, this);
    // One line per problem; a word-wrapped label would make the form reserve room it does not use.
    error->setWordWrap(false);
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    layout->addWidget(error);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(editor);
    caption->setMinimumHeight(36);
    m_form->addRow(caption, box);
    m_errors.add(key, error);
}

void ItemForm::addSection(const QString& title)
{
    auto* label = new QLabel(title, this);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSize(12);
    label->setFont(font);
    label->setStyleSheet(u"color: %1; padding-top: 10px;"_s.arg(Style::primary().name()));
    m_form->addRow(label);
}

void ItemForm::showProblems(const ConfigProblems& problems)
{
    if (m_index < 0 && m_section != u"site") {
        m_errors.clear();
        ui::setError(m_general, {});
        return;
    }
    const QStringList rest = m_errors.show(problems.within(itemPath()), itemPath());
    ui::setError(m_general, rest.join(u'\n'));
}

// Site ----------------------------------------------------------------------------------------------------

SiteForm::SiteForm(ConfigDraft& draft, QWidget* parent)
    : ItemForm(draft, u"site"_s, parent), m_name(new QLineEdit(this)), m_timezone(new QComboBox(this)),
      m_priorityRun(new QSpinBox(this)), m_footer(new QLineEdit(this)),
      m_runningText(new QPlainTextEdit(this)), m_callPhrase(new QLineEdit(this))
{
    m_timezone->setEditable(true);
    m_timezone->addItems({u"Asia/Jakarta"_s, u"Asia/Pontianak"_s, u"Asia/Makassar"_s, u"Asia/Jayapura"_s});
    m_priorityRun->setRange(0, 20);
    m_runningText->setFixedHeight(90);
    m_runningText->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    addField(u"name"_s, tr("Hall name"), m_name, tr("Shown on tickets, the lobby display and reports"));
    addField(u"timezone"_s, tr("Time zone"), m_timezone,
             tr("WIB Asia/Jakarta or Asia/Pontianak, WITA Asia/Makassar, WIT Asia/Jayapura"));
    addField(u"priority_run_limit"_s, tr("Priority tickets in a row"), m_priorityRun,
             tr("At most this many priority tickets are called in a row while regular tickets wait"));
    addField(u"ticket_footer"_s, tr("Ticket footer"), m_footer, tr("Printed under every ticket"));
    addField(u"running_text"_s, tr("Running text"), m_runningText, tr("The ticker on the lobby display"));
    addField(u"call_phrase"_s, tr("Call phrase"), m_callPhrase,
             tr("Spoken call; {number} and {counter} are replaced. Empty: the standard Indonesian phrase"));

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_draft.config.site.name = text;
        changed();
    });
    connect(m_timezone, &QComboBox::currentTextChanged, this, [this](const QString& text) {
        if (loading())
            return;
        m_draft.config.site.timezone = text.trimmed();
        changed();
    });
    connect(m_priorityRun, &QSpinBox::valueChanged, this, [this](int value) {
        if (loading())
            return;
        m_draft.config.site.priorityRunLimit = value;
        changed();
    });
    connect(m_footer, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_draft.config.site.ticketFooter = text;
        changed();
    });
    connect(m_runningText, &QPlainTextEdit::textChanged, this, [this] {
        if (loading())
            return;
        m_draft.config.site.runningText = m_runningText->toPlainText();
        changed();
    });
    connect(m_callPhrase, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_draft.config.site.callPhrase = text;
        changed();
    });
}

void SiteForm::load()
{
    const SiteConfig& site = m_draft.config.site;
    setText(m_name, site.name);
    m_timezone->setCurrentText(site.timezone);
    m_priorityRun->setValue(site.priorityRunLimit);
    setText(m_footer, site.ticketFooter);
    if (m_runningText->toPlainText() != site.runningText)
        m_runningText->setPlainText(site.runningText);
    setText(m_callPhrase, site.callPhrase);
}

// Agency --------------------------------------------------------------------------------------------------

AgencyForm::AgencyForm(ConfigDraft& draft, QWidget* parent)
    : ItemForm(draft, u"agencies"_s, parent), m_code(new QLineEdit(this)), m_name(new QLineEdit(this))
{
    addField(u"code"_s, tr("Code"), m_code, tr("Short code, e.g. DUKCAPIL; cannot change once saved"));
    addField(u"name"_s, tr("Name"), m_name, tr("Full name of the agency"));
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString& text) {
        item().code = text.trimmed();
        changed();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        item().name = text;
        changed();
    });
}

AgencyConfig& AgencyForm::item()
{
    return m_draft.config.agencies[index()];
}

void AgencyForm::load()
{
    if (index() < 0 || index() >= m_draft.config.agencies.size()) {
        m_code->clear();
        m_name->clear();
        return;
    }
    setText(m_code, item().code);
    setText(m_name, item().name);
    m_code->setReadOnly(m_draft.storedAgencies.contains(item().code));
}

// Service -------------------------------------------------------------------------------------------------

ServiceForm::ServiceForm(ConfigDraft& draft, QWidget* parent)
    : ItemForm(draft, u"services"_s, parent), m_code(new QLineEdit(this)), m_agency(new QComboBox(this)),
      m_name(new QLineEdit(this)), m_prefix(new QLineEdit(this)), m_quota(new QSpinBox(this)),
      m_target(new QSpinBox(this)), m_cutoff(new QSpinBox(this)), m_closedDates(new QLineEdit(this)),
      m_overrides(new QLabel(this)), m_requirements(new QPlainTextEdit(this)), m_fee(new QLineEdit(this)),
      m_duration(new QLineEdit(this))
{
    m_quota->setRange(0, 100000);
    m_quota->setSpecialValueText(tr("No limit"));
    m_target->setRange(0, 600);
    m_target->setSuffix(tr(" min"));
    m_cutoff->setRange(0, 240);
    m_cutoff->setSuffix(tr(" min"));
    m_prefix->setMaxLength(5);
    m_requirements->setFixedHeight(96);
    m_requirements->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_overrides->setWordWrap(true);

    addSection(tr("Service"));
    addField(u"code"_s, tr("Code"), m_code, tr("Short code, e.g. KTP; cannot change once saved"));
    addField(u"agency"_s, tr("Agency"), m_agency, tr("The agency that runs this service"));
    addField(u"name"_s, tr("Name"), m_name, tr("Name shown on the kiosk and the ticket"));
    addField(u"prefix"_s, tr("Ticket prefix"), m_prefix,
             tr("1 to 3 letters before the number, e.g. A for A-001"));
    addField(u"daily_quota"_s, tr("Daily quota"), m_quota, tr("Tickets per day; 0 for no limit"));
    addField(u"target_wait_min"_s, tr("Target wait"), m_target,
             tr("Minutes a citizen should wait at most; the dashboard turns red beyond it"));
    addField(u"cutoff_min"_s, tr("Stop issuing before closing"), m_cutoff,
             tr("Minutes before the end of each opening range when the kiosk stops issuing tickets"));
    addSection(tr("Opening hours (e.g. 08:00-12:00, 13:00-15:30; empty = closed)"));
    for (int day = 1; day <= 7; ++day) {
        auto* edit = new QLineEdit(this);
        edit->setPlaceholderText(tr("closed"));
        m_hours << edit;
        addField(u"hours."_s + ConfigIo::weekdayKey(day), Labels::weekday(day), edit,
                 tr("Opening hours on %1, HH:MM-HH:MM separated by commas").arg(Labels::weekday(day)));
        connect(edit, &QLineEdit::textEdited, this,
                [this, day](const QString& text) { storeHours(day, text); });
    }
    m_closedDates->setPlaceholderText(tr("YYYY-MM-DD, YYYY-MM-DD"));
    addField(u"closed_dates"_s, tr("Closed dates"), m_closedDates,
             tr("Holidays and other dates without service, YYYY-MM-DD separated by commas"));
    addField(u"overrides"_s, tr("Special hours"), m_overrides,
             tr("Periods with other hours (e.g. Ramadan); edited in the configuration file"));
    addSection(tr("Service standard"));
    addField(u"standard.requirements"_s, tr("Requirements"), m_requirements, tr("One requirement per line"));
    addField(u"standard.fee"_s, tr("Fee"), m_fee, tr("e.g. Free"));
    addField(u"standard.duration"_s, tr("Processing time"), m_duration, tr("e.g. 1 working day"));

    connect(m_code, &QLineEdit::textEdited, this, [this](const QString& text) {
        item().code = text.trimmed();
        changed();
    });
    connect(m_agency, &QComboBox::activated, this, [this] {
        item().agency = m_agency->currentData().toString();
        changed();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        item().name = text;
        changed();
    });
    connect(m_prefix, &QLineEdit::textEdited, this, [this](const QString& text) {
        item().prefix = text.trimmed().toUpper();
        changed();
    });
    connect(m_quota, &QSpinBox::valueChanged, this, [this](int value) {
        if (loading())
            return;
        item().dailyQuota = value > 0 ? std::optional<int>(value) : std::nullopt;
        changed();
    });
    connect(m_target, &QSpinBox::valueChanged, this, [this](int value) {
        if (loading())
            return;
        item().targetWaitMin = value;
        changed();
    });
    connect(m_cutoff, &QSpinBox::valueChanged, this, [this](int value) {
        if (loading())
            return;
        item().cutoffMin = value;
        changed();
    });
    connect(m_closedDates, &QLineEdit::textEdited, this, &ServiceForm::storeClosedDates);
    connect(m_requirements, &QPlainTextEdit::textChanged, this, [this] {
        if (loading())
            return;
        QStringList lines;
        for (const auto& line : m_requirements->toPlainText().split(u'\n'))
            if (!line.trimmed().isEmpty())
                lines << line.trimmed();
        item().standard.requirements = lines;
        changed();
    });
    connect(m_fee, &QLineEdit::textEdited, this, [this](const QString& text) {
        item().standard.fee = text;
        changed();
    });
    connect(m_duration, &QLineEdit::textEdited, this, [this](const QString& text) {
        item().standard.duration = text;
        changed();
    });
}

ServiceConfig& ServiceForm::item()
{
    return m_draft.config.services[index()];
}

void ServiceForm::storeHours(int weekday, const QString& text)
{
    const QString key = itemPath() + u".hours."_s + ConfigIo::weekdayKey(weekday);
    QList<TimeRange> ranges;
    bool readable = true;
    static const QRegularExpression separators(u"[,;]"_s);
    for (QString piece : text.split(separators, Qt::SkipEmptyParts)) {
        // "08.00-12.00" is how times are written in Indonesia; the file format wants "08:00-12:00".
        piece = piece.trimmed().replace(u'.', u':');
        if (const auto range = ConfigIo::parseRange(piece)) {
            ranges << *range;
        } else {
            ranges << TimeRange{}; // the validator reports it at this position
            readable = false;
        }
    }
    if (ranges.isEmpty())
        item().hours.remove(weekday);
    else
        item().hours.insert(weekday, ranges);
    if (readable)
        m_draft.rawText.remove(key);
    else
        m_draft.rawText.insert(key, text);
    changed();
}

void ServiceForm::storeClosedDates(const QString& text)
{
    const QString key = itemPath() + u".closed_dates"_s;
    QList<QDate> dates;
    bool readable = true;
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    for (const auto& piece : text.split(separators, Qt::SkipEmptyParts)) {
        const QDate date = QDate::fromString(piece, Qt::ISODate);
        dates << date; // an invalid date is reported by the validator at this position
        readable = readable && date.isValid();
    }
    item().closedDates = dates;
    if (readable)
        m_draft.rawText.remove(key);
    else
        m_draft.rawText.insert(key, text);
    changed();
}

void ServiceForm::load()
{
    m_agency->clear();
    for (const auto& agency : m_draft.config.agencies)
        m_agency->addItem(agency.code + u" — "_s + agency.name, agency.code);
    if (index() < 0 || index() >= m_draft.config.services.size()) {
        for (QLineEdit* edit : {m_code, m_name, m_prefix, m_closedDates, m_fee, m_duration})
            edit->clear();
        for (QLineEdit* edit : std::as_const(m_hours))
            edit->clear();
        return;
    }
    const ServiceConfig& s = item();
    setText(m_code, s.code);
    m_code->setReadOnly(m_draft.storedServices.contains(s.code));
    m_agency->setCurrentIndex(m_agency->findData(s.agency));
    setText(m_name, s.name);
    setText(m_prefix, s.prefix);
    m_quota->setValue(s.dailyQuota.value_or(0));
    m_target->setValue(s.targetWaitMin);
    m_cutoff->setValue(s.cutoffMin);
    for (int day = 1; day <= 7; ++day) {
        const QString key = itemPath() + u".hours."_s + ConfigIo::weekdayKey(day);
        setText(m_hours.at(day - 1),
                m_draft.rawText.contains(key) ? m_draft.rawText.value(key) : joinRanges(s.hours.value(day)));
    }
    const QString datesKey = itemPath() + u".closed_dates"_s;
    setText(m_closedDates,
            m_draft.rawText.contains(datesKey) ? m_draft.rawText.value(datesKey) : joinDates(s.closedDates));
    QStringList periods;
    for (const auto& o : s.overrides)
        periods << o.from.toString(Qt::ISODate) + u" – "_s + o.to.toString(Qt::ISODate);
    m_overrides->setText(periods.isEmpty() ? tr("None") : periods.join(u"; "_s));
    const QString requirements = s.standard.requirements.join(u'\n');
    if (m_requirements->toPlainText() != requirements)
        m_requirements->setPlainText(requirements);
    setText(m_fee, s.standard.fee);
    setText(m_duration, s.standard.duration);
}

// Counter -------------------------------------------------------------------------------------------------

CounterForm::CounterForm(ConfigDraft& draft, QWidget* parent)
    : ItemForm(draft, u"counters"_s, parent), m_code(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_services(new QListWidget(this))
{
    m_services->setFixedHeight(120);
    m_services->setSizePolicy(QSizePolicy::Expanding,
                              QSizePolicy::Fixed); // as tall as its entries, see load()
    addField(u"code"_s, tr("Code"), m_code, tr("Short code, e.g. L1; cannot change once saved"));
    addField(u"name"_s, tr("Name"), m_name,
             tr("Name shown on the lobby display and announced, e.g. Loket 1"));
    addField(u"services"_s, tr("Services"), m_services, tr("The services this booth calls tickets for"));
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString& text) {
        item().code = text.trimmed();
        changed();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        item().name = text;
        changed();
    });
    connect(m_services, &QListWidget::itemChanged, this, [this] {
        if (loading())
            return;
        QStringList codes;
        for (int row = 0; row < m_services->count(); ++row)
            if (m_services->item(row)->checkState() == Qt::Checked)
                codes << m_services->item(row)->data(Qt::UserRole).toString();
        item().services = codes;
        changed();
    });
}

CounterConfig& CounterForm::item()
{
    return m_draft.config.counters[index()];
}

void CounterForm::load()
{
    m_services->clear();
    if (index() < 0 || index() >= m_draft.config.counters.size()) {
        m_code->clear();
        m_name->clear();
        return;
    }
    const CounterConfig& c = item();
    setText(m_code, c.code);
    m_code->setReadOnly(m_draft.storedCounters.contains(c.code));
    setText(m_name, c.name);
    const auto add = [this](const QString& text, const QString& code, bool checked) {
        auto* entry = new QListWidgetItem(text, m_services);
        entry->setData(Qt::UserRole, code);
        entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        entry->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        return entry;
    };
    for (const auto& service : m_draft.config.services)
        add(service.prefix + u"  "_s + service.name + u" ("_s + service.code + u')', service.code,
            c.services.contains(service.code));
    // A booth may still name a service that was removed from the list: shown, so it can be unticked.
    for (const auto& code : c.services)
        if (!m_draft.config.service(code))
            add(tr("%1 (not a service any more)").arg(code), code, true)->setForeground(Style::danger());
    m_services->setFixedHeight(qMin(420, m_services->count() * m_services->sizeHintForRow(0) + 8));
}

// Section page --------------------------------------------------------------------------------------------

SectionPage::SectionPage(const QString& section, Operations operations, ItemForm* form, QWidget* parent)
    : QWidget(parent), m_section(section), m_ops(std::move(operations)), m_form(form),
      m_list(new QListWidget(this)),
      m_remove(ui::button(tr("Remove"), u"config."_s + section + u".remove"_s,
                          tr("Remove the selected entry (history keeps it)"), this))
{
    setObjectName(u"config.page."_s + section);
    ui::describe(m_list, u"config."_s + section + u".list"_s, tr("Entries"),
                 tr("Select an entry to edit it"));
    m_list->setMinimumWidth(300);
    m_list->setMaximumWidth(420);
    QFont listFont = m_list->font();
    listFont.setPointSize(11);
    m_list->setFont(listFont);
    auto* add = ui::button(tr("Add"), u"config."_s + section + u".add"_s, tr("Add a new entry"), this);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(buttons);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addWidget(scroll, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_form->setIndex(row);
        m_form->showProblems(m_problems);
        m_remove->setEnabled(row >= 0);
    });
    connect(add, &QPushButton::clicked, this, [this] {
        const int index = m_ops.add();
        reload();
        select(index);
        Q_EMIT edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        m_ops.remove(row);
        reload();
        select(qMin(row, m_ops.count() - 1));
        Q_EMIT edited();
    });
    connect(m_form, &ItemForm::edited, this, [this] {
        refreshTitles();
        Q_EMIT edited();
    });
}

void SectionPage::reload()
{
    const int row = m_list->currentRow();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (int i = 0; i < m_ops.count(); ++i)
        new QListWidgetItem(m_list);
    refreshTitles();
    const int keep = qMin(row < 0 ? 0 : row, m_ops.count() - 1);
    m_list->setCurrentRow(keep);
    m_form->setIndex(keep);
    m_form->showProblems(m_problems);
    m_remove->setEnabled(keep >= 0);
}

void SectionPage::select(int index)
{
    m_list->setCurrentRow(index);
    m_form->setIndex(index);
    m_form->showProblems(m_problems);
}

void SectionPage::refreshTitles()
{
    for (int i = 0; i < m_list->count(); ++i) {
        const QString path = m_section + u'[' + QString::number(i) + u']';
        const bool bad = !m_problems.within(path).isEmpty();
        QListWidgetItem* entry = m_list->item(i);
        entry->setText((bad ? u"⚠ "_s : QString()) + m_ops.title(i));
        entry->setForeground(bad ? Style::danger() : Style::text());
        entry->setData(Qt::UserRole, bad);
    }
}

void SectionPage::showProblems(const ConfigProblems& problems)
{
    m_problems = problems;
    refreshTitles();
    m_form->showProblems(problems);
}

} // namespace antre
