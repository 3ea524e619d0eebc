#include "core/survey/SurveyElements.h"

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

constexpr std::array<SurveyElement, kSurveyElementCount> kElements{
    SurveyElement::Persyaratan, SurveyElement::Prosedur,  SurveyElement::Waktu,
    SurveyElement::Biaya,       SurveyElement::Produk,    SurveyElement::Kompetensi,
    SurveyElement::Perilaku,    SurveyElement::Pengaduan, SurveyElement::Sarana};

constexpr std::array<SurveyElement, kSurveyElementCount> kQuestionOrder{
    SurveyElement::Persyaratan, SurveyElement::Prosedur, SurveyElement::Waktu,
    SurveyElement::Biaya,       SurveyElement::Produk,   SurveyElement::Kompetensi,
    SurveyElement::Perilaku,    SurveyElement::Sarana,   SurveyElement::Pengaduan};

constexpr std::array<QStringView, kSurveyElementCount> kCodes{u"persyaratan", u"prosedur",  u"waktu",
                                                              u"biaya",       u"produk",    u"kompetensi",
                                                              u"perilaku",    u"pengaduan", u"sarana"};

} // namespace

const std::array<SurveyElement, kSurveyElementCount>& SurveyQuestionnaire::elements()
{
    return kElements;
}

const std::array<SurveyElement, kSurveyElementCount>& SurveyQuestionnaire::questionOrder()
{
    return kQuestionOrder;
}

QString SurveyQuestionnaire::code(SurveyElement element)
{
    return kCodes.at(static_cast<std::size_t>(index(element))).toString();
}

std::optional<SurveyElement> SurveyQuestionnaire::fromCode(const QString& code)
{
    for (const SurveyElement e : kElements)
        if (kCodes.at(static_cast<std::size_t>(index(e))) == code)
            return e;
    return std::nullopt;
}

QStringList SurveyQuestionnaire::codes()
{
    QStringList out;
    for (const SurveyElement e : kElements)
        out << code(e);
    return out;
}

QString SurveyQuestionnaire::name(SurveyElement element)
{
    switch (element) {
    case SurveyElement::Persyaratan:
        return tr("Requirements");
    case SurveyElement::Prosedur:
        return tr("Procedure");
    case SurveyElement::Waktu:
        return tr("Service time");
    case SurveyElement::Biaya:
        return tr("Cost");
    case SurveyElement::Produk:
        return tr("Service product");
    case SurveyElement::Kompetensi:
        return tr("Staff competence");
    case SurveyElement::Perilaku:
        return tr("Staff behaviour");
    case SurveyElement::Pengaduan:
        return tr("Complaint handling");
    case SurveyElement::Sarana:
        return tr("Facilities");
    }
    return {};
}

QString SurveyQuestionnaire::question(SurveyElement element)
{
    switch (element) {
    case SurveyElement::Persyaratan:
        return tr("How well do the requirements match the kind of service?");
    case SurveyElement::Prosedur:
        return tr("How easy is the service procedure?");
    case SurveyElement::Waktu:
        return tr("How fast was the service?");
    case SurveyElement::Biaya:
        return tr("How fair was the cost of the service?");
    case SurveyElement::Produk:
        return tr("Did the result of the service match what was published?");
    case SurveyElement::Kompetensi:
        return tr("How competent were the staff?");
    case SurveyElement::Perilaku:
        return tr("How polite and friendly were the staff?");
    case SurveyElement::Pengaduan:
        return tr("How well are complaints, suggestions and input handled?");
    case SurveyElement::Sarana:
        return tr("How good are the facilities?");
    }
    return {};
}

