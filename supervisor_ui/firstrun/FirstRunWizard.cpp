#include "supervisor_ui/firstrun/FirstRunWizard.h"

#include "core/services/ConfigService.h"
#include "supervisor_ui/UiHelpers.h"
#include "ui_common/Style.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {
QVBoxLayout* layoutOf(QWidget* page)
{
    return qobject_cast<QVBoxLayout*>(page->layout());
}

QWidget* newPage(const QString& objectName, QWidget* parent)
{
    auto* page = new QWidget(parent);
    page->setObjectName(objectName);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    return page;
}

// A label over its field, as one block a page lays out.
QWidget* labelled(const QString& label, QWidget* field, QWidget* parent)
{
    auto* block = new QWidget(parent);
    auto* layout = new QVBoxLayout(block);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* text = new QLabel(label, block);
    text->setBuddy(field);
    layout->addWidget(text);
    field->setParent(block);
    layout->addWidget(field);
    // The card's height follows its wrapped title (height for width), which would squeeze the fields.
    block->setMinimumHeight(text->sizeHint().height() + layout->spacing() +
                            std::max(field->minimumHeight(), 40));
    block->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return block;
}

// Fields side by side: a code and its name on one row, so that a step fits a 1366x768 screen.
QHBoxLayout* row(QWidget* page)
{
    auto* layout = new QHBoxLayout;
    layout->setSpacing(16);
    layoutOf(page)->addLayout(layout);
    return layout;
}
} // namespace

FirstRunWizard::FirstRunWizard(ConfigService& configs, QWidget* parent)
    : QWidget(parent), m_configs(configs), m_pages(new QStackedWidget(this)), m_stepNumber(new QLabel(this)),
      m_stepTitle(ui::title({}, u"firstrun.wizard.title"_s, this)),
      m_back(ui::button(tr("Back"), u"firstrun.back"_s, tr("Go back one step"), this)),
      m_next(ui::button(tr("Next"), u"firstrun.next"_s, tr("Go on to the next step"), this))
{
    setObjectName(u"firstrun.wizard"_s);
    m_pages->addWidget(buildHallPage());
    m_pages->addWidget(buildServicePage());
    m_pages->addWidget(buildAdminPage());
    // Every step as tall as the tallest: the card does not jump between steps, nor clip the longest one.
    int tallest = 0;
    for (int i = 0; i < m_pages->count(); ++i)
        tallest = std::max(tallest, m_pages->widget(i)->minimumSizeHint().height());
    m_pages->setMinimumHeight(tallest);

    m_next->setDefault(true);
    m_next->setMinimumHeight(48);
    m_back->setMinimumHeight(48);
    m_back->setMinimumWidth(140);
    m_next->setStyleSheet(
        u"QPushButton { background: %1; color: white; border-radius: 6px; padding: 0 24px; }"
        u"QPushButton:disabled { background: %2; }"_s.arg(Style::primary().name(), Style::muted().name()));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_next);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    m_stepNumber->setObjectName(u"firstrun.wizard.step"_s);
    m_stepNumber->setStyleSheet(u"color: %1;"_s.arg(Style::muted().name()));
    m_stepTitle->setWordWrap(false);
    layout->addWidget(m_stepNumber);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_pages);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_next, &QPushButton::clicked, this, &FirstRunWizard::next);
    connect(m_back, &QPushButton::clicked, this, &FirstRunWizard::back);
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        const FirstRun::Field field = it.key();
        connect(it.value(), &QLineEdit::textEdited, this, [this, field] {
            m_touched.insert(field);
            refresh();
        });
        connect(it.value(), &QLineEdit::returnPressed, this, [this] {
            if (m_next->isEnabled())
                next();
        });
    }
    showStep(Step::Hall);
}

FirstRunWizard::~FirstRunWizard() = default;

QLineEdit* FirstRunWizard::addEdit(QWidget* page, QBoxLayout* into, FirstRun::Field field,
                                   const QString& objectName, const QString& label,
                                   const QString& description, int stretch)
{
    auto* edit = new QLineEdit(page);
    ui::describe(edit, objectName, label, description);
    edit->setMinimumHeight(40);
    into->addWidget(labelled(label, edit, page), stretch);
    m_edits.insert(field, edit);
    m_labels.insert(field, label);
    return edit;
}

