#include "kiosk_ui/VoicePage.h"

#include "core/I18n.h"
#include "core/config/TextRules.h"
#include "core/services/ComplaintService.h"
#include "core/services/SurveyService.h"
#include "kiosk_ui/ComplaintForm.h"
#include "kiosk_ui/KioskTheme.h"
#include "kiosk_ui/SurveyFlow.h"
#include "kiosk_ui/TicketContent.h"
#include "ui_common/PageStack.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

namespace {

// A visit may be rated for this many days, its own day included (SurveyService::visit's rule).
constexpr int kRatingDays = 7;

QVBoxLayout* pageColumn(QWidget* page)
{
    auto* column = new QVBoxLayout(page);
    column->setContentsMargins(0, 0, 0, 0);
    return column;
}

} // namespace

VoicePage::VoicePage(SurveyService& survey, ComplaintService& complaints, const I18n& i18n, QWidget* parent)
    : QWidget(parent), m_survey(survey), m_complaints(complaints), m_i18n(i18n),
      m_pages(new ui::PageStack(this)), m_flow(new SurveyFlow(this)), m_form(new ComplaintForm(this))
{
    setObjectName(u"voicePage"_s);
    m_pages->addWidget(buildChoice());
    m_pages->addWidget(buildTicket());
    m_pages->addWidget(m_flow);
    m_pages->addWidget(m_form);
    m_pages->addWidget(buildDone());
    auto* column = new QVBoxLayout(this);
    column->addWidget(m_pages);

    connect(m_flow, &SurveyFlow::cancelled, this, &VoicePage::showSurveyEntry);
    connect(m_flow, &SurveyFlow::completed, this, &VoicePage::surveyCompleted);
    connect(m_form, &ComplaintForm::backRequested, this, &VoicePage::start);
    connect(m_form, &ComplaintForm::submitted, this, &VoicePage::submitComplaint);
    retranslate();
    setUnit(1.0);
}

QWidget* VoicePage::buildChoice()
{
    m_choice = new QWidget;
    m_choice->setObjectName(u"voiceChoice"_s);
    m_choiceTitle = KioskTheme::label("title", m_choice);
    m_choiceTitle->setObjectName(u"voiceTitle"_s);
    m_choiceHint = KioskTheme::label("subtitle", m_choice);
    m_rate = KioskTheme::button("primary", u"voiceRate"_s, m_choice);
    m_complain = KioskTheme::button("primary", u"voiceComplain"_s, m_choice);
    m_choiceHome = KioskTheme::button("secondary", u"voiceHome"_s, m_choice);
    auto* column = pageColumn(m_choice);
    column->addWidget(m_choiceTitle);
    column->addWidget(m_choiceHint);
    column->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_rate);
    row->addWidget(m_complain);
    column->addLayout(row);
    column->addStretch(2);
    column->addWidget(m_choiceHome, 0, Qt::AlignLeft);
    KioskTheme::makeHeading(m_choice, m_choiceTitle);
    connect(m_rate, &QPushButton::clicked, this, &VoicePage::showSurveyEntry);
    connect(m_complain, &QPushButton::clicked, this, &VoicePage::showComplaint);
    connect(m_choiceHome, &QPushButton::clicked, this, &VoicePage::homeRequested);
    return m_choice;
}

