#pragma once

#include "core/complaint/Complaint.h"

#include <QWidget>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace antre::kiosk {

// The kiosk's complaint form: what it is about, what happened, and optionally how to answer and which
// ticket it concerns. It only gathers; the page that holds it records.
class ComplaintForm final : public QWidget
{
    Q_OBJECT
public:
    explicit ComplaintForm(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ComplaintForm)

    void clear();
    void setUnit(double unit);
    void setProblem(const QString& message);
    // What the citizen gave, as a kiosk complaint.
    NewComplaint complaint() const;

Q_SIGNALS:
    void submitted();
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void layoutCategories();
    void updateSubmit();

    QLabel* m_title;
    QLabel* m_categoryLabel;
    QButtonGroup* m_categories;
    QGridLayout* m_categoryGrid;
    int m_columns = 0;
    QLabel* m_textLabel;
    QPlainTextEdit* m_text;
    QLabel* m_contactLabel;
    QLineEdit* m_contact;
    QLabel* m_ticketLabel;
    QLineEdit* m_ticket;
    QLabel* m_problem;
    QPushButton* m_back;
    QPushButton* m_submit;
};

} // namespace antre::kiosk