QWidget* FirstRunWizard::buildHallPage()
{
    using F = FirstRun::Field;
    QWidget* page = newPage(u"firstrun.page.hall"_s, this);
    QVBoxLayout* layout = layoutOf(page);
    addEdit(page, layout, F::HallName, u"firstrun.hall.name"_s, tr("Name of the hall"),
            tr("As the public knows it, e.g. MPP Kota Serang; it is shown on the display and the tickets"));
    m_zone = new QComboBox(page);
    ui::describe(m_zone, u"firstrun.hall.zone"_s, tr("Time zone"), tr("The hall's local time"));
    m_zone->setMinimumHeight(40);
    const QStringList names{tr("WIB (Western Indonesia, Asia/Jakarta)"),
                            tr("WITA (Central Indonesia, Asia/Makassar)"),
                            tr("WIT (Eastern Indonesia, Asia/Jayapura)")};
    const QStringList zones = FirstRun::timeZones();
    for (qsizetype i = 0; i < zones.size(); ++i)
        m_zone->addItem(names.at(i), zones.at(i));
    layout->addWidget(labelled(tr("Time zone"), m_zone, page));
    m_labels.insert(F::TimeZone, tr("Time zone"));
    auto* problems = ui::errorLabel(u"firstrun.hall.problems"_s, page);
    layout->addWidget(problems);
    layout->addStretch();
    m_problems.insert(Step::Hall, problems);
    return page;
}

QWidget* FirstRunWizard::buildServicePage()
{
    using F = FirstRun::Field;
    QWidget* page = newPage(u"firstrun.page.service"_s, this);
    QHBoxLayout* agency = row(page);
    addEdit(page, agency, F::AgencyCode, u"firstrun.agency.code"_s, tr("Agency code"),
            tr("A short code, letters and digits, e.g. DUKCAPIL"), 1);
    addEdit(page, agency, F::AgencyName, u"firstrun.agency.name"_s, tr("Agency name"),
            tr("e.g. Dinas Kependudukan dan Pencatatan Sipil"), 2);
    QHBoxLayout* service = row(page);
    addEdit(page, service, F::ServiceCode, u"firstrun.service.code"_s, tr("Service code"), tr("e.g. KTP"), 1);
    addEdit(page, service, F::ServiceName, u"firstrun.service.name"_s, tr("Service name"),
            tr("e.g. Perekaman KTP-el"), 2);
    QLineEdit* prefix =
        addEdit(page, layoutOf(page), F::Prefix, u"firstrun.service.prefix"_s, tr("Ticket prefix"),
                tr("1 to 3 letters in front of the ticket number, e.g. A for A-001"));
    prefix->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,3}"_s), prefix));
    prefix->setMaximumWidth(200);
    QHBoxLayout* booth = row(page);
    addEdit(page, booth, F::BoothCode, u"firstrun.booth.code"_s, tr("Booth code"), tr("e.g. L1"), 1);
    addEdit(page, booth, F::BoothName, u"firstrun.booth.name"_s, tr("Booth name"),
            tr("As the display and the announcement say it, e.g. Loket 1"), 2);
    auto* problems = ui::errorLabel(u"firstrun.service.problems"_s, page);
    layoutOf(page)->addWidget(problems);
    layoutOf(page)->addStretch();
    m_problems.insert(Step::Service, problems);
    return page;
}

