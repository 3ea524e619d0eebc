#pragma once

#include "supervisor_ui/HallAccess.h"

#include <QWidget>

class QTabWidget;

namespace antre {

class ComplaintReportView;
class IkmView;

// What citizens said, as one page of the supervisor's navigation (the header has no room for two): the
// satisfaction index (IKM) and the monthly complaint report, as tabs.
class VoiceView final : public QWidget
{
    Q_OBJECT
public:
    enum class Tab
    {
        Ikm,
        Complaints
    };

    explicit VoiceView(HallAccess& hall, QWidget* parent = nullptr);
    ~VoiceView() override = default;
    Q_DISABLE_COPY_MOVE(VoiceView)

    // Shows the tab, filled with the current month (or the period chosen before) the first time.
    void showTab(Tab tab);
    // Fills the tab on show if it is still empty (the page was just opened).
    void fillShown();
    IkmView* ikm() const { return m_ikm; }
    ComplaintReportView* complaints() const { return m_complaints; }

private:
    void fill(int index);

    QTabWidget* m_tabs;
    IkmView* m_ikm;
    ComplaintReportView* m_complaints;
};

} // namespace antre
