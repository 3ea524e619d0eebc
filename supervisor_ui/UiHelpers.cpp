#include "supervisor_ui/UiHelpers.h"

#include "ui_common/ElidedLabel.h"
#include "ui_common/Style.h"

#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace antre::ui {

void describe(QWidget* widget, const QString& objectName, const QString& name, const QString& description)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(name);
    widget->setAccessibleDescription(description);
}

QPushButton* button(const QString& text, const QString& objectName, const QString& description,
                    QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    describe(b, objectName, text, description);
    b->setMinimumHeight(40);
    b->setCursor(Qt::PointingHandCursor);
    return b;
}

QLabel* title(const QString& text, const QString& objectName, QWidget* parent)
{
    // A heading may carry the hall's name (reports, recap, sign-in): two lines at most, then "…".
    auto* label = new ElidedLabel(parent, 2);
    label->setFullText(text);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setPointSize(16);
    font.setBold(true);
    label->setFont(font);
    label->setStyleSheet(u"color: %1;"_s.arg(Style::primary().name()));
    return label;
}

QLabel* errorLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    ElidedLabel::wrapAnywhere(label);
    label->setStyleSheet(u"color: %1; font-weight: bold;"_s.arg(Style::danger().name()));
    label->setAccessibleName(objectName);
    label->hide();
    return label;
}

void setError(QLabel* label, const QString& text)
{
    label->setStyleSheet(u"color: %1; font-weight: bold;"_s.arg(Style::danger().name()));
    label->setText(ElidedLabel::breakable(text));
    label->setAccessibleDescription(text);
    label->setVisible(!text.isEmpty());
}

void setNotice(QLabel* label, const QString& text, bool good)
{
    label->setStyleSheet(
        u"color: %1; font-weight: bold;"_s.arg(good ? Style::ok().name() : Style::text().name()));
    label->setText(ElidedLabel::breakable(text));
    label->setAccessibleDescription(text);
    label->setVisible(!text.isEmpty());
}

} // namespace antre::ui