QWidget* FirstRunWizard::buildAdminPage()
{
    using F = FirstRun::Field;
    QWidget* page = newPage(u"firstrun.page.admin"_s, this);
    QVBoxLayout* layout = layoutOf(page);
    // One line: a wrapped label would make the card's height depend on its width and squeeze the fields.
    auto* intro = new QLabel(tr("The first administrator adds the other staff."), page);
    layout->addWidget(intro);
    addEdit(page, layout, F::AdminId, u"firstrun.admin.id"_s, tr("Staff ID"),
            tr("Your staff ID, e.g. your NIP"));
    QHBoxLayout* pins = row(page);
    for (const auto& [field, name, label] :
         {std::tuple{F::Pin, u"firstrun.admin.pin"_s, tr("PIN")},
          std::tuple{F::PinAgain, u"firstrun.admin.pin2"_s, tr("PIN again")}}) {
        QLineEdit* pin = addEdit(page, pins, field, name, label, tr("4 to 12 digits"), 1);
        pin->setEchoMode(QLineEdit::Password);
        pin->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,12}"_s), pin));
        pin->setInputMethodHints(Qt::ImhDigitsOnly);
    }
    auto* problems = ui::errorLabel(u"firstrun.admin.problems"_s, page);
    layout->addWidget(problems);
    layout->addStretch();
    m_problems.insert(Step::Admin, problems);
    return page;
}

QList<FirstRun::Field> FirstRunWizard::fieldsOf(Step step) const
{
    using F = FirstRun::Field;
    switch (step) {
    case Step::Hall:
        return {F::HallName, F::TimeZone};
    case Step::Service:
        return {F::AgencyCode, F::AgencyName, F::ServiceCode, F::ServiceName,
                F::Prefix,     F::BoothCode,  F::BoothName};
    case Step::Admin:
        return {F::AdminId, F::Pin, F::PinAgain};
    }
    return {};
}

FirstHallAnswers FirstRunWizard::answers() const
{
    using F = FirstRun::Field;
    const auto text = [this](F field) { return m_edits.value(field)->text(); };
    FirstHallAnswers a;
    a.hallName = text(F::HallName);
    a.timezone = m_zone->currentData().toString();
    a.agencyCode = text(F::AgencyCode);
    a.agencyName = text(F::AgencyName);
    a.serviceCode = text(F::ServiceCode);
    a.serviceName = text(F::ServiceName);
    a.prefix = text(F::Prefix);
    a.boothCode = text(F::BoothCode);
    a.boothName = text(F::BoothName);
    a.adminId = text(F::AdminId);
    a.pin = text(F::Pin);
    a.pinAgain = text(F::PinAgain);
    return a;
}

FirstRunWizard::Step FirstRunWizard::step() const
{
    return static_cast<Step>(m_pages->currentIndex());
}

void FirstRunWizard::showStep(Step step)
{
    m_pages->setCurrentIndex(static_cast<int>(step));
    const int number = static_cast<int>(step) + 1;
    const QString what = step == Step::Hall      ? tr("The hall")
                         : step == Step::Service ? tr("The first agency, service and booth")
                                                 : tr("The first administrator");
    m_stepNumber->setText(tr("Step %1 of 3").arg(number));
    m_stepTitle->setText(what);
    m_next->setText(step == Step::Admin ? tr("Create the hall") : tr("Next"));
    if (QLineEdit* first = m_edits.value(fieldsOf(step).constFirst()))
        first->setFocus();
    refresh();
}

void FirstRunWizard::refresh()
{
    const QMap<FirstRun::Field, QString> problems = FirstRun::problems(answers());
    bool valid = true;
    QStringList shown;
    for (const FirstRun::Field field : fieldsOf(step())) {
        if (!problems.contains(field))
            continue;
        valid = false;
        if (m_touched.contains(field))
            shown.append(tr("%1: %2").arg(m_labels.value(field), problems.value(field)));
    }
    ui::setError(m_problems.value(step()), shown.join(u'\n'));
    m_next->setEnabled(valid);
}

void FirstRunWizard::next()
{
    if (step() != Step::Admin) {
        showStep(static_cast<Step>(static_cast<int>(step()) + 1));
        return;
    }
    const FirstHallAnswers a = answers();
    if (!FirstRun::problems(a).isEmpty())
        return;
    if (auto imported = m_configs.import(FirstRun::configFrom(a), a.adminId.trimmed()); !imported.ok()) {
        ui::setError(m_problems.value(Step::Admin), imported.error().message);
        return;
    }
    Q_EMIT created(a.adminId.trimmed());
}

void FirstRunWizard::back()
{
    if (step() == Step::Hall)
        Q_EMIT cancelled();
    else
        showStep(static_cast<Step>(static_cast<int>(step()) - 1));
}

} // namespace antre
