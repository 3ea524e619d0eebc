#include "tests/support/HostileHall.h"

#include <QList>

using namespace Qt::Literals::StringLiterals;

namespace antre::test {

QString hostileText(qsizetype codePoints, char16_t seed)
{
    // One code point each: an override, letters, an emoji; "e" and its acute accent count as two.
    static const QList<char32_t> kCycle = {U'W', U'\U0001F600', U'e', 0x0301, U'M', 0x0304};
    QList<char32_t> points;
    points.append(0x202E);
    for (qsizetype i = 0; points.size() < codePoints; ++i) {
        const char32_t c = kCycle.at(i % kCycle.size());
        points.append(c == U'W' ? char32_t(seed) : c);
    }
    return QString::fromUcs4(points.constData(), points.size());
}

QString hostileText(TextRules::Kind kind, char16_t seed)
{
    return hostileText(TextRules::maxLength(kind), seed);
}

HallConfig hostileConfig(HallConfig c)
{
    using Kind = TextRules::Kind;
    c.site.name = hostileText(Kind::Name, u'H');
    c.site.ticketFooter = hostileText(Kind::Paragraph, u'F');
    c.site.runningText = hostileText(Kind::Paragraph, u'R');
    char16_t seed = u'A';
    for (auto& agency : c.agencies)
        agency.name = hostileText(Kind::Name, seed++);
    for (auto& service : c.services) {
        service.name = hostileText(Kind::Name, seed++);
        service.standard.fee = hostileText(Kind::Line, u'f');
        service.standard.duration = hostileText(Kind::Line, u'd');
        service.standard.requirements = {hostileText(Kind::LongLine, u'q')};
    }
    for (auto& counter : c.counters)
        counter.name = hostileText(Kind::Name, seed++);
    for (auto& member : c.staff)
        member.name = hostileText(Kind::Name, seed++);
    return c;
}

} // namespace antre::test
