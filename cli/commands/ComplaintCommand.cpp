#include "cli/Cli.h"
#include "cli/Context.h"
#include "cli/Output.h"
#include "cli/commands/Commands.h"
#include "core/complaint/ComplaintReport.h"
#include "core/hall/Hall.h"
#include "core/services/ComplaintService.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace antre::cli {

namespace {

QString keysOf(const QStringList& keys)
{
    return keys.join(u", "_s);
}

template <typename E> QStringList keyList(const QList<E>& values)
{
    QStringList keys;
    for (const E value : values)
        keys.append(toKey(value));
    return keys;
}

// An option's value as one of the keys, or the usage error naming the keys there are.
template <typename E, typename FromKey>
Result<std::optional<E>> keyOption(const Context& c, const QString& name, FromKey fromKey,
                                   const QList<E>& all)
{
    if (!c.args().has(name))
        return std::optional<E>();
    const QString text = c.args().value(name);
    if (const auto value = fromKey(text))
        return std::optional<E>(*value);
    return usageError(
        Cli::tr("--%1: \"%2\" is not one of %3").arg(name, text.left(40), keysOf(keyList(all))));
}

class ComplaintCommand final : public Command
{
public:
    ComplaintCommand() : Command(u"complaint"_s) {}

    QStringList synopsis() const override
    {
        return {u"complaint add --channel C --category C --text T [--service S] [--ticket A-001 [--date "
                u"YYYY-MM-DD]] "
                u"[--lapor-id ID] [--contact T] [--sla CLASS]"_s,
                u"complaint list [--status S] [--overdue] [--format text|csv|json]"_s,
                u"complaint update REF --status S [--note T] [--assign STAFF] [--answer T] [--sla CLASS]"_s};
    }
    QString description() const override
    {
        return Cli::tr(
            "Records a complaint (pengaduan) and prints its reference, lists complaints, or moves one on at "
            "the desk: diterima, diverifikasi, ditindaklanjuti, dijawab, selesai, or ditolak with a reason.");
    }
    QList<Option> options() const override
    {
        return {
            {u"channel"_s, u"C"_s, Cli::tr("add: %1").arg(keysOf(keyList(allComplaintChannels())))},
            {u"category"_s, u"C"_s, Cli::tr("add: %1").arg(keysOf(keyList(allComplaintCategories())))},
            {u"text"_s, u"T"_s, Cli::tr("add: what the citizen says")},
            {u"service"_s, u"S"_s, Cli::tr("add: the service it is about (code)")},
            {u"ticket"_s, u"A-001"_s, Cli::tr("add: the citizen's ticket of the last 7 days")},
            {u"date"_s, u"YYYY-MM-DD"_s,
             Cli::tr(
                 "add: the ticket's day, for an older ticket (the newest such ticket of the last 7 days)")},
            {u"lapor-id"_s, u"ID"_s, Cli::tr("add: the SP4N-LAPOR! tracking number (channel lapor)")},
            {u"contact"_s, u"T"_s, Cli::tr("add: how to reach the citizen for the answer")},
            {u"sla"_s, u"CLASS"_s, Cli::tr("add, update: %1").arg(keysOf(keyList(allSlaClasses())))},
            {u"status"_s, u"S"_s, Cli::tr("list, update: %1").arg(keysOf(keyList(allComplaintStatuses())))},
            {u"overdue"_s, {}, Cli::tr("list: only those past their due day without an answer")},
            {u"note"_s, u"T"_s, Cli::tr("update: a note; the reason when the status is ditolak")},
            {u"assign"_s, u"STAFF"_s, Cli::tr("update: the officer who follows it up (staff ID)")},
            {u"answer"_s, u"T"_s, Cli::tr("update: the answer given to the citizen (status dijawab)")},
            {u"format"_s, u"text|csv|json"_s, Cli::tr("list: text (json with --json), csv or json")}};
    }
    bool isSubcommand(const QString& word) const override
    {
        return word == u"add" || word == u"list" || word == u"update";
    }
    QStringList optionsOf(const QString& subcommand) const override
    {
        if (subcommand == u"add")
            return {u"channel"_s, u"category"_s, u"text"_s,    u"service"_s, u"ticket"_s,
                    u"date"_s,    u"lapor-id"_s, u"contact"_s, u"sla"_s};
        if (subcommand == u"list")
            return {u"status"_s, u"overdue"_s, u"format"_s};
        return {u"status"_s, u"note"_s, u"assign"_s, u"answer"_s, u"sla"_s};
    }

    int run(Context& c) override
    {
        const QString sub = c.words().value(0);
        if (!isSubcommand(sub) || c.words().size() != (sub == u"update" ? 2 : 1))
            return c.fail(usageError(Cli::tr("usage: antre complaint add --channel C --category C --text T | "
                                             "complaint list | complaint update REF --status S")));
        if (sub == u"add")
            return add(c);
        if (sub == u"list")
            return list(c);
        return update(c);
    }

private:
    static int printComplaint(Context& c, const Complaint& complaint, QDate today)
    {
        if (c.json())
            printOut(jsonText(ComplaintReportBuilder::toJson(complaint, today)));
        else
            printOut(ComplaintReportBuilder::listText({complaint}, today));
        return 0;
    }

