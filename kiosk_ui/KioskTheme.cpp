#include "kiosk_ui/KioskTheme.h"

#include "ui_common/Style.h"

#include <QLabel>
#include <QList>
#include <QPushButton>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

double KioskTheme::unitFor(int width, int height)
{
    return std::clamp(std::min(width, height) / 1080.0, 0.45, 2.5);
}

int KioskTheme::px(double unit, double base)
{
    return std::max(1, int(std::lround(base * unit)));
}

int KioskTheme::touch(double unit, double base)
{
    return std::max(80, px(unit, base));
}

QColor KioskTheme::agencyColor(int index)
{
    static const QList<QColor> colors{
        QColor(0x0b, 0x3d, 0x91), QColor(0x1b, 0x6e, 0x3b), QColor(0x8e, 0x1b, 0x3a),
        QColor(0x5b, 0x2a, 0x86), QColor(0x00, 0x5f, 0x73), QColor(0x9a, 0x3b, 0x00),
        QColor(0x33, 0x4a, 0x5e), QColor(0x6d, 0x4c, 0x00),
    };
    return colors.at(((index % colors.size()) + colors.size()) % colors.size());
}

QColor KioskTheme::unavailable()
{
    return QColor(0xe1, 0xe4, 0xe9);
}

QColor KioskTheme::unavailableText()
{
    return QColor(0x3d, 0x43, 0x4d);
}

QString KioskTheme::breakable(const QString& text)
{
    constexpr qsizetype kLongWord = 24;
    constexpr qsizetype kPiece = 12;
    QString out;
    out.reserve(text.size() + text.size() / kPiece);
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        const QStringView word = QStringView(text).mid(start, end - start);
        if (word.size() <= kLongWord) {
            out += word;
        } else {
            for (qsizetype i = 0; i < word.size(); ++i) {
                const QChar c = word.at(i);
                // Never between the halves of a surrogate pair or before a combining mark.
                if (i > 0 && i % kPiece == 0 && !c.isLowSurrogate() && c.category() != QChar::Mark_NonSpacing)
                    out += QChar(0x200B);
                out += c;
            }
        }
        while (end < text.size() && text.at(end).isSpace())
            out += text.at(end++);
        start = end;
    }
    return out;
}

QLabel* KioskTheme::label(const char* role, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setProperty("kiosk", QString::fromLatin1(role));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // A word longer than the screen (a name without spaces) must not widen the window: the label's own
    // minimum replaces the width of its longest word.
    label->setMinimumWidth(1);
    return label;
}

void KioskTheme::makeHeading(QWidget* page, QLabel* heading)
{
    // Tab focus only: a tap never lands on a heading, and a label draws no focus frame, so nothing changes
    // on screen. Focus is what AT-SPI reports to Orca after a tap moved to another screen.
    heading->setFocusPolicy(Qt::TabFocus);
    page->setFocusProxy(heading);
}

