#include "supervisor_ui/VoiceView.h"

#include "supervisor_ui/ComplaintDesk.h"
#include "supervisor_ui/ComplaintReportView.h"
#include "supervisor_ui/IkmView.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

VoiceView::VoiceView(HallAccess& hall, const StaffMember& member, QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_ikm(new IkmView(hall, m_tabs)),
      m_complaints(new ComplaintReportView(hall, m_tabs)), m_desk(new ComplaintDesk(hall, member, m_tabs))
{
    setObjectName(u"voice.view"_s);
    m_tabs->setObjectName(u"voice.tabs"_s);
    m_tabs->setAccessibleName(tr("Satisfaction and complaints"));
    m_tabs->setAccessibleDescription(
        tr("The satisfaction index (IKM), the monthly complaint report and the complaint desk"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_ikm, tr("Satisfaction index (IKM)"));
    m_tabs->addTab(m_complaints, tr("Complaint report"));
    m_tabs->addTab(m_desk, tr("Complaint desk"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &VoiceView::fill);
}

void VoiceView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
    fill(int(tab));
}

void VoiceView::fillShown()
{
    fill(m_tabs->currentIndex());
}

void VoiceView::fill(int index)
{
    // Errors show on the tab itself.
    if (index == int(Tab::Ikm) && !m_ikm->page())
        (void)m_ikm->showPeriod(m_ikm->period());
    else if (index == int(Tab::Complaints) && !m_complaints->report())
        (void)m_complaints->showMonth(m_complaints->month());
}

} // namespace antre
