#pragma once

#include "core/Result.h"
#include "core/complaint/Complaint.h"
#include "supervisor_ui/HallAccess.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace antre {

// One complaint at the desk: what the citizen said and how to reach them, its history, and the next steps
// ComplaintRules allows (only those are offered). A rejection takes its reason from the note; an answer
// is recorded with the step to dijawab.
class ComplaintDetail final : public QWidget
{
    Q_OBJECT
public:
    ComplaintDetail(HallAccess& hall, QString actorId, bool mayEdit, QWidget* parent = nullptr);
    ~ComplaintDetail() override;
    Q_DISABLE_COPY_MOVE(ComplaintDetail)

    // Shows the complaint (with its notes, as ComplaintService::find gives it); an empty reference clears.
    void showComplaint(const Complaint& complaint);
    void clear();
    const QString& reference() const { return m_complaint.reference; }

    // The actions behind the buttons; each shows the core's refusal in the pane.
    Status moveTo(ComplaintStatus status);
    Status addNote();
    Status assign();

Q_SIGNALS:
    void changed(const QString& reference);

private:
    Status apply(const ComplaintUpdate& change, const QString& done);
    void reloadStaff();
    void dropSteps();

    HallAccess& m_hall;
    QString m_actorId;
    bool m_mayEdit;
    Complaint m_complaint;
    QLabel* m_heading;
    QLabel* m_facts;
    QPlainTextEdit* m_text;
    QLabel* m_answerShown;
    QListWidget* m_history;
    QWidget* m_actions;
    QHBoxLayout* m_steps;
    QList<QPushButton*> m_stepButtons;
    QPlainTextEdit* m_note;
    QPlainTextEdit* m_answer;
    QLabel* m_answerLabel;
    QPushButton* m_addNote;
    QComboBox* m_assignAgency;
    QComboBox* m_assignStaff;
    QPushButton* m_assign;
    QLabel* m_message;
};

} // namespace antre
