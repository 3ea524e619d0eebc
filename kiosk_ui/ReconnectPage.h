#pragma once

#include <QWidget>

class QLabel;

namespace antre::kiosk {

// The whole screen while the hall's server cannot be reached: no tile to tap, so no ticket is promised that
// cannot be committed. With a press pending it tells the citizen that their ticket is on its way.
class ReconnectPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ReconnectPage(QWidget* parent = nullptr);

    void setUnit(double unit);
    // Whether a citizen's press waits for the connection (their ticket comes as soon as it is back).
    void setPressPending(bool pending);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
    QLabel* m_detail;
    bool m_pending = false;
};

} // namespace antre::kiosk