QString SurveyQuestionnaire::answerLabel(SurveyElement element, int score)
{
    if (score < kSurveyMinScore || score > kSurveyMaxScore)
        return {};
    // Each element's four answers as the regulation's questionnaire words them, from 1 to 4.
    switch (element) {
    case SurveyElement::Persyaratan: {
        const QString labels[] = {tr("Not suitable"), tr("Somewhat suitable"), tr("Suitable"),
                                  tr("Very suitable")};
        return labels[score - 1];
    }
    case SurveyElement::Prosedur: {
        const QString labels[] = {tr("Not easy"), tr("Somewhat easy"), tr("Easy"), tr("Very easy")};
        return labels[score - 1];
    }
    case SurveyElement::Waktu: {
        const QString labels[] = {tr("Not fast"), tr("Somewhat fast"), tr("Fast"), tr("Very fast")};
        return labels[score - 1];
    }
    case SurveyElement::Biaya: {
        const QString labels[] = {tr("Very expensive"), tr("Rather expensive"), tr("Cheap"), tr("Free")};
        return labels[score - 1];
    }
    case SurveyElement::Produk: {
        const QString labels[] = {tr("Does not match"), tr("Somewhat matches"), tr("Matches"),
                                  tr("Matches exactly")};
        return labels[score - 1];
    }
    case SurveyElement::Kompetensi: {
        const QString labels[] = {tr("Not competent"), tr("Somewhat competent"), tr("Competent"),
                                  tr("Very competent")};
        return labels[score - 1];
    }
    case SurveyElement::Perilaku: {
        const QString labels[] = {tr("Not polite and friendly"), tr("Somewhat polite and friendly"),
                                  tr("Polite and friendly"), tr("Very polite and friendly")};
        return labels[score - 1];
    }
    case SurveyElement::Pengaduan: {
        const QString labels[] = {tr("Not available"), tr("Available but not working"),
                                  tr("Working but not well"), tr("Handled well")};
        return labels[score - 1];
    }
    case SurveyElement::Sarana: {
        const QString labels[] = {tr("Poor"), tr("Fair"), tr("Good"), tr("Very good")};
        return labels[score - 1];
    }
    }
    return {};
}

QString SurveyQuestionnaire::fieldCode(SurveyProfileField field)
{
    switch (field) {
    case SurveyProfileField::Sex:
        return u"sex"_s;
    case SurveyProfileField::Age:
        return u"age"_s;
    case SurveyProfileField::Education:
        return u"education"_s;
    case SurveyProfileField::Occupation:
        return u"occupation"_s;
    }
    return {};
}

QStringList SurveyQuestionnaire::optionCodes(SurveyProfileField field)
{
    switch (field) {
    case SurveyProfileField::Sex:
        return {u"l"_s, u"p"_s};
    case SurveyProfileField::Age:
        return {u"<18"_s, u"18-30"_s, u"31-40"_s, u"41-50"_s, u"51-60"_s, u">60"_s};
    case SurveyProfileField::Education:
        return {u"sd"_s, u"smp"_s, u"sma"_s, u"d1-d3"_s, u"s1"_s, u"s2"_s, u"s3"_s};
    case SurveyProfileField::Occupation:
        return {u"pns"_s, u"tni"_s, u"polri"_s, u"swasta"_s, u"wirausaha"_s, u"pelajar"_s, u"lainnya"_s};
    }
    return {};
}

QString SurveyQuestionnaire::optionLabel(SurveyProfileField field, const QString& code)
{
    if (field == SurveyProfileField::Sex)
        return code == u"l" ? tr("Male") : code == u"p" ? tr("Female") : QString();
    if (field == SurveyProfileField::Age) {
        if (code == u"<18")
            return tr("under 18");
        if (code == u">60")
            return tr("over 60");
        return optionCodes(field).contains(code) ? tr("%1 years").arg(code) : QString();
    }
    if (field == SurveyProfileField::Education) {
        const QStringList codes = optionCodes(field);
        const QString labels[] = {tr("Primary school"),  tr("Junior high school"), tr("Senior high school"),
                                  tr("Diploma (D1–D3)"), tr("Bachelor (S1)"),      tr("Master (S2)"),
                                  tr("Doctorate (S3)")};
        const qsizetype i = codes.indexOf(code);
        return i < 0 ? QString() : labels[i];
    }
    const QStringList codes = optionCodes(field);
    const QString labels[] = {
        tr("Civil servant"), tr("Military (TNI)"), tr("Police (Polri)"), tr("Private employee"),
        tr("Self-employed"), tr("Student"),        tr("Other")};
    const qsizetype i = codes.indexOf(code);
    return i < 0 ? QString() : labels[i];
}

} // namespace antre