QWidget* VoicePage::buildTicket()
{
    m_ticket = new QWidget;
    m_ticket->setObjectName(u"voiceTicket"_s);
    m_ticketTitle = KioskTheme::label("title", m_ticket);
    m_ticketHint = KioskTheme::label("subtitle", m_ticket);
    m_input = new QLineEdit(m_ticket);
    m_input->setObjectName(u"voiceTicketInput"_s);
    m_input->setMaxLength(40);
    m_input->setAlignment(Qt::AlignCenter);
    m_ticketProblem = KioskTheme::label("reason", m_ticket);
    m_ticketProblem->setObjectName(u"voiceTicketProblem"_s);
    m_ticketProblem->hide();
    m_letters = new QGridLayout;
    auto* digits = new QGridLayout;
    for (int d = 0; d <= 9; ++d) {
        auto* key = KioskTheme::button("key", u"voiceKey_%1"_s.arg(d), m_ticket);
        key->setText(QString::number(d));
        connect(key, &QPushButton::clicked, this, [this, d] { m_input->insert(QString::number(d)); });
        // 1 2 3 / 4 5 6 / 7 8 9 / 0, as on a telephone.
        if (d == 0)
            digits->addWidget(key, 3, 1);
        else
            digits->addWidget(key, (d - 1) / 3, (d - 1) % 3);
    }
    m_delete = KioskTheme::button("key", u"voiceKeyDelete"_s, m_ticket);
    connect(m_delete, &QPushButton::clicked, m_input, &QLineEdit::backspace);
    digits->addWidget(m_delete, 3, 2);
    m_ok = KioskTheme::button("primary", u"voiceTicketOk"_s, m_ticket);
    m_ticketBack = KioskTheme::button("secondary", u"voiceTicketBack"_s, m_ticket);
    // A USB scanner types the QR text and then Enter.
    connect(m_input, &QLineEdit::returnPressed, this, &VoicePage::lookUp);
    connect(m_ok, &QPushButton::clicked, this, &VoicePage::lookUp);
    connect(m_ticketBack, &QPushButton::clicked, this, &VoicePage::start);
    connect(m_input, &QLineEdit::textEdited, m_ticketProblem, &QLabel::hide);

    auto* column = pageColumn(m_ticket);
    column->addWidget(m_ticketTitle);
    column->addWidget(m_ticketHint);
    auto* row = new QHBoxLayout;
    m_padRow = row;
    auto* left = new QVBoxLayout;
    left->addWidget(m_input);
    left->addWidget(m_ticketProblem);
    left->addLayout(m_letters);
    left->addStretch(1);
    row->addLayout(left, 3);
    auto* right = new QVBoxLayout;
    right->addLayout(digits);
    right->addWidget(m_ok);
    row->addLayout(right, 2);
    column->addLayout(row, 1);
    column->addWidget(m_ticketBack, 0, Qt::AlignLeft);
    KioskTheme::makeHeading(m_ticket, m_ticketTitle);
    return m_ticket;
}

QWidget* VoicePage::buildDone()
{
    m_done = new QWidget;
    m_done->setObjectName(u"voiceDone"_s);
    m_doneTitle = KioskTheme::label("title", m_done);
    m_doneTitle->setObjectName(u"voiceDoneTitle"_s);
    m_reference = KioskTheme::label("number", m_done);
    m_reference->setObjectName(u"voiceReference"_s);
    m_reference->setAlignment(Qt::AlignCenter);
    m_due = KioskTheme::label("fact", m_done);
    m_due->setObjectName(u"voiceDue"_s);
    m_due->setAlignment(Qt::AlignCenter);
    m_doneNote = KioskTheme::label("body", m_done);
    m_doneNote->setObjectName(u"voiceDoneNote"_s);
    m_doneNote->setAlignment(Qt::AlignCenter);
    m_doneButton = KioskTheme::button("primary", u"voiceDoneButton"_s, m_done);
    auto* column = pageColumn(m_done);
    column->addStretch(1);
    column->addWidget(m_doneTitle);
    column->addWidget(m_reference);
    column->addWidget(m_due);
    column->addWidget(m_doneNote);
    column->addStretch(1);
    column->addWidget(m_doneButton, 0, Qt::AlignCenter);
    KioskTheme::makeHeading(m_done, m_doneTitle);
    connect(m_doneButton, &QPushButton::clicked, this, &VoicePage::homeRequested);
    return m_done;
}

void VoicePage::setPrefixes(const QStringList& prefixes)
{
    if (prefixes == m_prefixes)
        return;
    m_prefixes = prefixes;
    for (QPushButton* key : std::as_const(m_keys))
        delete key;
    m_keys.clear();
    for (qsizetype i = 0; i < prefixes.size(); ++i) {
        const QString prefix = prefixes.at(i);
        auto* key = KioskTheme::button("key", u"voiceKey_"_s + prefix, m_ticket);
        key->setText(prefix);
        connect(key, &QPushButton::clicked, this, [this, prefix] { m_input->setText(prefix + u'-'); });
        m_letters->addWidget(key, int(i / 6), int(i % 6));
        m_keys << key;
    }
}

