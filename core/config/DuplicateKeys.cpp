#include "core/config/DuplicateKeys.h"

#include "core/ConfigIo.h"
#include "core/config/TextRules.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

struct Frame
{
    bool isObject = false;
    QString path;
    qsizetype count = 0; // array: entries so far
    bool expectKey = true;
    QString key; // object: the key whose value comes next
    QSet<QString> keys;
};

class Scanner final
{
public:
    explicit Scanner(const QByteArray& json) : m_json(json) {}
    ConfigProblems run();

private:
    // The path of the value that starts at the current position.
    QString valuePath();
    // The string starting at m_pos (a '"'), with its escapes decoded, so that "n\u0061me" is "name".
    QString readString();
    void skipScalar();

    const QByteArray& m_json;
    qsizetype m_pos = 0;
    QList<Frame> m_stack;
    ConfigProblems m_problems;
};

ConfigProblems Scanner::run()
{
    while (m_pos < m_json.size()) {
        const char c = m_json.at(m_pos);
        switch (c) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
        case ':':
            ++m_pos;
            break;
        case ',':
            if (!m_stack.isEmpty())
                m_stack.last().expectKey = true;
            ++m_pos;
            break;
        case '{':
        case '[': {
            Frame frame;
            frame.isObject = c == '{';
            frame.path = valuePath();
            m_stack.append(frame);
            ++m_pos;
            break;
        }
        case '}':
        case ']':
            if (!m_stack.isEmpty())
                m_stack.removeLast();
            ++m_pos;
            break;
        case '"':
            if (!m_stack.isEmpty() && m_stack.last().isObject && m_stack.last().expectKey) {
                Frame& object = m_stack.last();
                object.key = readString();
                object.expectKey = false;
                if (object.keys.contains(object.key))
                    m_problems.append(
                        {object.path,
                         ConfigIo::tr("key %1 appears twice").arg(TextRules::quoted(object.key))});
                object.keys.insert(object.key);
            } else {
                valuePath();
                readString();
            }
            break;
        default:
            valuePath();
            skipScalar();
            break;
        }
    }
    return m_problems;
}

QString Scanner::valuePath()
{
    if (m_stack.isEmpty())
        return {};
    Frame& top = m_stack.last();
    if (top.isObject)
        return configpath::child(top.path, top.key);
    return configpath::item(top.path, top.count++);
}

QString Scanner::readString()
{
    QString text;
    QByteArray raw;
    ++m_pos; // the opening quote
    while (m_pos < m_json.size() && m_json.at(m_pos) != '"') {
        const char c = m_json.at(m_pos);
        if (c != '\\' || m_pos + 1 >= m_json.size()) {
            raw.append(c);
            ++m_pos;
            continue;
        }
        text += QString::fromUtf8(raw);
        raw.clear();
        const char escaped = m_json.at(m_pos + 1);
        m_pos += 2;
        switch (escaped) {
        case 'b':
            text += u'\b';
            break;
        case 'f':
            text += u'\f';
            break;
        case 'n':
            text += u'\n';
            break;
        case 'r':
            text += u'\r';
            break;
        case 't':
            text += u'\t';
            break;
        case 'u':
            // One UTF-16 unit; a surrogate pair is two escapes, which join up in the QString.
            text += QChar(char16_t(m_json.mid(m_pos, 4).toUShort(nullptr, 16)));
            m_pos += 4;
            break;
        default: // '"', '\\', '/'
            text += QLatin1Char(escaped);
            break;
        }
    }
    ++m_pos; // the closing quote
    return text + QString::fromUtf8(raw);
}

void Scanner::skipScalar()
{
    static const QByteArray kEnds = QByteArrayLiteral(",:]} \t\r\n");
    while (m_pos < m_json.size() && !kEnds.contains(m_json.at(m_pos)))
        ++m_pos;
}

} // namespace

ConfigProblems DuplicateKeys::find(const QByteArray& json)
{
    return Scanner(json).run();
}

} // namespace antre
