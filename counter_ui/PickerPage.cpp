#include "counter_ui/PickerPage.h"

#include "counter_ui/ActionButton.h"
#include "counter_ui/CounterSession.h"
#include "counter_ui/CounterText.h"
#include "ui_common/ElidedLabel.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

PickerPage::PickerPage(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_officer(new ElidedLabel(this)),
      m_scroll(new QScrollArea(this)), m_box(new QWidget), m_grid(new QGridLayout(m_box)),
      m_message(new ElidedLabel(this, 3)), m_logout(new QPushButton(this))
{
    setObjectName(u"pickerPage"_s);
    m_title->setObjectName(u"pageTitle"_s);
    m_title->setWordWrap(true);
    m_officer->setObjectName(u"officerLabel"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_box->setObjectName(u"pickerBox"_s);
    m_scroll->setWidget(m_box);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(10);
    m_message->setObjectName(u"pickerMessage"_s);
    m_logout->setObjectName(u"logoutButton"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_officer);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_logout, 0, Qt::AlignLeft);
    connect(m_logout, &QPushButton::clicked, this, [this] { Q_EMIT logoutRequested(); });
    retranslate();
}

void PickerPage::retranslate()
{
    m_title->setText(tr("Choose your counter"));
    m_officer->setFullText(m_officerName.isEmpty() ? QString() : tr("Logged in as %1").arg(m_officerName));
    m_logout->setText(tr("Log out"));
    m_logout->setAccessibleName(tr("Log out"));
    m_logout->setAccessibleDescription(tr("Back to the login screen without opening a counter."));
    m_message->setAccessibleName(tr("Message"));
}

void PickerPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PickerPage::setOfficer(const QString& name)
{
    m_officerName = name;
    retranslate();
}

void PickerPage::setChoices(const QList<BoothChoice>& choices, const QString& preferred)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    ActionButton* focus = nullptr;
    for (const BoothChoice& choice : choices) {
        auto* button = new ActionButton(u"primary"_s, m_box);
        button->setObjectName(u"counter_"_s + choice.code);
        QString state;
        if (!choice.available)
            state = choice.reason;
        else if (choice.state == CounterState::Closed)
            state = tr("Closed · press to open");
        else
            state = tr("Open in your name · press to resume");
        button->setTexts(choice.name, QString(choice.serviceNames.join(u" · "_s) + u"\n" + state));
        button->setEnabled(choice.available);
        button->setExplanation(tr("Opens %1 for you.").arg(choice.name),
                               choice.available ? QString() : choice.reason);
        connect(button, &QPushButton::clicked, this,
                [this, code = choice.code] { Q_EMIT counterChosen(code); });
        m_buttons << button;
        if (choice.available && (!focus || choice.code == preferred))
            focus = button;
    }
    layoutButtons();
    if (m_buttons.isEmpty())
        showMessage(tr("You are not assigned to any counter; ask the supervisor."));
    if (focus)
        focus->setFocus();
}

void PickerPage::layoutButtons()
{
    for (ActionButton* button : std::as_const(m_buttons))
        m_grid->removeWidget(button);
    for (int row = 0; row < m_grid->rowCount(); ++row)
        m_grid->setRowStretch(row, 0);
    const int columns = m_compact ? 1 : 3;
    for (qsizetype i = 0; i < m_buttons.size(); ++i)
        m_grid->addWidget(m_buttons.at(i), static_cast<int>(i / columns), static_cast<int>(i % columns));
    m_grid->setRowStretch(m_grid->rowCount(), 1);
}

void PickerPage::showMessage(const QString& message, bool error)
{
    m_message->setFullText(message);
    m_message->setVisible(!message.isEmpty());
    const QString tone = error ? u"error"_s : u"info"_s;
    if (m_message->property("tone").toString() != tone) {
        m_message->setProperty("tone", tone);
        m_message->style()->unpolish(m_message);
        m_message->style()->polish(m_message);
    }
}

QString PickerPage::message() const
{
    return m_message->fullText();
}

void PickerPage::setCompact(bool compact)
{
    m_compact = compact;
    const int margin = compact ? 8 : 24;
    layout()->setContentsMargins(margin, margin, margin, margin);
    layoutButtons();
}

} // namespace antre
