#pragma once

#include "core/Result.h"
#include "core/complaint/Complaint.h"
#include "core/survey/SurveyTypes.h"

#include <QDate>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <utility>

class QLabel;
class QLineEdit;
class QPushButton;
class QBoxLayout;
class QGridLayout;

namespace antre {
class ComplaintService;
class I18n;
class SurveyService;
} // namespace antre

namespace antre::ui {
class PageStack;
}

namespace antre::kiosk {

class ComplaintForm;
class SurveyFlow;

// "Survei & Pengaduan": the citizen rates a served visit (ticket typed or scanned, then the questionnaire) or
// makes a complaint. Nothing half done is kept: leaving, or the kiosk's idle return, discards it.
class VoicePage final : public QWidget
{
    Q_OBJECT
public:
    VoicePage(SurveyService& survey, ComplaintService& complaints, const I18n& i18n,
              QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(VoicePage)

    // The two choices, with everything unfinished forgotten.
    void start();
    void showSurveyEntry();
    void showComplaint();
    // The questionnaire without a visit (screenshots): finishing it stores nothing.
    void showQuestionnaire();
    // "voice", "voice:ticket", "voice:survey", "voice:complaint", "voice:thanks" or "voice:complaint-done".
    QString currentScreen() const;
    // Number-pad letters: the prefixes of the hall's services.
    void setPrefixes(const QStringList& prefixes);
    void setUnit(double unit);
    // Shown under the reference once the slip's print has an outcome.
    void setSlipState(const QString& text);
    // The ticket a typed or scanned text names: "B-001", "b001" or the printed QR "ANTRE:2026-11-23:B-001"
    // (then with its day).
    static std::optional<std::pair<TicketNumber, QDate>> parseTicket(const QString& text);

Q_SIGNALS:
    void homeRequested();
    // A complaint was recorded: its slip should be printed.
    void complaintRecorded(const antre::Complaint& complaint);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* buildChoice();
    QWidget* buildTicket();
    QWidget* buildDone();
    void showPage(QWidget* page);
    void lookUp();
    Result<SurveyVisit> findVisit(const TicketNumber& number, std::optional<QDate> day);
    void surveyCompleted(const SurveyAnswers& answers, const SurveyProfile& profile, const QString& saran);
    void submitComplaint();
    QString refusal(const Error& error) const;
    void retranslate();

    SurveyService& m_survey;
    ComplaintService& m_complaints;
    const I18n& m_i18n;
    ui::PageStack* m_pages;
    QWidget* m_choice = nullptr;
    QWidget* m_ticket = nullptr;
    SurveyFlow* m_flow;
    ComplaintForm* m_form;
    QWidget* m_done = nullptr;
    QLabel* m_choiceTitle = nullptr;
    QLabel* m_choiceHint = nullptr;
    QPushButton* m_rate = nullptr;
    QPushButton* m_complain = nullptr;
    QPushButton* m_choiceHome = nullptr;
    QLabel* m_ticketTitle = nullptr;
    QLabel* m_ticketHint = nullptr;
    QLineEdit* m_input = nullptr;
    QGridLayout* m_letters = nullptr;
    QBoxLayout* m_padRow = nullptr;
    QList<QPushButton*> m_keys;
    QPushButton* m_delete = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_ticketBack = nullptr;
    QLabel* m_ticketProblem = nullptr;
    QLabel* m_visitLabel = nullptr;
    QLabel* m_doneTitle = nullptr;
    QLabel* m_reference = nullptr;
    QLabel* m_due = nullptr;
    QLabel* m_doneNote = nullptr;
    QPushButton* m_doneButton = nullptr;
    QStringList m_prefixes;
    std::optional<SurveyVisit> m_visit;
    std::optional<Complaint> m_recorded;
    double m_unit = 1.0;
};

} // namespace antre::kiosk