QPushButton* KioskTheme::button(const char* kind, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setProperty("kiosk", QString::fromLatin1(kind));
    button->setFocusPolicy(Qt::TabFocus);
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

QString KioskTheme::styleSheet(double unit)
{
    // {N}: N pixels on a 1080-pixel screen, scaled to this one; [N]: the same for a touch target, never
    // below the minimum; @name: a colour of the shared style.
    QString sheet = uR"css(
QWidget#kioskRoot { background: @background; }
QWidget[kiosk="header"] { background: @primary; }
QLabel[kiosk="hallName"] { color: white; font-weight: bold; font-size: {40}px; }
QLabel[kiosk="tagline"] { color: #dce6f7; font-size: {24}px; }
QLabel[kiosk="date"] { color: white; font-size: {26}px; }
QLabel[kiosk="clock"] { color: white; font-weight: bold; font-size: {48}px; }
QPushButton[kiosk="lang"] { color: white; background: transparent; border: {3}px solid white;
    border-radius: {12}px; font-size: {28}px; font-weight: bold; min-width: [110]px; min-height: [90]px; }
QPushButton[kiosk="lang"]:checked { background: white; color: @primary; }
QLabel[kiosk="title"] { color: @text; font-weight: bold; font-size: {46}px; }
QLabel[kiosk="subtitle"] { color: #3d434d; font-size: {28}px; }
QLabel[kiosk="heading"] { color: #3d434d; font-size: {34}px; }
QLabel[kiosk="body"] { color: @text; font-size: {30}px; }
QLabel[kiosk="fact"] { color: @text; font-weight: bold; font-size: {36}px; }
QLabel[kiosk="section"] { color: @primary; font-weight: bold; font-size: {32}px; }
QLabel[kiosk="reason"] { color: @danger; font-weight: bold; font-size: {30}px; }
QLabel[kiosk="hint"] { color: #3d434d; font-size: {24}px; }
QLabel[kiosk="number"] { color: @primary; font-weight: bold; }
QLabel[kiosk="badge"] { color: @text; background: @accent; font-weight: bold; border-radius: {10}px;
    padding: {6}px {24}px; font-size: {30}px; }
QLabel[kiosk="statusTitle"] { color: @text; font-weight: bold; font-size: {40}px; }
QFrame[kiosk="card"] { background: white; border: {2}px solid #c9ced6; border-radius: {18}px; }
QFrame[kiosk="ok"] { background: #e3f2e7; border: {3}px solid @ok; border-radius: {18}px; }
QFrame[kiosk="fault"] { background: #fbe5e5; border: {3}px solid @danger; border-radius: {18}px; }
QFrame[kiosk="busy"] { background: #fff4d6; border: {3}px solid @accent; border-radius: {18}px; }
QPushButton { font-size: {30}px; font-weight: bold; min-height: [100]px; padding: 0 {28}px;
    border-radius: {16}px; }
QPushButton[kiosk="primary"] { background: @primary; color: white; border: none; }
QPushButton[kiosk="primary"]:pressed { background: #072a66; }
QPushButton[kiosk="primary"]:disabled { background: #9aa3b2; color: #f2f4f8; }
QPushButton[kiosk="secondary"] { background: white; color: @primary; border: {3}px solid @primary; }
QPushButton[kiosk="secondary"]:pressed { background: #dce6f7; }
QPushButton[kiosk="key"] { background: white; color: @text; border: {2}px solid #9aa3b2; min-height: {84}px;
    min-width: {70}px; padding: 0; }
QPushButton[kiosk="key"]:pressed { background: #dce6f7; }
QPushButton[kiosk="key"]:checked { background: @primary; color: white; border-color: @primary; }
QPlainTextEdit { font-size: {30}px; padding: {8}px; border: {3}px solid #9aa3b2; border-radius: {12}px;
    background: white; }
QPlainTextEdit:focus { border-color: @primary; }
QLineEdit { font-size: {36}px; min-height: {84}px; padding: 0 {16}px; border: {3}px solid #9aa3b2;
    border-radius: {12}px; background: white; }
QLineEdit:focus { border-color: @primary; }
QWidget#exitOverlay { background: rgba(10, 20, 40, 190); }
QScrollBar:vertical { width: {40}px; }
)css"_s;
    const QList<std::pair<QString, QColor>> colours{
        {u"@background"_s, Style::background()},
        {u"@primary"_s, Style::primary()},
        {u"@accent"_s, Style::accent()},
        {u"@danger"_s, Style::danger()},
        {u"@text"_s, Style::text()},
        {u"@ok"_s, Style::ok()},
    };
    for (const auto& [name, colour] : colours)
        sheet.replace(name, colour.name());
    static const QRegularExpression size(uR"re(\{(\d+)\}|\[(\d+)\])re"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = size.globalMatch(sheet); it.hasNext();) {
        const auto match = it.next();
        out += QStringView(sheet).mid(last, match.capturedStart() - last);
        out += match.capturedLength(1) > 0 ? QString::number(px(unit, match.captured(1).toDouble()))
                                           : QString::number(touch(unit, match.captured(2).toDouble()));
        last = match.capturedEnd();
    }
    return out + QStringView(sheet).mid(last);
}

} // namespace antre::kiosk
