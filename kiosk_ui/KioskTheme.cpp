#include "KioskTheme.h"

#include "Style.h"

#include <QLabel>
#include <QList>
#include <QPushButton>

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
        QColor(0x0b, 0x3d, 0x91), QColor(0x1b, 0x6e, 0x3b), QColor(0x8e, 0x1b, 0x3a), QColor(0x5b, 0x2a, 0x86),
        QColor(0x00, 0x5f, 0x73), QColor(0x9a, 0x3b, 0x00), QColor(0x33, 0x4a, 0x5e), QColor(0x6d, 0x4c, 0x00),
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

QLabel* KioskTheme::label(const char* role, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setProperty("kiosk", QString::fromLatin1(role));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
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

QString KioskTheme::styleSheet(double u)
{
    const auto p = [u](double base) { return QString::number(px(u, base)); };
    const auto t = [u](double base) { return QString::number(touch(u, base)); };
    const QString primary = Style::primary().name();
    const QString accent = Style::accent().name();
    const QString text = Style::text().name();
    const QString danger = Style::danger().name();
    const QString ok = Style::ok().name();
    return QString(
        u"QWidget#kioskRoot { background: "_s + Style::background().name() + u"; }"_s +
        u"QWidget[kiosk=\"header\"] { background: "_s + primary + u"; }"_s +
        u"QLabel[kiosk=\"hallName\"] { color: white; font-weight: bold; font-size: "_s + p(40) + u"px; }"_s +
        u"QLabel[kiosk=\"tagline\"] { color: #dce6f7; font-size: "_s + p(24) + u"px; }"_s +
        u"QLabel[kiosk=\"date\"] { color: white; font-size: "_s + p(26) + u"px; }"_s +
        u"QLabel[kiosk=\"clock\"] { color: white; font-weight: bold; font-size: "_s + p(48) + u"px; }"_s +
        u"QPushButton[kiosk=\"lang\"] { color: white; background: transparent; border: "_s + p(3) +
        u"px solid white; border-radius: "_s + p(12) + u"px; font-size: "_s + p(28) +
        u"px; font-weight: bold; min-width: "_s + t(110) + u"px; min-height: "_s + t(90) + u"px; }"_s +
        u"QPushButton[kiosk=\"lang\"]:checked { background: white; color: "_s + primary + u"; }"_s +
        u"QLabel[kiosk=\"title\"] { color: "_s + text + u"; font-weight: bold; font-size: "_s + p(46) + u"px; }"_s +
        u"QLabel[kiosk=\"subtitle\"] { color: #3d434d; font-size: "_s + p(28) + u"px; }"_s +
        u"QLabel[kiosk=\"body\"] { color: "_s + text + u"; font-size: "_s + p(30) + u"px; }"_s +
        u"QLabel[kiosk=\"section\"] { color: "_s + primary + u"; font-weight: bold; font-size: "_s + p(32) +
        u"px; }"_s +
        u"QLabel[kiosk=\"reason\"] { color: "_s + danger + u"; font-weight: bold; font-size: "_s + p(30) +
        u"px; }"_s +
        u"QLabel[kiosk=\"fact\"] { color: "_s + text + u"; font-weight: bold; font-size: "_s + p(36) + u"px; }"_s +
        u"QLabel[kiosk=\"heading\"] { color: #3d434d; font-size: "_s + p(34) + u"px; }"_s +
        u"QLabel[kiosk=\"hint\"] { color: #3d434d; font-size: "_s + p(24) + u"px; }"_s +
        u"QLabel[kiosk=\"number\"] { color: "_s + primary + u"; font-weight: bold; }"_s +
        u"QLabel[kiosk=\"badge\"] { color: "_s + text + u"; background: "_s + accent +
        u"; font-weight: bold; border-radius: "_s + p(10) + u"px; padding: "_s + p(6) + u"px "_s + p(24) +
        u"px; font-size: "_s + p(30) + u"px; }"_s +
        u"QFrame[kiosk=\"card\"] { background: white; border: "_s + p(2) + u"px solid #c9ced6; border-radius: "_s +
        p(18) + u"px; }"_s +
        u"QFrame[kiosk=\"ok\"] { background: #e3f2e7; border: "_s + p(3) + u"px solid "_s + ok +
        u"; border-radius: "_s + p(18) + u"px; }"_s +
        u"QFrame[kiosk=\"fault\"] { background: #fbe5e5; border: "_s + p(3) + u"px solid "_s + danger +
        u"; border-radius: "_s + p(18) + u"px; }"_s +
        u"QFrame[kiosk=\"busy\"] { background: #fff4d6; border: "_s + p(3) + u"px solid "_s + accent +
        u"; border-radius: "_s + p(18) + u"px; }"_s +
        u"QLabel[kiosk=\"statusTitle\"] { color: "_s + text + u"; font-weight: bold; font-size: "_s + p(40) +
        u"px; }"_s +
        u"QPushButton { font-size: "_s + p(30) + u"px; font-weight: bold; min-height: "_s + t(100) +
        u"px; padding: 0 "_s + p(28) + u"px; border-radius: "_s + p(16) + u"px; }"_s +
        u"QPushButton[kiosk=\"primary\"] { background: "_s + primary + u"; color: white; border: none; }"_s +
        u"QPushButton[kiosk=\"primary\"]:pressed { background: #072a66; }"_s +
        u"QPushButton[kiosk=\"primary\"]:disabled { background: #9aa3b2; color: #f2f4f8; }"_s +
        u"QPushButton[kiosk=\"secondary\"] { background: white; color: "_s + primary + u"; border: "_s + p(3) +
        u"px solid "_s + primary + u"; }"_s +
        u"QPushButton[kiosk=\"secondary\"]:pressed { background: #dce6f7; }"_s +
        u"QPushButton[kiosk=\"key\"] { background: white; color: "_s + text + u"; border: "_s + p(2) +
        u"px solid #9aa3b2; min-height: "_s + p(84) + u"px; min-width: "_s + p(70) + u"px; padding: 0; }"_s +
        u"QPushButton[kiosk=\"key\"]:pressed { background: #dce6f7; }"_s +
        u"QLineEdit { font-size: "_s + p(36) + u"px; min-height: "_s + p(84) + u"px; padding: 0 "_s + p(16) +
        u"px; border: "_s + p(3) + u"px solid #9aa3b2; border-radius: "_s + p(12) + u"px; background: white; }"_s +
        u"QLineEdit:focus { border-color: "_s + primary + u"; }"_s +
        u"QWidget#exitOverlay { background: rgba(10, 20, 40, 190); }"_s +
        u"QScrollBar:vertical { width: "_s + p(40) + u"px; }"_s);
}

} // namespace antre::kiosk
