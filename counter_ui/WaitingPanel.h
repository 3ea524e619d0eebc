#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace antre {

struct BoothSnapshot;

// The waiting line of this booth's services in the order Call next takes it. The compact window shows
// only a one-line summary.
class WaitingPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit WaitingPanel(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(WaitingPanel)

    void showSnapshot(const BoothSnapshot& snapshot, const QDateTime& now);
    void setCompact(bool compact);
    int rowCount() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
    QLabel* m_summary;
    QTableWidget* m_table;
    bool m_compact = false;
};

} // namespace antre
