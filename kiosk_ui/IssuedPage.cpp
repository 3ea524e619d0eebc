#include "kiosk_ui/IssuedPage.h"

#include "kiosk_ui/KioskTheme.h"
#include "kiosk_ui/TicketContent.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

IssuedPage::IssuedPage(QWidget* parent)
    : QWidget(parent), m_heading(KioskTheme::label("heading", this)),
      m_number(KioskTheme::label("number", this)), m_priority(KioskTheme::label("badge", this)),
      m_service(KioskTheme::label("title", this)), m_ahead(KioskTheme::label("fact", this)),
      m_wait(KioskTheme::label("fact", this)), m_statusBox(new QFrame(this)),
      m_statusTitle(KioskTheme::label("statusTitle", m_statusBox)),
      m_statusText(KioskTheme::label("body", m_statusBox)), m_detail(KioskTheme::label("hint", m_statusBox)),
      m_reprint(KioskTheme::button("primary", u"reprintButton"_s, m_statusBox)),
      m_done(KioskTheme::button("secondary", u"doneButton"_s, this)), m_countdown(new QTimer(this)),
      m_facts(new QBoxLayout(QBoxLayout::LeftToRight))
{
    setObjectName(u"issuedPage"_s);
    m_heading->setObjectName(u"issuedHeading"_s);
    m_number->setObjectName(u"issuedNumber"_s);
    m_priority->setObjectName(u"issuedPriority"_s);
    m_service->setObjectName(u"issuedService"_s);
    m_ahead->setObjectName(u"issuedAhead"_s);
    m_wait->setObjectName(u"issuedWait"_s);
    m_statusBox->setObjectName(u"printStatus"_s);
    m_statusTitle->setObjectName(u"printStatusTitle"_s);
    m_statusText->setObjectName(u"printStatusText"_s);
    m_detail->setObjectName(u"printDetail"_s);
    for (QLabel* label :
         {m_heading, m_number, m_service, m_ahead, m_wait, m_statusTitle, m_statusText, m_detail})
        label->setAlignment(Qt::AlignCenter);
    m_number->setWordWrap(false);
    m_priority->setWordWrap(false);
    // The number takes the room the page has; it must never make the page taller than the screen.
    m_number->setMinimumSize(1, 1);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &IssuedPage::tick);
    connect(m_reprint, &QPushButton::clicked, this, &IssuedPage::reprintRequested);
    connect(m_done, &QPushButton::clicked, this, &IssuedPage::doneRequested);

    auto* status = new QVBoxLayout(m_statusBox);
    status->addWidget(m_statusTitle);
    status->addWidget(m_statusText);
    status->addWidget(m_detail);
    status->addWidget(m_reprint, 0, Qt::AlignHCenter);

    m_facts->addWidget(m_ahead, 1);
    m_facts->addWidget(m_wait, 1);

    auto* column = new QVBoxLayout(this);
    column->addStretch(1);
    column->addWidget(m_heading);
    column->addWidget(m_number);
    column->addWidget(m_priority, 0, Qt::AlignHCenter);
    column->addWidget(m_service);
    column->addLayout(m_facts);
    column->addStretch(1);
    column->addWidget(m_statusBox);
    column->addWidget(m_done, 0, Qt::AlignHCenter);
    KioskTheme::makeHeading(this, m_heading);
    retranslate();
    setUnit(1.0);
}

void IssuedPage::setUnit(double unit)
{
    m_unit = unit;
    const int margin = KioskTheme::px(unit, 36);
    layout()->setContentsMargins(margin, KioskTheme::px(unit, 20), margin, KioskTheme::px(unit, 24));
    layout()->setSpacing(KioskTheme::px(unit, 14));
    const int inner = KioskTheme::px(unit, 24);
    m_statusBox->layout()->setContentsMargins(inner, inner, inner, inner);
    m_done->setMinimumWidth(KioskTheme::px(unit, 420));
    m_reprint->setMinimumWidth(KioskTheme::px(unit, 420));
    fitNumber();
}

void IssuedPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // People ahead and estimated wait side by side in landscape, one above the other in portrait.
    m_facts->setDirection(width() >= height() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    fitNumber();
}

