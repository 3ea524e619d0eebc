#include "supervisor_ui/FigureTile.h"

#include "ui_common/Style.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

FigureTile::FigureTile(const QString& objectName, QWidget* parent)
    : QFrame(parent), m_caption(new QLabel(this)), m_value(new QLabel(this))
{
    setObjectName(objectName);
    m_value->setObjectName(objectName + u".value"_s);
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    setMinimumWidth(120);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(2);
    QFont captionFont = m_caption->font();
    captionFont.setPointSize(10);
    m_caption->setFont(captionFont);
    m_caption->setWordWrap(true);
    QFont valueFont = m_value->font();
    valueFont.setPointSize(20);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    set({}, {});
}

void FigureTile::set(const QString& caption, const QString& value, const QString& description,
                     const QColor& accent)
{
    m_caption->setText(caption);
    m_value->setText(value);
    const QColor edge = accent.isValid() ? accent : Style::primary();
    setStyleSheet(u"antre--FigureTile { background: %1; border-left: 6px solid %2; border-radius: 4px; }"
                  u"QLabel { color: %3; }"_s.arg(Style::surface().name(), edge.name(), Style::text().name()));
    m_value->setStyleSheet(accent.isValid() ? u"color: %1;"_s.arg(accent.name()) : QString());
    setAccessibleName(caption + u": "_s + value);
    setAccessibleDescription(description);
    setToolTip(description);
}

QString FigureTile::value() const
{
    return m_value->text();
}

void FigureTile::setClickable(bool clickable)
{
    m_clickable = clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
}

void FigureTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        Q_EMIT clicked();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void FigureTile::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (m_clickable && (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space)) {
        Q_EMIT clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace antre
