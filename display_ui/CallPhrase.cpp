#include "display_ui/CallPhrase.h"

#include "core/NumberWords.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

// {number} and {counter} in a call phrase; build() fills them, vocabulary() leaves them out.
const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(uR"(\{(number|counter)\})"_s);
    return pattern;
}

const QString kShortPause = u","_s;
const QString kLongPause = u"."_s;

QString pauseFor(QStringView punctuation)
{
    return punctuation == u"." || punctuation == u"!" || punctuation == u"?" ? kLongPause : kShortPause;
}

// A run of pauses is one pause, the longer one.
void appendWords(QStringList& out, const QStringList& words)
{
    for (const QString& word : words) {
        if (CallPhrase::isPause(word) && !out.isEmpty() && CallPhrase::isPause(out.constLast())) {
            if (word == kLongPause)
                out.last() = word;
            continue;
        }
        out << word;
    }
}

QStringList letterRunWords(const QString& run)
{
    // Short all-capital runs are abbreviations people spell out ("BPJS", "PLN"); "a" or "B" alone is
    // a letter too. Longer runs are words ("DUKCAPIL" reads as one).
    const bool capitals = run == run.toUpper() && run != run.toLower();
    if (run.size() == 1 || (capitals && run.size() <= 4)) {
        QStringList out;
        for (const QChar c : run) {
            const QString name = NumberWords::letterName(c);
            out << (name.isEmpty() ? QString(c).toLower() : name);
        }
        return out;
    }
    return {QLocale(QLocale::Indonesian).toLower(run)};
}

} // namespace

QString CallPhrase::defaultTemplate()
{
    return u"Nomor antrean {number}, silakan menuju {counter}"_s;
}

bool CallPhrase::isPause(const QString& word)
{
    return word == kShortPause || word == kLongPause;
}

QStringList CallPhrase::spokenWords(const QString& text)
{
    static const QRegularExpression token(uR"((\d+)|(\p{L}+)|([,.;:!?]))"_s);
    QStringList out;
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.hasCaptured(1)) {
            // Runs longer than any counter number are read digit by digit, which also keeps toInt() safe.
            const QString digits = match.captured(1);
            if (digits.size() > 4) {
                QStringList each;
                for (const QChar d : digits)
                    each << NumberWords::text(d.digitValue());
                appendWords(out, each);
            } else {
                appendWords(out, NumberWords::words(digits.toInt()));
            }
        } else if (match.hasCaptured(2)) {
            appendWords(out, letterRunWords(match.captured(2)));
        } else {
            appendWords(out, {pauseFor(match.capturedView(3))});
        }
    }
    return out;
}

Announcement CallPhrase::build(const CallInfo& call, const QString& phraseTemplate, bool digitByDigit)
{
    const QString phrase = phraseTemplate.trimmed().isEmpty() ? defaultTemplate() : phraseTemplate;
    const QString counter = call.counterName.isEmpty() ? call.counterCode : call.counterName;

    QStringList words;
    qsizetype from = 0;
    auto it = placeholderPattern().globalMatch(phrase);
    while (it.hasNext()) {
        const auto match = it.next();
        appendWords(words, spokenWords(phrase.mid(from, match.capturedStart() - from)));
        appendWords(words, match.captured(1) == u"number"
                               ? NumberWords::ticketWords(call.number, digitByDigit)
                               : spokenWords(counter));
        from = match.capturedEnd();
    }
    appendWords(words, spokenWords(phrase.mid(from)));
    // Pauses only separate words.
    while (!words.isEmpty() && isPause(words.constFirst()))
        words.removeFirst();
    while (!words.isEmpty() && isPause(words.constLast()))
        words.removeLast();

    QString text;
    for (const QString& word : std::as_const(words)) {
        if (!text.isEmpty() && !isPause(word))
            text += u' ';
        text += word;
    }
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
        text += u'.';
    }
    return Announcement{call, words, text};
}

QStringList CallPhrase::vocabulary(const QString& phraseTemplate, const QStringList& counterNames)
{
    const QString phrase = phraseTemplate.trimmed().isEmpty() ? defaultTemplate() : phraseTemplate;
    QStringList words = spokenWords(QString(phrase).remove(placeholderPattern()));
    for (const QString& name : counterNames)
        words += spokenWords(name);
    for (int n = 0; n <= 20; ++n)
        words += NumberWords::words(n);
    words += NumberWords::words(100) + NumberWords::words(200) + NumberWords::words(1000) +
             NumberWords::words(2000) + NumberWords::words(30);
    for (char16_t c = u'a'; c <= u'z'; ++c)
        words << NumberWords::letterName(QChar(c));
    words.removeIf([](const QString& w) { return isPause(w); });
    words.removeDuplicates();
    return words;
}

} // namespace antre
