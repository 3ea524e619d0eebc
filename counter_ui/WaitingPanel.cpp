#include "counter_ui/WaitingPanel.h"

#include "counter_ui/CounterSession.h"
#include "counter_ui/CounterText.h"
#include "ui_common/Style.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

WaitingPanel::WaitingPanel(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_summary(new QLabel(this)), m_table(new QTableWidget(this))
{
    setObjectName(u"waitingPanel"_s);
    m_title->setObjectName(u"waitingTitle"_s);
    m_title->setWordWrap(true);
    m_summary->setObjectName(u"waitingSummary"_s);
    m_summary->setWordWrap(true);
    m_table->setObjectName(u"waitingList"_s);
    m_table->setColumnCount(4);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    retranslate();
    setCompact(false);
}

void WaitingPanel::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Service"), tr("Waiting"), tr("Note")});
    m_table->setAccessibleName(tr("Waiting line"));
    m_table->setAccessibleDescription(tr("Citizens waiting for this counter's services, next first."));
}

void WaitingPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WaitingPanel::setCompact(bool compact)
{
    m_compact = compact;
    m_table->setVisible(!compact);
    m_title->setVisible(!compact);
    m_summary->setVisible(compact);
}

int WaitingPanel::rowCount() const
{
    return m_table->rowCount();
}

void WaitingPanel::showSnapshot(const BoothSnapshot& snapshot, const QDateTime& now)
{
    const auto& waiting = snapshot.waiting;
    int priority = 0;
    for (const TicketInfo& t : waiting)
        priority += t.priority ? 1 : 0;
    const int count = static_cast<int>(waiting.size());
    m_title->setText(priority > 0 ? tr("Waiting here: %n (%1 priority)", nullptr, count).arg(priority)
                                  : tr("Waiting here: %n", nullptr, count));
    if (waiting.isEmpty()) {
        m_summary->setText(tr("No one is waiting."));
    } else {
        QStringList next;
        for (qsizetype i = 0; i < qMin<qsizetype>(3, waiting.size()); ++i)
            next << waiting.at(i).number.toString();
        m_summary->setText(tr("%n waiting · next: %1", nullptr, count).arg(next.join(u", "_s)));
    }
    m_table->setRowCount(count);
    for (int row = 0; row < count; ++row) {
        const TicketInfo& t = waiting.at(row);
        QStringList notes;
        if (t.priority)
            notes << tr("priority");
        if (t.transferred)
            notes << tr("transferred");
        const QStringList cells{t.number.toString(), t.serviceName,
                                CounterText::minutes(t.issuedAt.secsTo(now)), notes.join(u", "_s)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(cells.at(column));
            item->setToolTip(column == 1 ? t.serviceName : QString());
            item->setForeground(column == 3 && t.priority ? Style::danger() : Style::text());
        }
    }
}

} // namespace antre
