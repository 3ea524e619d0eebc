#pragma once

#include <QColor>
#include <QFrame>

class QLabel;

namespace antre {

// A headline number with its caption, readable across the office ("Waiting 23").
class FigureTile final : public QFrame
{
    Q_OBJECT
public:
    FigureTile(const QString& objectName, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(FigureTile)

    void set(const QString& caption, const QString& value, const QString& description = {},
             const QColor& accent = {});
    QString value() const;

private:
    QLabel* m_caption;
    QLabel* m_value;
};

} // namespace antre
