#include "ui_common/ElidedLabel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QTextLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

// The lines `text` wraps into at `width`, as ranges of it: at spaces, or anywhere inside a longer word.
QList<QTextLine> wrappedLines(QTextLayout& layout, int width, int maxLines)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QList<QTextLine> lines;
    layout.beginLayout();
    // One line more than allowed tells that the text goes on.
    while (lines.size() <= maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        lines << line;
    }
    layout.endLayout();
    return lines;
}

} // namespace

ElidedLabel::ElidedLabel(QWidget* parent, int maxLines) : QLabel(parent), m_maxLines(std::max(1, maxLines))
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setTextInteractionFlags(Qt::NoTextInteraction);
}

void ElidedLabel::setFullText(const QString& text)
{
    if (accessibleName().isEmpty() || accessibleName() == m_autoName) {
        m_autoName = text;
        setAccessibleName(text);
    }
    if (text == m_full && !text.isEmpty())
        return;
    m_full = text;
    updateShown();
    updateGeometry();
}

void ElidedLabel::setMaxLines(int lines)
{
    m_maxLines = std::max(1, lines);
    updateShown();
    updateGeometry();
}

QString ElidedLabel::fitted(const QString& text, const QFont& font, int width, int maxLines)
{
    const QFontMetrics metrics(font);
    width = std::max(width, 1);
    if (maxLines <= 1 || text.isEmpty())
        return metrics.elidedText(QString(text).replace(u'\n', u' '), Qt::ElideRight, width);
    // Each paragraph (a line break of the text's own) starts a line; the lines run out after maxLines.
    const QStringList paragraphs = text.split(u'\n');
    QStringList shown;
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        const QString& paragraph = paragraphs.at(p);
        QTextLayout layout(paragraph, font);
        const int budget = maxLines - static_cast<int>(shown.size());
        const QList<QTextLine> lines = wrappedLines(layout, width, budget);
        for (qsizetype i = 0; i < lines.size() && i < budget; ++i) {
            const QTextLine& line = lines.at(i);
            const bool lastAllowed = static_cast<int>(shown.size()) == maxLines - 1;
            const bool more = i + 1 < lines.size() || p + 1 < paragraphs.size();
            if (lastAllowed && more) {
                // The last line allowed takes the rest of the text, cut to fit.
                QStringList rest{paragraph.mid(line.textStart())};
                rest += paragraphs.mid(p + 1);
                QString cut = metrics.elidedText(rest.join(u' ').trimmed(), Qt::ElideRight, width);
                shown << cut;
                return shown.join(u'\n');
            }
            shown << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        if (lines.isEmpty())
            shown << QString();
    }
    return shown.join(u'\n');
}

int ElidedLabel::frameWidth() const
{
    const QMargins frame = contentsMargins();
    return frame.left() + frame.right() + 2 * margin();
}

int ElidedLabel::linesAt(int textWidth) const
{
    if (m_maxLines <= 1 || m_full.isEmpty())
        return 1;
    return static_cast<int>(fitted(m_full, font(), textWidth, m_maxLines).count(u'\n')) + 1;
}

QString ElidedLabel::breakable(const QString& text)
{
    constexpr qsizetype kLongWord = 32;
    constexpr qsizetype kPiece = 16;
    QString out;
    out.reserve(text.size() + text.size() / kPiece);
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == QChar(0x200B)) {
            run = 0;
        } else if (!c.isLowSurrogate() && c.category() != QChar::Mark_NonSpacing &&
                   c.category() != QChar::Mark_Enclosing) {
            // Never between the halves of a surrogate pair or before a combining mark.
            if (run >= kLongWord && run % kPiece == 0)
                out += QChar(0x200B);
            ++run;
        }
        out += c;
    }
    return out;
}

void ElidedLabel::wrapAnywhere(QLabel* label)
{
    label->setWordWrap(true);
    label->setMinimumWidth(1);
}

void ElidedLabel::setTextOf(QLabel* label, const QString& text)
{
    if (auto* elided = qobject_cast<ElidedLabel*>(label))
        elided->setFullText(text);
    else
        label->setText(text);
}

void ElidedLabel::updateShown()
{
    // QLabel::setText is not virtual: a text set through it becomes the full text.
    if (text() != m_shown)
        m_full = text();
    const int width = contentsRect().width() - 2 * margin();
    QString shown = fitted(m_full, font(), width, m_maxLines);
    // Never empty for a text: a label that says nothing at all would hide that there is something.
    if (shown.isEmpty() && !m_full.isEmpty())
        shown = u"…"_s;
    m_elided = shown.endsWith(u"…"_s) && !m_full.endsWith(u"…"_s);
    setToolTip(m_elided ? m_full : QString());
    m_shown = shown;
    if (shown != text())
        QLabel::setText(shown);
}

QSize ElidedLabel::sizeHint() const
{
    // From the full text and the margins only, never from what is shown: the hint must not change when the
    // label is resized, or a layout would keep resizing it.
    const QFontMetrics metrics(font());
    const int wanted = std::min(metrics.horizontalAdvance(m_full), metrics.averageCharWidth() * kHintChars);
    const int width = frameWidth() + wanted + 1;
    return {width, heightForWidth(width)};
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    const int width = frameWidth() + metrics.horizontalAdvance(u"M…"_s);
    const QMargins frame = contentsMargins();
    return {width, frame.top() + frame.bottom() + 2 * margin() + metrics.height()};
}

bool ElidedLabel::hasHeightForWidth() const
{
    return m_maxLines > 1;
}

int ElidedLabel::heightForWidth(int width) const
{
    const QFontMetrics metrics(font());
    const QMargins frame = contentsMargins();
    const int lines = linesAt(width - frameWidth());
    return frame.top() + frame.bottom() + 2 * margin() + metrics.height() +
           (lines - 1) * metrics.lineSpacing();
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    updateShown();
}

void ElidedLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateShown();
        updateGeometry();
    }
}

} // namespace antre
