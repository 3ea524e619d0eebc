#pragma once

#include <QColor>
#include <QFrame>

class QKeyEvent;
class QLabel;
class QMouseEvent;

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
    // A tile that opens the page behind its figure: clicked by mouse, Enter or Space.
    void setClickable(bool clickable);

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool m_clickable = false;
    QLabel* m_caption;
    QLabel* m_value;
};

} // namespace antre
