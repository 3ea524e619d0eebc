#include "kiosk_ui/SurveyFlow.h"

#include "kiosk_ui/KioskTheme.h"
#include "ui_common/PageStack.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

namespace {

constexpr int kProfileStep = kSurveyElementCount;
constexpr int kSaranStep = kSurveyElementCount + 1;
constexpr std::array kFields{SurveyProfileField::Sex, SurveyProfileField::Age, SurveyProfileField::Education,
                             SurveyProfileField::Occupation};

} // namespace

SurveyFlow::SurveyFlow(QWidget* parent)
    : QWidget(parent), m_pages(new ui::PageStack(this)), m_progress(KioskTheme::label("section", this)),
      m_element(nullptr), m_question(nullptr), m_profileTitle(nullptr), m_profileHint(nullptr),
      m_profileNext(nullptr), m_saranTitle(nullptr), m_saran(nullptr), m_send(nullptr),
      m_back(KioskTheme::button("secondary", u"surveyBack"_s, this))
{
    setObjectName(u"surveyFlow"_s);
    m_progress->setObjectName(u"surveyProgress"_s);
    m_pages->addWidget(buildQuestion());
    m_pages->addWidget(buildProfile());
    m_pages->addWidget(buildSaran());
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_progress);
    column->addWidget(m_pages, 1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_back);
    row->addStretch(1);
    column->addLayout(row);
    connect(m_back, &QPushButton::clicked, this, &SurveyFlow::back);
    retranslate();
    restart();
}

QWidget* SurveyFlow::buildQuestion()
{
    auto* page = new QWidget;
    m_element = KioskTheme::label("heading", page);
    m_element->setObjectName(u"surveyElement"_s);
    m_question = KioskTheme::label("title", page);
    m_question->setObjectName(u"surveyQuestion"_s);
    auto* column = new QVBoxLayout(page);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_element);
    column->addWidget(m_question);
    column->addStretch(1);
    auto* grid = new QGridLayout;
    for (int score = kSurveyMinScore; score <= kSurveyMaxScore; ++score) {
        auto* button = KioskTheme::button("secondary", u"surveyAnswer_%1"_s.arg(score), page);
        connect(button, &QPushButton::clicked, this, [this, score] { answered(score); });
        // Worst to best, left to right and top to bottom, as on the paper form.
        grid->addWidget(button, (score - 1) / 2, (score - 1) % 2);
        m_answerButtons << button;
    }
    column->addLayout(grid);
    column->addStretch(1);
    return page;
}

QWidget* SurveyFlow::buildProfile()
{
    auto* page = new QWidget;
    m_profilePage = page;
    m_profileTitle = KioskTheme::label("title", page);
    m_profileHint = KioskTheme::label("subtitle", page);
    auto* column = new QVBoxLayout(page);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_profileTitle);
    column->addWidget(m_profileHint);
    for (SurveyProfileField field : kFields) {
        auto* label = KioskTheme::label("section", page);
        m_fieldLabels.insert(field, label);
        column->addWidget(label);
        auto* group = new QButtonGroup(page);
        m_fieldGroups.insert(field, group);
        auto* row = new QGridLayout;
        m_fieldGrids.insert(field, row);
        const QStringList codes = SurveyQuestionnaire::optionCodes(field);
        for (qsizetype i = 0; i < codes.size(); ++i) {
            const QString code = codes.at(i);
            auto* option = KioskTheme::button(
                "key", u"surveyProfile_"_s + SurveyQuestionnaire::fieldCode(field) + u'_' + code, page);
            option->setCheckable(true);
            option->setProperty("code", code);
            group->addButton(option);
        }
        // A second tap on the chosen answer takes it back: every part of the profile is optional.
        group->setExclusive(false);
        connect(group, &QButtonGroup::buttonToggled, this, [group](QAbstractButton* toggled, bool on) {
            if (!on)
                return;
            for (QAbstractButton* other : group->buttons())
                if (other != toggled)
                    other->setChecked(false);
        });
        column->addLayout(row);
    }
    column->addStretch(1);
    m_profileNext = KioskTheme::button("primary", u"surveyProfileNext"_s, page);
    connect(m_profileNext, &QPushButton::clicked, this, [this] {
        if (m_compact && m_part + 1 < int(kFields.size())) {
            ++m_part;
            showProfilePart();
        } else {
            show(kSaranStep);
        }
    });
    column->addWidget(m_profileNext, 0, Qt::AlignRight);
    return page;
}

QWidget* SurveyFlow::buildSaran()
{
    auto* page = new QWidget;
    m_saranTitle = KioskTheme::label("title", page);
    m_saran = new QPlainTextEdit(page);
    m_saran->setObjectName(u"surveySaran"_s);
    m_send = KioskTheme::button("primary", u"surveySend"_s, page);
    connect(m_send, &QPushButton::clicked, this, &SurveyFlow::finish);
    auto* column = new QVBoxLayout(page);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_saranTitle);
    column->addWidget(m_saran, 1);
    column->addWidget(m_send, 0, Qt::AlignRight);
    return page;
}

void SurveyFlow::restart()
{
    m_answers = {};
    for (QButtonGroup* group : std::as_const(m_fieldGroups))
        for (QAbstractButton* option : group->buttons())
            option->setChecked(false);
    m_saran->clear();
    show(0);
}

