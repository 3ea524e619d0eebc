#pragma once

#include <QString>

class QLabel;
class QPushButton;
class QWidget;

namespace antre::ui {

// Every control gets an objectName (tests find it) and an accessible name and description (screen
// readers announce them); these helpers make that the easy way to create one.
void describe(QWidget* widget, const QString& objectName, const QString& name, const QString& description);
QPushButton* button(const QString& text, const QString& objectName, const QString& description,
                    QWidget* parent = nullptr);
// A large section title.
QLabel* title(const QString& text, const QString& objectName, QWidget* parent = nullptr);
// A red message line under a field or form; hidden while empty.
QLabel* errorLabel(const QString& objectName, QWidget* parent = nullptr);
void setError(QLabel* label, const QString& text);
// A green or neutral status line; hidden while empty.
void setNotice(QLabel* label, const QString& text, bool good);

} // namespace antre::ui
