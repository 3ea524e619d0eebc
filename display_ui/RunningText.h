#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

namespace antre {

// The ticker along the bottom of the screen (announcements, service hours). Text that fits is shown
// still; longer text scrolls at a reading pace.
class RunningText final : public QWidget
{
    Q_OBJECT
public:
    explicit RunningText(QWidget* parent = nullptr);
    ~RunningText() override;
    Q_DISABLE_COPY_MOVE(RunningText)

    void setText(const QString& text);
    const QString& text() const { return m_text; }
    bool isScrolling() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QFont textFont() const;
    qreal textWidth() const;
    void updateTimer();

    QString m_text;
    QElapsedTimer m_started;
    QTimer m_frame;
};

} // namespace antre
