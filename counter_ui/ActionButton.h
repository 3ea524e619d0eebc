#pragma once

#include <QPushButton>

namespace antre {

class ElidedLabel;

// A large button with its title and, in smaller type underneath, its key or a detail line. The role
// picks the colour (primary, good, warn, danger, neutral, choice).
class ActionButton final : public QPushButton
{
    Q_OBJECT
public:
    explicit ActionButton(const QString& role, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ActionButton)

    void setTexts(const QString& title, const QString& hint);
    QString title() const;
    QString hint() const;
    // Tooltip and accessible description: what it does, and why it is disabled when it is.
    void setExplanation(const QString& description, const QString& disabledReason);
    QString disabledReason() const { return m_disabledReason; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    ElidedLabel* m_title;
    ElidedLabel* m_hint;
    QString m_disabledReason;
};

} // namespace antre
