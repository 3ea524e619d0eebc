#include "supervisor_ui/PeriodPicker.h"

#include "supervisor_ui/UiHelpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace antre {

PeriodPicker::PeriodPicker(const QString& prefix, const QList<ReportPeriod::Kind>& kinds, QWidget* parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_toLabel(new QLabel(tr("to"), this))
{
    setObjectName(prefix + u".period"_s);
    for (const auto kind : kinds)
        m_kind->addItem(ReportPeriod::kindLabel(kind), QVariant::fromValue(int(kind)));
    ui::describe(m_kind, prefix + u".kind"_s, tr("Period"), tr("The kind of period the page shows"));
    ui::describe(m_from, prefix + u".from"_s, tr("Date"),
                 tr("A day of the period, or the first day of the range"));
    ui::describe(m_to, prefix + u".to"_s, tr("Last date"), tr("The last day of the date range"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dd/MM/yyyy"_s);
        edit->setMinimumHeight(40);
        edit->setMinimumWidth(150);
    }
    m_kind->setMinimumHeight(40);
    m_kind->setMinimumWidth(140);
    m_kind->setVisible(kinds.size() > 1);
    auto* previous = ui::button(u"◀"_s, prefix + u".previous"_s, tr("Previous period"), this);
    auto* next = ui::button(u"▶"_s, prefix + u".next"_s, tr("Next period"), this);
    previous->setAccessibleName(tr("Previous period"));
    next->setAccessibleName(tr("Next period"));
    for (QPushButton* b : {previous, next})
        b->setFixedWidth(48);
    auto* show = ui::button(tr("Show"), prefix + u".show"_s, tr("Show the chosen period"), this);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_kind);
    layout->addWidget(previous);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    layout->addWidget(next);
    layout->addWidget(show);

    connect(m_kind, &QComboBox::activated, this, [this] {
        const auto kind = ReportPeriod::Kind(m_kind->currentData().toInt());
        choose(kind == ReportPeriod::Kind::Range ? ReportPeriod::range(m_period.from, m_period.to)
                                                 : ReportPeriod::around(kind, m_from->date()));
    });
    connect(show, &QPushButton::clicked, this, [this] { choose(fromControls()); });
    connect(previous, &QPushButton::clicked, this, [this] { choose(m_period.shifted(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { choose(m_period.shifted(1)); });
}

void PeriodPicker::setPeriod(const ReportPeriod& period)
{
    m_period = period;
    const int index = m_kind->findData(int(period.kind));
    if (index >= 0)
        m_kind->setCurrentIndex(index);
    // A month reads as a month, a year as a year; a day or a range as dates.
    switch (period.kind) {
    case ReportPeriod::Kind::Month:
        m_from->setDisplayFormat(u"MMMM yyyy"_s);
        break;
    case ReportPeriod::Kind::Year:
        m_from->setDisplayFormat(u"yyyy"_s);
        break;
    default:
        m_from->setDisplayFormat(u"dd/MM/yyyy"_s);
        break;
    }
    m_from->setDate(period.from);
    m_to->setDate(period.to);
    const bool range = period.kind == ReportPeriod::Kind::Range;
    m_to->setVisible(range);
    m_toLabel->setVisible(range);
}

ReportPeriod PeriodPicker::fromControls() const
{
    const auto kind = ReportPeriod::Kind(m_kind->currentData().toInt());
    return kind == ReportPeriod::Kind::Range ? ReportPeriod::range(m_from->date(), m_to->date())
                                             : ReportPeriod::around(kind, m_from->date());
}

void PeriodPicker::choose(const ReportPeriod& period)
{
    setPeriod(period);
    Q_EMIT periodChosen(period);
}

} // namespace antre
