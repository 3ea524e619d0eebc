#pragma once

#include "supervisor_ui/HallAccess.h"

#include <QWidget>

class QTabWidget;

namespace antre {

class ComplaintDesk;
class ComplaintReportView;
class IkmView;
struct StaffMember;

// What citizens said, as one page of the supervisor's navigation (the header has no room for more): the
// satisfaction index (IKM), the monthly complaint report and the complaint desk, as tabs.
class VoiceView final : public QWidget
{
    Q_OBJECT
public:
    enum class Tab
    {
        Ikm,
        Complaints, // the monthly complaint report
        Desk
    };

    VoiceView(HallAccess& hall, const StaffMember& member, QWidget* parent = nullptr);
    ~VoiceView() override = default;
    Q_DISABLE_COPY_MOVE(VoiceView)

    // Shows the tab, filled with the current month (or the period chosen before) the first time.
    void showTab(Tab tab);
    // Fills the tab on show if it is still empty (the page was just opened).
    void fillShown();
    IkmView* ikm() const { return m_ikm; }
    ComplaintReportView* complaints() const { return m_complaints; }
    ComplaintDesk* desk() const { return m_desk; }

private:
    void fill(int index);

    QTabWidget* m_tabs;
    IkmView* m_ikm;
    ComplaintReportView* m_complaints;
    ComplaintDesk* m_desk;
};

} // namespace antre