    static int add(Context& c)
    {
        for (const QString& required : {u"channel"_s, u"category"_s, u"text"_s})
            if (!c.args().has(required))
                return c.fail(usageError(Cli::tr("complaint add: --%1 is required").arg(required)));
        auto channel = keyOption(c, u"channel"_s, complaintChannelFromKey, allComplaintChannels());
        if (!channel.ok())
            return c.fail(channel.error());
        auto category = keyOption(c, u"category"_s, complaintCategoryFromKey, allComplaintCategories());
        if (!category.ok())
            return c.fail(category.error());
        auto sla = keyOption(c, u"sla"_s, slaClassFromKey, allSlaClasses());
        if (!sla.ok())
            return c.fail(sla.error());
        if (*channel.value() == ComplaintChannel::Lapor && !c.args().has(u"lapor-id"_s))
            return c.fail(usageError(Cli::tr("complaint add: --lapor-id is required with --channel lapor")));
        if (c.args().has(u"date"_s) && !c.args().has(u"ticket"_s))
            return c.fail(
                usageError(Cli::tr("complaint add: --date is the ticket's day; give --ticket too")));
        const auto ticketDay = dateOption(c, u"date"_s);
        if (!ticketDay.ok())
            return c.fail(ticketDay.error());
        if (auto st = c.open(); !st.ok())
            return c.fail(st.error());
        NewComplaint complaint;
        complaint.ticketDay = ticketDay.value();
        complaint.channel = *channel.value();
        complaint.category = *category.value();
        complaint.sla = sla.value();
        complaint.text = c.args().value(u"text"_s);
        complaint.service = c.args().value(u"service"_s);
        complaint.ticket = c.args().value(u"ticket"_s);
        complaint.laporId = c.args().value(u"lapor-id"_s);
        complaint.contact = c.args().value(u"contact"_s);
        ComplaintService& complaints = c.services().complaints;
        auto added = complaints.add(complaint);
        if (!added.ok())
            return c.fail(added.error());
        auto today = complaints.today();
        if (!today.ok())
            return c.fail(today.error());
        return printComplaint(c, added.value(), today.value());
    }

    static int list(Context& c)
    {
        const QString format = c.args().value(u"format"_s, c.json() ? u"json"_s : u"text"_s);
        if (format != u"text" && format != u"csv" && format != u"json")
            return c.fail(
                usageError(Cli::tr("--format: \"%1\" is not text, csv or json").arg(format.left(40))));
        auto status = keyOption(c, u"status"_s, complaintStatusFromKey, allComplaintStatuses());
        if (!status.ok())
            return c.fail(status.error());
        if (auto st = c.open(); !st.ok())
            return c.fail(st.error());
        ComplaintService& complaints = c.services().complaints;
        ComplaintFilter filter;
        filter.status = status.value();
        filter.overdueOnly = c.args().has(u"overdue"_s);
        auto listed = complaints.list(filter);
        if (!listed.ok())
            return c.fail(listed.error());
        auto today = complaints.today();
        if (!today.ok())
            return c.fail(today.error());
        if (format == u"csv") {
            const QByteArray csv = ComplaintReportBuilder::listCsv(listed.value(), today.value());
            std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        } else if (format == u"json") {
            QJsonArray array;
            for (const Complaint& complaint : listed.value())
                array.append(ComplaintReportBuilder::toJson(complaint, today.value()));
            printOut(
                QString::fromUtf8(QJsonDocument(QJsonObject{{u"as_of"_s, today.value().toString(Qt::ISODate)},
                                                            {u"complaints"_s, array}})
                                      .toJson(QJsonDocument::Indented)));
        } else {
            printOut(ComplaintReportBuilder::listText(listed.value(), today.value()));
        }
        return 0;
    }

    static int update(Context& c)
    {
        if (!c.args().has(u"status"_s))
            return c.fail(usageError(Cli::tr("complaint update: --status is required")));
        auto status = keyOption(c, u"status"_s, complaintStatusFromKey, allComplaintStatuses());
        if (!status.ok())
            return c.fail(status.error());
        auto sla = keyOption(c, u"sla"_s, slaClassFromKey, allSlaClasses());
        if (!sla.ok())
            return c.fail(sla.error());
        if (auto st = c.open(); !st.ok())
            return c.fail(st.error());
        ComplaintUpdate change;
        change.status = status.value();
        change.note = c.args().value(u"note"_s);
        if (c.args().has(u"assign"_s))
            change.assignStaff = c.args().value(u"assign"_s);
        if (c.args().has(u"answer"_s))
            change.answer = c.args().value(u"answer"_s);
        change.sla = sla.value();
        ComplaintService& complaints = c.services().complaints;
        auto updated = complaints.update(c.words().at(1), change);
        if (!updated.ok())
            return c.fail(updated.error());
        auto today = complaints.today();
        if (!today.ok())
            return c.fail(today.error());
        return printComplaint(c, updated.value(), today.value());
    }
};

} // namespace

std::unique_ptr<Command> makeComplaintCommand()
{
    return std::make_unique<ComplaintCommand>();
}

} // namespace antre::cli
