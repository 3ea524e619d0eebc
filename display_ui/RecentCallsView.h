#pragma once

#include "core/QueueService.h"

#include <QList>
#include <QWidget>

namespace antre {

// The calls before the newest one, so that someone who looked up a moment late still finds theirs.
class RecentCallsView final : public QWidget
{
    Q_OBJECT
public:
    explicit RecentCallsView(QWidget* parent = nullptr);
    ~RecentCallsView() override;
    Q_DISABLE_COPY_MOVE(RecentCallsView)

    void setUnit(qreal unit);
    void setRows(int rows);
    void setCalls(const QList<CallInfo>& calls);
    const QList<CallInfo>& calls() const { return m_calls; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateAccessibility();

    QList<CallInfo> m_calls;
    int m_rows = 6;
    qreal m_unit = 1;
};

} // namespace antre
