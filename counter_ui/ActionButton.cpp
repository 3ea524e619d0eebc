#include "counter_ui/ActionButton.h"

#include "ui_common/ElidedLabel.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

ActionButton::ActionButton(const QString& role, QWidget* parent)
    : QPushButton(parent), m_title(new ElidedLabel(this, 2)), m_hint(new ElidedLabel(this, 3))
{
    setProperty("role", role);
    setFocusPolicy(Qt::StrongFocus);
    // Enter presses the focused button too, not only Space: the booth is driven from the keyboard.
    setAutoDefault(true);
    m_title->setObjectName(u"actionTitle"_s);
    m_hint->setObjectName(u"actionHint"_s);
    // A booth or service name without spaces wraps anywhere and is cut with "…" rather than widen the button.
    for (QLabel* label : {m_title, m_hint}) {
        label->setAlignment(Qt::AlignCenter);
        // The button, not its labels, takes the clicks and shows the tooltip.
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(0);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ActionButton::setTexts(const QString& title, const QString& hint)
{
    m_title->setFullText(title);
    m_hint->setFullText(hint);
    m_hint->setVisible(!hint.isEmpty());
    setAccessibleName(title);
    updateGeometry();
}

QString ActionButton::title() const
{
    return m_title->fullText();
}

QString ActionButton::hint() const
{
    return m_hint->fullText();
}

void ActionButton::setExplanation(const QString& description, const QString& disabledReason)
{
    m_disabledReason = disabledReason;
    const QString tip =
        disabledReason.isEmpty() ? description : QString(description + u"\n" + disabledReason);
    setToolTip(tip);
    setAccessibleDescription(QString(tip + u" (" + m_hint->fullText() + u')'));
}

QSize ActionButton::sizeHint() const
{
    return layout()->sizeHint().expandedTo(QPushButton::sizeHint());
}

QSize ActionButton::minimumSizeHint() const
{
    return layout()->minimumSize().expandedTo(QPushButton::minimumSizeHint());
}

} // namespace antre