void VoicePage::showPage(QWidget* page)
{
    m_pages->setCurrentWidget(page);
    // Reset while hidden (the kiosk going home), the page must not pull the focus off the home screen's
    // heading: that focus is how a screen reader announces the home screen.
    if (isVisible())
        page->setFocus(Qt::OtherFocusReason);
}

void VoicePage::start()
{
    m_visit.reset();
    m_recorded.reset();
    m_input->clear();
    m_ticketProblem->hide();
    m_flow->restart();
    m_form->clear();
    showPage(m_choice);
}

void VoicePage::showSurveyEntry()
{
    m_visit.reset();
    m_flow->restart();
    m_ticketProblem->hide();
    showPage(m_ticket);
    // The scanner's keystrokes must land in the field.
    m_input->setFocus(Qt::OtherFocusReason);
}

void VoicePage::showQuestionnaire()
{
    m_visit.reset();
    m_flow->restart();
    showPage(m_flow);
}

void VoicePage::showComplaint()
{
    m_form->clear();
    showPage(m_form);
}

QString VoicePage::currentScreen() const
{
    QWidget* current = m_pages->currentWidget();
    if (current == m_ticket)
        return u"voice:ticket"_s;
    if (current == m_flow)
        return u"voice:survey"_s;
    if (current == m_form)
        return u"voice:complaint"_s;
    if (current == m_done)
        return m_recorded ? u"voice:complaint-done"_s : u"voice:thanks"_s;
    return u"voice"_s;
}

std::optional<std::pair<TicketNumber, QDate>> VoicePage::parseTicket(const QString& text)
{
    QString cleaned = text.trimmed().toUpper();
    cleaned.remove(u' ');
    static const QRegularExpression qr(u"^ANTRE:(\\d{4}-\\d{2}-\\d{2}):([A-Z0-9-]+)$"_s);
    QDate day;
    if (const auto match = qr.match(cleaned); match.hasMatch()) {
        day = QDate::fromString(match.captured(1), Qt::ISODate);
        if (!day.isValid())
            return std::nullopt;
        cleaned = match.captured(2);
    }
    const auto number = TicketNumber::parse(cleaned);
    if (!number)
        return std::nullopt;
    return std::pair{*number, day};
}

Result<SurveyVisit> VoicePage::findVisit(const TicketNumber& number, std::optional<QDate> day)
{
    if (day)
        return m_survey.visit(number, *day);
    // A typed number has no day: the newest ticket with that number within the rating period.
    auto today = m_complaints.today();
    if (!today.ok())
        return today.error();
    Result<SurveyVisit> found = m_survey.visit(number, today.value());
    for (int back = 1; back < kRatingDays && !found.ok() && found.error().code == ErrorCode::UnknownTicket;
         ++back)
        found = m_survey.visit(number, today.value().addDays(-back));
    return found;
}

QString VoicePage::refusal(const Error& error) const
{
    switch (error.code) {
    case ErrorCode::UnknownTicket:
        return tr("We cannot find this ticket. Please check the number on your ticket.");
    case ErrorCode::TicketNotServed:
        return tr("This ticket has not been served yet. You can rate the service once you have been served.");
    case ErrorCode::SurveyTooLate:
        return tr("This ticket is more than 7 days old and can no longer be rated.");
    case ErrorCode::AlreadyRated:
        return tr("This visit has already been rated. Thank you!");
    default:
        return error.message;
    }
}

void VoicePage::lookUp()
{
    const auto parsed = parseTicket(m_input->text());
    const auto refuse = [this](const QString& message) {
        m_ticketProblem->setText(KioskTheme::breakable(message));
        m_ticketProblem->show();
        m_input->selectAll();
        m_input->setFocus(Qt::OtherFocusReason);
    };
    if (!parsed)
        return refuse(tr("That is not a ticket number. It looks like A-001: letters, then digits."));
    auto visit =
        findVisit(parsed->first, parsed->second.isValid() ? std::optional(parsed->second) : std::nullopt);
    if (!visit.ok())
        return refuse(refusal(visit.error()));
    m_visit = visit.value();
    m_flow->restart();
    showPage(m_flow);
}

