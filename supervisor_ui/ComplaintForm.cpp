#include "supervisor_ui/ComplaintForm.h"

#include "core/QueueService.h"
#include "core/complaint/ComplaintRules.h"
#include "core/hall/Hall.h"
#include "core/services/ComplaintService.h"
#include "supervisor_ui/UiHelpers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {
// The kiosk is the citizens' own channel; staff record what reached them some other way.
QList<ComplaintChannel> staffChannels()
{
    QList<ComplaintChannel> channels = allComplaintChannels();
    channels.removeAll(ComplaintChannel::Kiosk);
    return channels;
}
} // namespace

ComplaintForm::ComplaintForm(HallAccess& hall, QString actorId, QWidget* parent)
    : QWidget(parent), m_hall(hall), m_actorId(std::move(actorId)), m_channel(new QComboBox(this)),
      m_laporId(new QLineEdit(this)), m_laporLabel(new QLabel(tr("LAPOR! tracking number"), this)),
      m_category(new QComboBox(this)), m_sla(new QComboBox(this)), m_text(new QPlainTextEdit(this)),
      m_contact(new QLineEdit(this)), m_agency(new QComboBox(this)), m_service(new QComboBox(this)),
      m_counter(new QComboBox(this)), m_ticket(new QLineEdit(this)),
      m_message(ui::errorLabel(u"complaints.form.message"_s, this)),
      m_save(ui::button(tr("Record complaint"), u"complaints.form.save"_s,
                        tr("Record the complaint and give it its reference"), this)),
      m_cancel(
          ui::button(tr("Cancel"), u"complaints.form.cancel"_s, tr("Close the form without recording"), this))
{
    setObjectName(u"complaints.form"_s);
    for (const ComplaintChannel channel : staffChannels())
        m_channel->addItem(ComplaintLabels::channel(channel), toKey(channel));
    for (const ComplaintCategory category : allComplaintCategories())
        m_category->addItem(ComplaintLabels::category(category), toKey(category));
    for (const SlaClass sla : allSlaClasses())
        m_sla->addItem(ComplaintLabels::sla(sla), toKey(sla));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(110);
    m_ticket->setPlaceholderText(tr("e.g. A-012"));
    m_laporId->setPlaceholderText(tr("e.g. LAP1234567"));
    m_contact->setPlaceholderText(tr("Telephone or e-mail, only if the citizen wants an answer"));

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const auto row = [&](const QString& key, const QString& label, QWidget* editor,
                         const QString& description, QLabel* labelWidget = nullptr) {
        ui::describe(editor, u"complaints.form."_s + key, label, description);
        editor->setMinimumHeight(qMax(editor->minimumHeight(), 34));
        if (labelWidget)
            form->addRow(labelWidget, editor);
        else
            form->addRow(label, editor);
    };
    row(u"channel"_s, tr("Channel"), m_channel, tr("How the complaint reached the hall"));
    row(u"laporId"_s, tr("LAPOR! tracking number"), m_laporId,
        tr("The tracking number SP4N-LAPOR! gave the complaint"), m_laporLabel);
    row(u"category"_s, tr("Category"), m_category, tr("What the complaint is about"));
    row(u"sla"_s, tr("SLA class"), m_sla, tr("How many working days the answer has; follows the category"));
    row(u"text"_s, tr("Complaint"), m_text, tr("What the citizen says, in their words"));
    row(u"contact"_s, tr("Contact (optional)"), m_contact, tr("How to reach the citizen for the answer"));
    row(u"agency"_s, tr("Agency (optional)"), m_agency, tr("The agency the complaint is about"));
    row(u"service"_s, tr("Service (optional)"), m_service, tr("The service the complaint is about"));
    row(u"counter"_s, tr("Booth (optional)"), m_counter, tr("The booth the complaint is about"));
    row(u"ticket"_s, tr("Ticket (optional)"), m_ticket,
        tr("The citizen's ticket number of the last days; gives the service, agency and booth"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_save);
    actions->addWidget(m_cancel);
    actions->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(ui::title(tr("New complaint"), u"complaints.form.title"_s, this));
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    layout->addStretch();

    connect(m_channel, &QComboBox::currentIndexChanged, this, &ComplaintForm::channelChanged);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ComplaintForm::categoryChanged);
    connect(m_sla, &QComboBox::activated, this, [this] { m_slaByHand = true; });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)submit(); });
    connect(m_cancel, &QPushButton::clicked, this, &ComplaintForm::cancelled);
    reset();
}

void ComplaintForm::reset()
{
    m_slaByHand = false;
    m_channel->setCurrentIndex(0);
    m_category->setCurrentIndex(int(allComplaintCategories().indexOf(ComplaintCategory::Lainnya)));
    m_laporId->clear();
    m_text->clear();
    m_contact->clear();
    m_ticket->clear();
    ui::setError(m_message, {});
    const QString none = tr("— none —");
    for (QComboBox* box : {m_agency, m_service, m_counter}) {
        box->clear();
        box->addItem(none, QString());
    }
    auto config = m_hall.queue.config();
    if (config.ok()) {
        for (const AgencyConfig& agency : config.value().agencies)
            m_agency->addItem(agency.name, agency.code);
        for (const ServiceConfig& service : config.value().services)
            m_service->addItem(tr("%1 (%2)").arg(service.name, service.agency), service.code);
        for (const CounterConfig& counter : config.value().counters)
            m_counter->addItem(counter.name, counter.code);
    } else {
        ui::setError(m_message, config.error().message);
    }
    channelChanged();
    categoryChanged();
}

void ComplaintForm::channelChanged()
{
    const bool lapor = m_channel->currentData().toString() == toKey(ComplaintChannel::Lapor);
    m_laporId->setVisible(lapor);
    m_laporLabel->setVisible(lapor);
}

void ComplaintForm::categoryChanged()
{
    if (m_slaByHand)
        return;
    const auto category = complaintCategoryFromKey(m_category->currentData().toString());
    if (!category)
        return;
    m_sla->setCurrentIndex(m_sla->findData(toKey(ComplaintRules::defaultSla(*category))));
}

NewComplaint ComplaintForm::fields() const
{
    NewComplaint c;
    c.channel = complaintChannelFromKey(m_channel->currentData().toString()).value_or(c.channel);
    c.category = complaintCategoryFromKey(m_category->currentData().toString()).value_or(c.category);
    c.sla = slaClassFromKey(m_sla->currentData().toString());
    c.text = m_text->toPlainText();
    c.contact = m_contact->text();
    if (c.channel == ComplaintChannel::Lapor)
        c.laporId = m_laporId->text().trimmed();
    c.agency = m_agency->currentData().toString();
    c.service = m_service->currentData().toString();
    c.counter = m_counter->currentData().toString();
    c.ticket = m_ticket->text().trimmed().toUpper();
    c.actorId = m_actorId;
    return c;
}

Result<Complaint> ComplaintForm::submit()
{
    auto added = m_hall.all.complaints.add(fields());
    if (!added.ok()) {
        ui::setError(m_message, added.error().message);
        return added.error();
    }
    ui::setError(m_message, {});
    Q_EMIT recorded(added.value().reference);
    return added;
}

ComplaintForm::~ComplaintForm() = default;

} // namespace antre
