#include "kiosk_ui/ComplaintForm.h"

#include "kiosk_ui/KioskTheme.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QShowEvent>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

ComplaintForm::ComplaintForm(QWidget* parent)
    : QWidget(parent), m_title(KioskTheme::label("title", this)),
      m_categoryLabel(KioskTheme::label("section", this)), m_categories(new QButtonGroup(this)),
      m_textLabel(KioskTheme::label("section", this)), m_text(new QPlainTextEdit(this)),
      m_contactLabel(KioskTheme::label("section", this)), m_contact(new QLineEdit(this)),
      m_ticketLabel(KioskTheme::label("section", this)), m_ticket(new QLineEdit(this)),
      m_problem(KioskTheme::label("reason", this)),
      m_back(KioskTheme::button("secondary", u"complaintBack"_s, this)),
      m_submit(KioskTheme::button("primary", u"complaintSubmit"_s, this))
{
    setObjectName(u"complaintForm"_s);
    m_title->setObjectName(u"complaintTitle"_s);
    m_text->setObjectName(u"complaintText"_s);
    m_contact->setObjectName(u"complaintContact"_s);
    m_ticket->setObjectName(u"complaintTicket"_s);
    m_problem->setObjectName(u"complaintProblem"_s);
    m_problem->hide();
    m_text->setTabChangesFocus(true);
    m_contact->setMaxLength(200);
    m_ticket->setMaxLength(12);
    m_ticket->setInputMethodHints(Qt::ImhPreferUppercase | Qt::ImhNoPredictiveText);

    auto* column = new QVBoxLayout(this);
    column->addWidget(m_title);
    column->addWidget(m_categoryLabel);
    m_categoryGrid = new QGridLayout;
    for (const ComplaintCategory category : allComplaintCategories()) {
        auto* button = KioskTheme::button("key", u"complaintCategory_"_s + toKey(category), this);
        button->setCheckable(true);
        m_categories->addButton(button, int(category));
    }
    column->addLayout(m_categoryGrid);
    column->addWidget(m_textLabel);
    column->addWidget(m_text, 1);
    auto* optional = new QGridLayout;
    optional->addWidget(m_contactLabel, 0, 0);
    optional->addWidget(m_ticketLabel, 0, 1);
    optional->addWidget(m_contact, 1, 0);
    optional->addWidget(m_ticket, 1, 1);
    optional->setColumnStretch(0, 2);
    optional->setColumnStretch(1, 1);
    column->addLayout(optional);
    column->addWidget(m_problem);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_submit);
    column->addLayout(buttons);
    KioskTheme::makeHeading(this, m_title);

    connect(m_categories, &QButtonGroup::idToggled, this, [this] { updateSubmit(); });
    connect(m_text, &QPlainTextEdit::textChanged, this, &ComplaintForm::updateSubmit);
    connect(m_back, &QPushButton::clicked, this, &ComplaintForm::backRequested);
    connect(m_submit, &QPushButton::clicked, this, &ComplaintForm::submitted);
    retranslate();
    clear();
}

void ComplaintForm::clear()
{
    m_categories->setExclusive(false);
    for (QAbstractButton* button : m_categories->buttons())
        button->setChecked(false);
    m_categories->setExclusive(true);
    m_text->clear();
    m_contact->clear();
    m_ticket->clear();
    setProblem({});
    updateSubmit();
}

void ComplaintForm::setProblem(const QString& message)
{
    m_problem->setText(KioskTheme::breakable(message));
    m_problem->setVisible(!message.isEmpty());
}

void ComplaintForm::updateSubmit()
{
    m_submit->setEnabled(m_categories->checkedId() >= 0 && !m_text->toPlainText().trimmed().isEmpty());
}

NewComplaint ComplaintForm::complaint() const
{
    NewComplaint c;
    c.channel = ComplaintChannel::Kiosk;
    c.category = static_cast<ComplaintCategory>(std::max(0, m_categories->checkedId()));
    // Core judges the text (length, invisible or forbidden characters) and names the field it refuses.
    c.text = m_text->toPlainText().trimmed();
    c.contact = m_contact->text().trimmed();
    c.ticket = m_ticket->text().trimmed().toUpper();
    return c;
}

void ComplaintForm::setUnit(double unit)
{
    layout()->setSpacing(KioskTheme::px(unit, 10));
    const int margin = KioskTheme::px(unit, 36);
    layout()->setContentsMargins(margin, KioskTheme::px(unit, 20), margin, KioskTheme::px(unit, 20));
    m_text->setMinimumHeight(KioskTheme::px(unit, 150));
}

void ComplaintForm::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutCategories();
}

void ComplaintForm::showEvent(QShowEvent* event)
{
    // A hidden page of the kiosk's stack is not resized with the window: laid out for the orientation it
    // last had, three columns on a portrait panel asked for more width than the screen, and the window grew.
    layoutCategories();
    QWidget::showEvent(event);
}

void ComplaintForm::layoutCategories()
{
    // Three columns on a landscape panel; a portrait one has room for two without cutting the words.
    const QWidget* panel = window();
    const int columns = panel->width() >= panel->height() ? 3 : 2;
    if (columns == m_columns)
        return;
    m_columns = columns;
    const QList<QAbstractButton*> buttons = m_categories->buttons();
    for (QAbstractButton* button : buttons)
        m_categoryGrid->removeWidget(button);
    for (qsizetype i = 0; i < buttons.size(); ++i)
        m_categoryGrid->addWidget(buttons.at(i), int(i / columns), int(i % columns));
}

void ComplaintForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ComplaintForm::retranslate()
{
    m_title->setText(tr("Make a complaint"));
    m_categoryLabel->setText(tr("What is it about?"));
    for (QAbstractButton* button : m_categories->buttons())
        button->setText(ComplaintLabels::category(static_cast<ComplaintCategory>(m_categories->id(button))));
    m_textLabel->setText(tr("What happened?"));
    m_text->setPlaceholderText(tr("Tell us what happened, when and where"));
    m_contactLabel->setText(tr("Phone or e-mail for our answer (optional)"));
    m_ticketLabel->setText(tr("Ticket number (optional)"));
    // A screen reader names each box by the question above it.
    m_text->setAccessibleName(m_textLabel->text());
    m_contact->setAccessibleName(m_contactLabel->text());
    m_ticket->setAccessibleName(m_ticketLabel->text());
    m_ticket->setPlaceholderText(u"A-001"_s);
    m_back->setText(tr("Back"));
    m_submit->setText(tr("Send complaint"));
}

} // namespace antre::kiosk
