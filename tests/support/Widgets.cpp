#include "tests/support/Widgets.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QTest>
#include <QWidget>

namespace antre::test {

std::string describe(const QObject* object)
{
    if (!object)
        return "(null)";
    std::string text = object->metaObject()->className();
    if (!object->objectName().isEmpty())
        text += " '" + object->objectName().toStdString() + "'";
    return text;
}

namespace {

QAbstractButton* usableButton(const QObject* root, const QString& objectName)
{
    auto* button = child<QAbstractButton>(root, objectName);
    INFO("button " << objectName.toStdString() << " below " << describe(root));
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    return button;
}

} // namespace

void click(const QObject* root, const QString& objectName)
{
    usableButton(root, objectName)->click();
}

void tap(const QObject* root, const QString& objectName)
{
    QAbstractButton* button = usableButton(root, objectName);
    QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
}

void typeInto(QWidget* widget, const QString& text)
{
    auto* edit = qobject_cast<QLineEdit*>(widget);
    INFO("typing into " << describe(widget));
    REQUIRE(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void typeInto(const QObject* root, const QString& objectName, const QString& text)
{
    typeInto(child<QLineEdit>(root, objectName), text);
}

} // namespace antre::test
