#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace antre {

// The nine elements of the SKM questionnaire (PermenPANRB 14/2017), in the regulation's order. Answers are
// kept by element, never by the position of a question: the common questionnaire asks sarana 8th and
// pengaduan 9th, the reverse of this order.
enum class SurveyElement
{
    Persyaratan, // requirements
    Prosedur,    // system, mechanism and procedure
    Waktu,       // service time
    Biaya,       // cost / tariff
    Produk,      // product specification of the service
    Kompetensi,  // competence of the officers
    Perilaku,    // behaviour of the officers
    Pengaduan,   // handling of complaints, suggestions and input
    Sarana,      // facilities and infrastructure
};

inline constexpr int kSurveyElementCount = 9;
inline constexpr int kSurveyMinScore = 1;
inline constexpr int kSurveyMaxScore = 4;

// The respondent profile of the regulation's form: optional, and never anything that names a person.
enum class SurveyProfileField
{
    Sex,
    Age,
    Education,
    Occupation,
};

class SurveyQuestionnaire final
{
    Q_DECLARE_TR_FUNCTIONS(SurveyQuestionnaire)
public:
    // Every element in the regulation's order (the order of every report, CSV and JSON).
    static const std::array<SurveyElement, kSurveyElementCount>& elements();
    // The order in which the common questionnaire asks them (sarana 8th, pengaduan 9th).
    static const std::array<SurveyElement, kSurveyElementCount>& questionOrder();
    static int index(SurveyElement element) { return static_cast<int>(element); }

    // The stable code: the database column, the CSV header, the JSON key ("persyaratan").
    static QString code(SurveyElement element);
    static std::optional<SurveyElement> fromCode(const QString& code);
    static QStringList codes();

    // What the element is about, and the question the screen asks, translated.
    static QString name(SurveyElement element);
    static QString question(SurveyElement element);
    // The element's own four answers, score 1 to 4 (biaya: sangat mahal, cukup mahal, murah, gratis).
    static QString answerLabel(SurveyElement element, int score);

    // The profile's answer codes, as stored ("l", "p"; "18-30"; "sma"; "pns"), and their labels.
    static QString fieldCode(SurveyProfileField field);
    static QStringList optionCodes(SurveyProfileField field);
    static QString optionLabel(SurveyProfileField field, const QString& code);
};

} // namespace antre
