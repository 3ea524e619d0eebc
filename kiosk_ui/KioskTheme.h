#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QPushButton;
class QWidget;

namespace antre::kiosk {

// Sizes scale with the screen: `unit` is 1.0 on a 1080-pixel short side (1920×1080 or 1080×1920).
class KioskTheme final
{
public:
    static double unitFor(int width, int height);
    static int px(double unit, double base);
    // Like px, but never below the smallest touch target (about 15 mm on common kiosk panels).
    static int touch(double unit, double base);
    // The kiosk's style sheet; widgets pick their look with the dynamic property "kiosk".
    static QString styleSheet(double unit);
    // Distinct dark colours for agency badges, white text readable on each.
    static QColor agencyColor(int index);
    static QColor unavailable();     // greyed tile background
    static QColor unavailableText(); // still readable on it

    // A label styled by role ("title", "subtitle", "body", …), word-wrapped.
    // The text with a break opportunity (U+200B) every 12 characters inside words longer than 24, so a
    // word-wrapped label can wrap a name without spaces instead of clipping it. Ordinary text is unchanged.
    static QString breakable(const QString& text);
    static QLabel* label(const char* role, QWidget* parent);
    // Makes `heading` the widget that takes the focus when `page` is shown, so a screen reader announces
    // the new screen (its accessible name is what the reader speaks).
    static void makeHeading(QWidget* page, QLabel* heading);
    // A touch button styled by kind ("primary", "secondary", "key", "lang").
    static QPushButton* button(const char* kind, const QString& objectName, QWidget* parent);
};

} // namespace antre::kiosk
