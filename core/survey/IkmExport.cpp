#include "core/survey/IkmExport.h"

#include "core/report/CsvWriter.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

double asNumber(qint64 hundredths)
{
    return double(hundredths) / 100.0;
}

} // namespace

QString IkmExport::sampleText(const IkmGroup& group)
{
    // Paper forms without a booth or officer belong to no served ticket: there is no sample to reach.
    if (group.population <= 0)
        return tr("%1 responses (no served tickets)").arg(group.responses());
    return tr("%1 of %2 responses needed").arg(group.responses()).arg(group.sampleNeeded());
}

QJsonObject IkmExport::groupJson(const IkmGroup& group)
{
    QJsonObject nrr;
    for (const SurveyElement e : SurveyQuestionnaire::elements())
        nrr.insert(SurveyQuestionnaire::code(e), asNumber(Ikm::nrrHundredths(group.tally, e)));
    const bool any = group.responses() > 0;
    return QJsonObject{{u"responses"_s, group.responses()},
                       {u"ikm"_s, any ? QJsonValue(asNumber(group.ikmHundredths())) : QJsonValue()},
                       {u"band"_s, any ? QJsonValue(Ikm::bandLetter(group.band())) : QJsonValue()},
                       {u"nrr"_s, nrr},
                       {u"population"_s, group.population},
                       {u"sample_needed"_s, group.sampleNeeded()}};
}

QJsonObject IkmExport::toJson(const IkmReport& report)
{
    QJsonObject out = groupJson(report.total);
    out.insert(u"from"_s, report.from.toString(Qt::ISODate));
    out.insert(u"to"_s, report.to.toString(Qt::ISODate));
    if (report.by != IkmGrouping::None) {
        out.insert(u"by"_s, toKey(report.by));
        QJsonArray groups;
        for (const IkmGroup& group : report.groups) {
            QJsonObject g = groupJson(group);
            g.insert(u"key"_s, group.key);
            g.insert(u"name"_s, group.name);
            groups.append(g);
        }
        out.insert(u"groups"_s, groups);
    }
    return out;
}

QByteArray IkmExport::toCsv(const IkmReport& report)
{
    CsvWriter csv;
    QStringList header{u"key"_s, u"name"_s, u"from"_s, u"to"_s, u"responses"_s, u"ikm"_s, u"band"_s};
    header << SurveyQuestionnaire::codes() << u"population"_s << u"sample_needed"_s;
    csv.addRow(header);
    const auto row = [&](const QString& key, const QString& name, const IkmGroup& g) {
        const bool any = g.responses() > 0;
        QStringList fields{key,
                           name,
                           report.from.toString(Qt::ISODate),
                           report.to.toString(Qt::ISODate),
                           QString::number(g.responses()),
                           any ? Ikm::decimal(g.ikmHundredths()) : QString(),
                           any ? Ikm::bandLetter(g.band()) : QString()};
        for (const SurveyElement e : SurveyQuestionnaire::elements())
            fields << (any ? Ikm::decimal(Ikm::nrrHundredths(g.tally, e)) : QString());
        fields << QString::number(g.population) << QString::number(g.sampleNeeded());
        csv.addRow(fields);
    };
    for (const IkmGroup& g : report.groups)
        row(g.key, g.name, g);
    row(u"total"_s, tr("Whole hall"), report.total);
    return csv.toUtf8();
}

QString IkmExport::toText(const IkmReport& report)
{
    const auto ikmText = [](const IkmGroup& g) {
        if (g.responses() == 0)
            return tr("no responses");
        return tr("%1 (%2, %3)")
            .arg(Ikm::decimal(g.ikmHundredths()), Ikm::bandLetter(g.band()), Ikm::bandName(g.band()));
    };
    QString out = tr("Satisfaction index (IKM) %1 – %2\n")
                      .arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate));
    out += tr("IKM: %1\n").arg(ikmText(report.total));
    out += tr("Sample: %1 (%2 served)\n").arg(sampleText(report.total)).arg(report.total.population);
    if (report.total.responses() > 0) {
        out += tr("Per element (NRR, 1–4):\n");
        for (const SurveyElement e : SurveyQuestionnaire::elements())
            out += u"  %1 %2\n"_s.arg(SurveyQuestionnaire::code(e), -12)
                       .arg(Ikm::decimal(Ikm::nrrHundredths(report.total.tally, e)));
    }
    if (report.by != IkmGrouping::None) {
        switch (report.by) {
        case IkmGrouping::Service:
            out += tr("Per service:\n");
            break;
        case IkmGrouping::Agency:
            out += tr("Per agency:\n");
            break;
        case IkmGrouping::Counter:
            out += tr("Per counter:\n");
            break;
        case IkmGrouping::Staff:
            out += tr("Per officer:\n");
            break;
        case IkmGrouping::None:
            break;
        }
        // Columns as wide as their longest entry (agency names run to 50 characters, staff ids to 18), so
        // that the index and the sample of every group stand one under the other.
        qsizetype keyWidth = 10;
        qsizetype nameWidth = 0;
        qsizetype ikmWidth = 0;
        for (const IkmGroup& g : report.groups) {
            keyWidth = std::max(keyWidth, g.key.size());
            nameWidth = std::max(nameWidth, g.name.size());
            ikmWidth = std::max(ikmWidth, ikmText(g).size());
        }
        for (const IkmGroup& g : report.groups)
            out += u"  %1 %2  %3  %4\n"_s.arg((g.key.isEmpty() ? u"-"_s : g.key).leftJustified(keyWidth),
                                              g.name.leftJustified(nameWidth),
                                              ikmText(g).leftJustified(ikmWidth), sampleText(g));
    }
    return out;
}

} // namespace antre
