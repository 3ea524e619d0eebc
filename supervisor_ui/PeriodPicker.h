#pragma once

#include "supervisor_ui/ReportPeriod.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace antre {

// The period controls of a report page: a kind (month, year, range, …), the dates, previous/next and
// "Show". Its children are named `<prefix>.kind`, `.from`, `.to`, `.previous`, `.next`, `.show`.
class PeriodPicker final : public QWidget
{
    Q_OBJECT
public:
    PeriodPicker(const QString& prefix, const QList<ReportPeriod::Kind>& kinds, QWidget* parent = nullptr);
    ~PeriodPicker() override = default;
    Q_DISABLE_COPY_MOVE(PeriodPicker)

    // Shows the period in the controls without announcing it.
    void setPeriod(const ReportPeriod& period);
    const ReportPeriod& period() const { return m_period; }

Q_SIGNALS:
    // The user asked for a period (Show, a kind, previous or next).
    void periodChosen(const antre::ReportPeriod& period);

private:
    void choose(const ReportPeriod& period);
    ReportPeriod fromControls() const;

    ReportPeriod m_period;
    QComboBox* m_kind;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_toLabel;
};

} // namespace antre