void IssuedPage::fitNumber()
{
    // As large as the room the rest of the page leaves, up to a third of the page's height.
    QFont font = m_number->font();
    font.setBold(true);
    const QString text = m_number->text().isEmpty() ? u"A-000"_s : m_number->text();
    // Wrapped texts are measured at the page's real width, not at a guessed one.
    const int total = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                    : layout()->totalSizeHint().height();
    const int others = total - m_number->sizeHint().height();
    int pixels = std::max(40, std::min(height() / 3, int((height() - others) / 1.25)));
    font.setPixelSize(pixels);
    while (pixels > 40 && QFontMetrics(font).horizontalAdvance(text) > width() * 0.9) {
        pixels = pixels * 9 / 10;
        font.setPixelSize(pixels);
    }
    if (font != m_number->font())
        m_number->setFont(font);
}

void IssuedPage::setAutoReturnSeconds(int seconds)
{
    m_autoReturnSeconds = seconds;
}

void IssuedPage::showTicket(const IssuedTicket& ticket, const TicketContent& content)
{
    m_number->setText(content.number);
    // Named by the number itself (a reader going over the screen hears "K-001"), described as what it is.
    m_number->setAccessibleName(content.number);
    m_priority->setVisible(ticket.priority);
    m_service->setText(KioskTheme::breakable(content.serviceName));
    m_aheadCount = ticket.ahead;
    m_othersAhead = ticket.othersAhead;
    m_waitMin = ticket.estimatedWaitMin;
    fitNumber();
    retranslate();
}

void IssuedPage::setPrintState(PrintState state, const QString& detail)
{
    m_state = state;
    m_detailText = detail;
    m_statusBox->setProperty("kiosk", state == PrintState::Printed  ? u"ok"_s
                                      : state == PrintState::Failed ? u"fault"_s
                                                                    : u"busy"_s);
    m_statusBox->style()->unpolish(m_statusBox);
    m_statusBox->style()->polish(m_statusBox);
    m_reprint->setVisible(state == PrintState::Failed);
    m_detail->setVisible(state == PrintState::Failed && !detail.isEmpty());
    m_detail->setText(detail);
    // Only a printed ticket lets the screen move on by itself; after a fault the number stays up
    // until the citizen is done (or the kiosk's idle timeout).
    m_remaining = m_autoReturnSeconds;
    if (state == PrintState::Printed)
        m_countdown->start();
    else
        m_countdown->stop();
    retranslate();
    fitNumber(); // the fault message takes room from the number
}

void IssuedPage::tick()
{
    if (--m_remaining <= 0) {
        m_countdown->stop();
        Q_EMIT doneRequested();
        return;
    }
    retranslate();
}

void IssuedPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void IssuedPage::retranslate()
{
    m_heading->setText(tr("Your queue number"));
    // The heading takes the focus on entry, not the number (focusing the number, whose font is sized by
    // hand, moved it by a pixel), so the reader speaks the heading with the number. Set only when it
    // changes: every set is a name-changed event for the reader, and this runs every second.
    const QString spoken =
        m_number->text().isEmpty() ? m_heading->text() : tr("Your queue number: %1").arg(m_number->text());
    if (m_heading->accessibleName() != spoken)
        m_heading->setAccessibleName(spoken);
    if (m_number->accessibleDescription() != m_heading->text())
        m_number->setAccessibleDescription(m_heading->text());
    m_priority->setText(tr("PRIORITY SERVICE"));
    m_ahead->setText(TicketText::aheadText(m_aheadCount, m_othersAhead));
    m_wait->setText(TicketText::waitText(m_waitMin));
    switch (m_state) {
    case PrintState::Printing:
        m_statusTitle->setText(tr("Printing your ticket…"));
        m_statusText->setText(tr("Please wait a moment."));
        break;
    case PrintState::Printed:
        m_statusTitle->setText(tr("Please take your ticket"));
        m_statusText->setText(tr("Wait until your number is called on the screen. Back to the start in %n s.",
                                 nullptr, m_remaining));
        break;
    case PrintState::Failed:
        m_statusTitle->setText(tr("The ticket could not be printed"));
        m_statusText->setText(
            tr("Your number is valid. Please note or photograph the number above and show it "
               "to the officer when it is called. The fault has been recorded for the hall staff."));
        break;
    }
    m_statusBox->setAccessibleName(m_statusTitle->text());
    m_statusBox->setAccessibleDescription(m_statusText->text());
    m_reprint->setText(tr("Print again"));
    m_reprint->setAccessibleName(tr("Print again"));
    m_reprint->setAccessibleDescription(tr("Print the same ticket again; you keep the same number"));
    m_done->setText(tr("Done"));
    m_done->setAccessibleName(tr("Done"));
    m_done->setAccessibleDescription(tr("Return to the start screen"));
}

IssuedPage::PrintState IssuedPage::printState() const
{
    return m_state;
}

} // namespace antre::kiosk
