#pragma once

#include <QWidget>

#include <catch2/catch.hpp>

namespace antre::test {

template <typename T> T* child(const QWidget* root, const QString& objectName)
{
    T* found = root->findChild<T*>(objectName);
    if (!found)
        FAIL("no widget named " << objectName.toStdString());
    return found;
}

} // namespace antre::test
