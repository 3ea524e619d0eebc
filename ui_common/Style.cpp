#include "ui_common/Style.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace antre {

QColor Style::primary()
{
    return QColor(0x0b, 0x3d, 0x91);
}
QColor Style::accent()
{
    return QColor(0xff, 0xb3, 0x00);
}
QColor Style::ok()
{
    return QColor(0x1b, 0x7f, 0x3b);
}
QColor Style::warning()
{
    return QColor(0xc7, 0x7c, 0x02);
}
QColor Style::danger()
{
    return QColor(0xb0, 0x1e, 0x1e);
}
QColor Style::muted()
{
    return QColor(0x8a, 0x8f, 0x98);
}
QColor Style::background()
{
    return QColor(0xf2, 0xf4, 0xf8);
}
QColor Style::surface()
{
    return QColor(0xff, 0xff, 0xff);
}
QColor Style::text()
{
    return QColor(0x14, 0x1a, 0x24);
}

void Style::apply(QApplication& app)
{
    QFont font(QString::fromLatin1(kFontFamily));
    font.setPointSize(11);
    app.setFont(font);
    QPalette palette = app.palette();
    palette.setColor(QPalette::Window, background());
    palette.setColor(QPalette::Base, surface());
    palette.setColor(QPalette::WindowText, text());
    palette.setColor(QPalette::Text, text());
    palette.setColor(QPalette::ButtonText, text());
    palette.setColor(QPalette::Highlight, primary());
    palette.setColor(QPalette::HighlightedText, Qt::white);
    app.setPalette(palette);
}

} // namespace antre
