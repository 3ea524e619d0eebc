#pragma once

#include "core/QueueService.h"

#include <QVariantAnimation>
#include <QWidget>

#include <optional>

namespace antre {

// The newest call, as large as the screen allows: number, counter, service. A new call or a recall
// makes the panel pulse amber for a few seconds so that eyes are drawn to it.
class CallPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit CallPanel(QWidget* parent = nullptr);
    ~CallPanel() override;
    Q_DISABLE_COPY_MOVE(CallPanel)

    void setUnit(qreal unit);
    // attention: play the pulse (a call made while the display runs, not one read at start-up).
    void setCall(const std::optional<CallInfo>& call, bool attention);
    const std::optional<CallInfo>& call() const { return m_call; }
    QString shownNumber() const;
    QString shownCounter() const;
    bool isPulsing() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateAccessibility();

    std::optional<CallInfo> m_call;
    QVariantAnimation m_pulse;
    qreal m_unit = 1;
};

} // namespace antre