void SurveyFlow::show(int step)
{
    // Into the profile from the questions: its first part; back from the suggestion: where it was left.
    if (step == kProfileStep && m_step != kSaranStep)
        m_part = 0;
    m_step = step;
    showProfilePart();
    if (step < kProfileStep) {
        m_pages->setCurrentIndex(0);
        m_progress->setText(tr("%1 of %2").arg(step + 1).arg(kSurveyElementCount));
        const SurveyElement element = SurveyQuestionnaire::questionOrder().at(std::size_t(step));
        m_element->setText(SurveyQuestionnaire::name(element));
        m_question->setText(SurveyQuestionnaire::question(element));
        const int chosen = m_answers.score(element);
        for (int score = kSurveyMinScore; score <= kSurveyMaxScore; ++score) {
            QPushButton* button = m_answerButtons.at(score - 1);
            button->setText(SurveyQuestionnaire::answerLabel(element, score));
            // The answer given before, when the citizen came back to change it.
            button->setProperty("kiosk", score == chosen ? u"primary"_s : u"secondary"_s);
            button->style()->unpolish(button);
            button->style()->polish(button);
        }
    } else {
        m_pages->setCurrentIndex(step == kProfileStep ? 1 : 2);
        m_progress->setText(step == kProfileStep ? tr("About you (optional)")
                                                 : tr("Your suggestion (optional)"));
    }
}

void SurveyFlow::answered(int score)
{
    m_answers.set(SurveyQuestionnaire::questionOrder().at(std::size_t(m_step)), score);
    show(m_step + 1);
}

void SurveyFlow::back()
{
    if (m_step == kProfileStep && m_compact && m_part > 0) {
        --m_part;
        showProfilePart();
    } else if (m_step == 0)
        Q_EMIT cancelled();
    else
        show(m_step - 1);
}

void SurveyFlow::finish()
{
    SurveyProfile profile;
    const auto chosen = [this](SurveyProfileField field) {
        QAbstractButton* button = m_fieldGroups.value(field)->checkedButton();
        for (QAbstractButton* option : m_fieldGroups.value(field)->buttons())
            if (option->isChecked())
                button = option;
        return button ? button->property("code").toString() : QString();
    };
    profile.sex = chosen(SurveyProfileField::Sex);
    profile.age = chosen(SurveyProfileField::Age);
    profile.education = chosen(SurveyProfileField::Education);
    profile.occupation = chosen(SurveyProfileField::Occupation);
    Q_EMIT completed(m_answers, profile, m_saran->toPlainText().trimmed());
}

void SurveyFlow::setUnit(double unit)
{
    layout()->setSpacing(KioskTheme::px(unit, 16));
    m_saran->setMinimumHeight(KioskTheme::px(unit, 200));
    // Smaller keys than elsewhere: four questions with up to seven answers share one screen.
    m_profilePage->setStyleSheet(
        u"QPushButton[kiosk=\"key\"] { font-size: %1px; min-height: %2px; }"_s.arg(KioskTheme::px(unit, 24))
            .arg(KioskTheme::touch(unit, 76)));
    for (QPushButton* button : std::as_const(m_answerButtons))
        button->setMinimumHeight(KioskTheme::touch(unit, 150));
}

void SurveyFlow::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    m_part = 0;
    layoutProfile();
    showProfilePart();
}

void SurveyFlow::showProfilePart()
{
    for (std::size_t i = 0; i < kFields.size(); ++i) {
        const bool shown = !m_compact || int(i) == m_part;
        m_fieldLabels.value(kFields.at(i))->setVisible(shown);
        for (QAbstractButton* option : m_fieldGroups.value(kFields.at(i))->buttons())
            option->setVisible(shown);
    }
}

void SurveyFlow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutProfile();
}

void SurveyFlow::layoutProfile()
{
    // One row per question on a landscape panel, so that the profile fits on one screen; two on a portrait
    // one. Compact: one question per screen, wide enough answers for every label.
    const bool landscape = width() >= height();
    const int columns = m_compact ? (landscape ? 4 : 3) : (landscape ? 7 : 4);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (SurveyProfileField field : kFields) {
        QGridLayout* grid = m_fieldGrids.value(field);
        const QList<QAbstractButton*> options = m_fieldGroups.value(field)->buttons();
        for (QAbstractButton* option : options)
            grid->removeWidget(option);
        for (qsizetype i = 0; i < options.size(); ++i)
            grid->addWidget(options.at(i), int(i / columns), int(i % columns));
        for (int c = 0; c < 7; ++c)
            grid->setColumnStretch(c, c < columns ? 1 : 0);
    }
}

void SurveyFlow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        show(m_step);
    }
    QWidget::changeEvent(event);
}

void SurveyFlow::retranslate()
{
    m_back->setText(tr("Back"));
    m_profileTitle->setText(tr("A little about you"));
    m_profileHint->setText(tr("Every answer here is optional. Nothing here names you."));
    m_fieldLabels.value(SurveyProfileField::Sex)->setText(tr("Sex"));
    m_fieldLabels.value(SurveyProfileField::Age)->setText(tr("Age"));
    m_fieldLabels.value(SurveyProfileField::Education)->setText(tr("Education"));
    m_fieldLabels.value(SurveyProfileField::Occupation)->setText(tr("Occupation"));
    for (SurveyProfileField field : kFields)
        for (QAbstractButton* option : m_fieldGroups.value(field)->buttons())
            option->setText(SurveyQuestionnaire::optionLabel(field, option->property("code").toString()));
    m_profileNext->setText(tr("Next"));
    m_saranTitle->setText(tr("Any suggestion to improve our service? (optional)"));
    m_saran->setPlaceholderText(tr("Type your suggestion here"));
    m_saran->setAccessibleName(m_saranTitle->text());
    m_send->setText(tr("Send my answers"));
}

} // namespace antre::kiosk