void VoicePage::surveyCompleted(const SurveyAnswers& answers, const SurveyProfile& profile,
                                const QString& saran)
{
    if (!m_visit)
        return start();
    SurveyResponse response;
    response.ticket = m_visit->number;
    response.businessDay = m_visit->businessDay;
    response.answers = answers;
    response.profile = profile;
    response.saran = saran;
    response.source = SurveySource::Kiosk;
    auto recorded = m_survey.record(response);
    m_recorded.reset();
    m_reference->clear();
    m_due->clear();
    if (recorded.ok()) {
        m_doneTitle->setText(tr("Thank you for your answers!"));
        m_doneNote->setText(tr("They help us improve our service."));
    } else {
        m_doneTitle->setText(tr("Your answers could not be stored"));
        m_doneNote->setText(refusal(recorded.error()));
    }
    m_visit.reset();
    showPage(m_done);
}

void VoicePage::submitComplaint()
{
    const NewComplaint complaint = m_form->complaint();
    // Core takes a paragraph of format characters only (zero-width spaces and joiners); nobody could read it.
    const QList<char32_t> points = TextRules::codePoints(complaint.text);
    if (std::all_of(points.cbegin(), points.cend(),
                    [](char32_t c) { return TextRules::isInvisible(c) || QChar::isSpace(c); })) {
        m_form->setProblem(tr("The complaint was not sent: please write what happened in words."));
        return;
    }
    auto added = m_complaints.add(complaint);
    if (!added.ok()) {
        m_form->setProblem(tr("The complaint was not sent: %1").arg(added.error().message));
        return;
    }
    m_recorded = added.value();
    m_doneTitle->setText(tr("Your complaint has been received"));
    m_reference->setText(m_recorded->reference);
    m_due->setText(
        tr("We will answer by %1").arg(TicketText::longDate(m_recorded->dueDay, m_i18n.language())));
    m_doneNote->setText(tr("Keep this reference to ask about your complaint. A slip is being printed."));
    m_form->clear();
    showPage(m_done);
    Q_EMIT complaintRecorded(*m_recorded);
}

void VoicePage::setSlipState(const QString& text)
{
    if (m_recorded)
        m_doneNote->setText(text);
}

void VoicePage::setUnit(double unit)
{
    m_unit = unit;
    const int margin = KioskTheme::px(unit, 36);
    layout()->setContentsMargins(margin, KioskTheme::px(unit, 24), margin, KioskTheme::px(unit, 20));
    m_flow->setUnit(unit);
    m_form->setUnit(unit);
    m_form->layout()->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* big : {m_rate, m_complain})
        big->setMinimumHeight(KioskTheme::touch(unit, 260));
    QFont font = m_reference->font();
    font.setPixelSize(KioskTheme::px(unit, 110));
    m_reference->setFont(font);
}

void VoicePage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Letters beside the digits on a landscape panel, above them on a portrait one.
    m_padRow->setDirection(width() >= height() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    // The profile's four questions on one screen need a portrait panel's height: on a landscape one (even
    // 1920×1080) they did not fit and pushed the buttons off the screen, so there it asks one at a time.
    m_flow->setCompact(width() > height());
}

void VoicePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VoicePage::retranslate()
{
    m_choiceTitle->setText(tr("Survey & Complaints"));
    m_choiceHint->setText(tr("Tell us how we served you, or tell us what went wrong."));
    m_rate->setText(tr("Rate our service"));
    m_complain->setText(tr("Make a complaint"));
    m_choiceHome->setText(tr("Back to start"));
    m_ticketTitle->setText(tr("Your ticket number"));
    m_input->setAccessibleName(m_ticketTitle->text());
    m_ticketHint->setText(tr("Type the number printed on your ticket, or scan its QR code."));
    m_input->setPlaceholderText(u"A-001"_s);
    m_delete->setText(tr("Delete"));
    m_ok->setText(tr("Continue"));
    m_ticketBack->setText(tr("Back"));
    m_doneButton->setText(tr("Done"));
    if (m_recorded)
        m_due->setText(
            tr("We will answer by %1").arg(TicketText::longDate(m_recorded->dueDay, m_i18n.language())));
}

} // namespace antre::kiosk
