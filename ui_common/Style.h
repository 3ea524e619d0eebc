#pragma once

#include <QColor>
#include <QString>

class QApplication;

namespace antre {

// The shared look: high-contrast colours that read from two metres and survive cheap TV panels.
class Style final
{
public:
    static constexpr const char* kFontFamily = "DejaVu Sans";
    static QColor primary(); // deep blue
    static QColor accent();  // amber, for attention
    static QColor ok();      // green
    static QColor warning(); // amber
    static QColor danger();  // red
    static QColor muted();   // grey for unavailable things
    static QColor background();
    static QColor surface();
    static QColor text();
    // Applies the font and palette to the whole application.
    static void apply(QApplication& app);
};

} // namespace antre
