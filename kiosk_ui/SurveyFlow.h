#pragma once

#include "core/survey/SurveyTypes.h"

#include <QMap>
#include <QWidget>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace antre::ui {
class PageStack;
}

namespace antre::kiosk {

// The satisfaction questionnaire, one element per screen in the common questionnaire's order, then the
// optional profile and suggestion. Answers are kept by element, so the order of the screens never decides
// what is stored.
class SurveyFlow final : public QWidget
{
    Q_OBJECT
public:
    explicit SurveyFlow(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(SurveyFlow)

    // Forgets every answer and shows the first question.
    void restart();
    void setUnit(double unit);
    // For a small panel (the booth's 1280×800 or 800×1280): the profile one question per screen with fewer,
    // wider answers per row, so that every label fits and nothing needs scrolling. Off on the kiosk.
    void setCompact(bool compact);
    // 0-based position in the questionnaire, kSurveyElementCount for the profile, +1 for the suggestion.
    int step() const { return m_step; }
    const SurveyAnswers& answers() const { return m_answers; }

Q_SIGNALS:
    void completed(const antre::SurveyAnswers& answers, const antre::SurveyProfile& profile,
                   const QString& saran);
    void cancelled();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* buildQuestion();
    QWidget* buildProfile();
    QWidget* buildSaran();
    void show(int step);
    void answered(int score);
    void back();
    void finish();
    void retranslate();
    void layoutProfile();
    void showProfilePart();

    ui::PageStack* m_pages;
    QLabel* m_progress;
    QLabel* m_element;
    QLabel* m_question;
    QList<QPushButton*> m_answerButtons;
    QLabel* m_profileTitle;
    QLabel* m_profileHint;
    QMap<SurveyProfileField, QLabel*> m_fieldLabels;
    QMap<SurveyProfileField, QButtonGroup*> m_fieldGroups;
    QMap<SurveyProfileField, QGridLayout*> m_fieldGrids;
    QWidget* m_profilePage = nullptr;
    int m_columns = 0;
    QPushButton* m_profileNext;
    QLabel* m_saranTitle;
    QPlainTextEdit* m_saran;
    QPushButton* m_send;
    QPushButton* m_back;
    SurveyAnswers m_answers;
    int m_step = 0;
    bool m_compact = false;
    int m_part = 0; // the profile question shown when compact
};

} // namespace antre::kiosk
