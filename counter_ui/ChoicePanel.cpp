#include "counter_ui/ChoicePanel.h"

#include "counter_ui/ActionButton.h"
#include "ui_common/ElidedLabel.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

ChoicePanel::ChoicePanel(QWidget* parent)
    : QWidget(parent), m_title(new ElidedLabel(this, 2)), m_prompt(new ElidedLabel(this, 3)),
      m_scroll(new QScrollArea(this)), m_choicesBox(new QWidget), m_grid(new QGridLayout(m_choicesBox)),
      m_textLabel(new QLabel(this)), m_text(new QLineEdit(this)),
      m_confirm(new ActionButton(u"primary"_s, this)), m_cancel(new QPushButton(this))
{
    setObjectName(u"choicePanel"_s);
    m_title->setObjectName(u"pageTitle"_s);
    m_prompt->setObjectName(u"choicePrompt"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_choicesBox->setObjectName(u"choiceBox"_s);
    m_scroll->setWidget(m_choicesBox);
    m_choicesBox->setAutoFillBackground(false);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);
    m_textLabel->setObjectName(u"fieldLabel"_s);
    m_textLabel->setBuddy(m_text);
    m_text->setObjectName(u"choiceText"_s);
    m_text->setMaxLength(80);
    m_confirm->setObjectName(u"choiceConfirm"_s);
    m_cancel->setObjectName(u"choiceCancel"_s);

    auto* textRow = new QHBoxLayout;
    textRow->addWidget(m_text, 1);
    textRow->addWidget(m_confirm);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_prompt);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_textLabel);
    layout->addLayout(textRow);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QPushButton::clicked, this, [this] { Q_EMIT cancelled(); });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        const QString text = m_text->text().trimmed();
        if (text.isEmpty()) {
            m_text->setFocus();
            return;
        }
        Q_EMIT chosen(QString(), text);
    });
    connect(m_text, &QLineEdit::returnPressed, m_confirm, &QPushButton::click);
    connect(m_text, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_confirm->setEnabled(!text.trimmed().isEmpty()); });
    retranslate();
}

void ChoicePanel::retranslate()
{
    m_cancel->setText(tr("Cancel (Esc)"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setAccessibleDescription(tr("Goes back without doing anything."));
    m_text->setAccessibleName(m_textLabel->text());
    m_text->setAccessibleDescription(tr("Type your own answer, then press Enter."));
}

void ChoicePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString ChoicePanel::title() const
{
    return m_title->fullText();
}

void ChoicePanel::setColumns(int columns)
{
    m_columns = qMax(1, columns);
    layoutChoices();
}

void ChoicePanel::present(const QString& title, const QString& prompt, const QList<Choice>& choices,
                          const QString& freeTextLabel, const QString& confirmText)
{
    m_title->setFullText(title);
    m_prompt->setFullText(prompt);
    m_prompt->setVisible(!prompt.isEmpty());
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_choices = choices;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const Choice& choice = choices.at(i);
        auto* button = new ActionButton(u"choice"_s, m_choicesBox);
        button->setObjectName(u"choice_"_s + choice.key);
        const QString key = i < 9 ? QString::number(i + 1) : QString();
        button->setTexts(key.isEmpty() ? choice.label : QString(key + u"  " + choice.label), choice.detail);
        button->setAccessibleName(choice.label);
        button->setExplanation(choice.detail.isEmpty() ? choice.label : choice.detail, {});
        connect(button, &QPushButton::clicked, this,
                [this, key = choice.key] { Q_EMIT chosen(key, QString()); });
        m_buttons << button;
    }
    layoutChoices();
    const bool freeText = !freeTextLabel.isEmpty();
    m_textLabel->setText(freeTextLabel);
    m_textLabel->setVisible(freeText);
    m_text->clear();
    m_text->setVisible(freeText);
    m_text->setAccessibleName(freeTextLabel);
    m_confirm->setTexts(confirmText, QString());
    m_confirm->setExplanation(confirmText, {});
    m_confirm->setVisible(freeText);
    m_confirm->setEnabled(false);
    if (!m_buttons.isEmpty())
        m_buttons.constFirst()->setFocus();
    else if (freeText)
        m_text->setFocus();
}

void ChoicePanel::layoutChoices()
{
    for (ActionButton* button : std::as_const(m_buttons))
        m_grid->removeWidget(button);
    for (int row = 0; row < m_grid->rowCount(); ++row)
        m_grid->setRowStretch(row, 0);
    for (qsizetype i = 0; i < m_buttons.size(); ++i)
        m_grid->addWidget(m_buttons.at(i), static_cast<int>(i / m_columns), static_cast<int>(i % m_columns));
    m_grid->setRowStretch(m_grid->rowCount(), 1);
}

void ChoicePanel::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key == Qt::Key_Escape) {
        Q_EMIT cancelled();
        return;
    }
    if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        const int index = key - Qt::Key_1;
        if (index < m_buttons.size()) {
            m_buttons.at(index)->click();
            return;
        }
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        if (auto* button = qobject_cast<QPushButton*>(focusWidget())) {
            button->click();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

} // namespace antre
