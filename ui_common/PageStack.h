#pragma once

#include <QStackedWidget>

namespace antre::ui {

// A stack of screens sized by the screen on show only. QStackedWidget asks for the room of its largest page
// (size hints and height for width alike, hidden pages included), so a full-screen kiosk grew past the
// display, its bottom buttons cut off, on a suggestion step because the profile step is taller.
class PageStack final : public QStackedWidget
{
    Q_OBJECT
public:
    explicit PageStack(QWidget* parent = nullptr);
    ~PageStack() override = default;
    Q_DISABLE_COPY_MOVE(PageStack)

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
};

} // namespace antre::ui
