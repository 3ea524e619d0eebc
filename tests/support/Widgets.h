#pragma once

// Finding and driving widgets by objectName in the UI tests (library antre_test_support_gui).

#include <QObject>
#include <QString>
#include <QWidget>

#include <catch2/catch.hpp>
#include <string>

namespace antre::test {

// "QPushButton 'report.next'", for failure messages.
std::string describe(const QObject* object);

// The object of type T named `objectName` below `root`; FAILs the test, naming what is missing and where
// it was looked for, when there is none.
template <typename T = QWidget> T* child(const QObject* root, const QString& objectName)
{
    REQUIRE(root);
    T* found = root->findChild<T*>(objectName);
    if (!found)
        FAIL("no " << T::staticMetaObject.className() << " named '" << objectName.toStdString() << "' below "
                   << describe(root));
    return found;
}

// Whether there is an object of type T named `objectName` below `root`, for checking that one is not there.
template <typename T = QWidget> bool hasChild(const QObject* root, const QString& objectName)
{
    REQUIRE(root);
    return root->findChild<T*>(objectName) != nullptr;
}

// Clicks the button named `objectName` below `root` as the keyboard or a screen reader would
// (QAbstractButton::click); fails the test when it is missing, hidden or disabled.
void click(const QObject* root, const QString& objectName);
// Presses and releases the mouse in the middle of the button, as a finger would; same checks as click().
void tap(const QObject* root, const QString& objectName);

// Types into a line edit as a user would (so that textEdited fires), replacing its text.
void typeInto(QWidget* edit, const QString& text);
void typeInto(const QObject* root, const QString& objectName, const QString& text);

} // namespace antre::test
