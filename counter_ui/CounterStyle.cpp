#include "counter_ui/CounterStyle.h"

#include "ui_common/Style.h"

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

struct Scale
{
    int header, body, small, number, buttonTitle, buttonHint, buttonHeight, status, list, input, radius,
        plainButton;
    int ticketStatus, ticketService, ticketMeta;
};

} // namespace

QString CounterStyle::sheet(bool compact)
{
    const Scale s = compact ? Scale{17, 14, 12, 44, 14, 11, 40, 13, 13, 18, 6, 24, 13, 14, 12}
                            : Scale{30, 20, 16, 120, 22, 15, 82, 20, 18, 26, 10, 32, 24, 26, 20};
    const QString primary = Style::primary().name();
    const QString ok = Style::ok().name();
    const QString warning = Style::warning().name();
    const QString danger = Style::danger().name();
    const QString muted = Style::muted().name();
    const QString text = Style::text().name();
    const QString surface = Style::surface().name();
    const QString background = Style::background().name();

    QString css = uR"(
QWidget#counterWindow { background: %BG%; }
QLabel { color: %TEXT%; font-size: %BODY%px; }
QLabel#pageTitle, QLabel#counterTitle { font-size: %HEADER%px; font-weight: bold; color: %PRIMARY%; }
QLabel#officerLabel, QLabel#clockLabel, QLabel#siteLabel { font-size: %BODY%px; color: %TEXT%; }
QLabel#stateBadge { font-size: %SMALL%px; font-weight: bold; color: white; border-radius: 4px;
                    padding: 2px 8px; }
QLabel#stateBadge[state="open"] { background: %OK%; }
QLabel#stateBadge[state="break"] { background: %WARNING%; }
QLabel#stateBadge[state="closed"] { background: %MUTED%; }
QFrame#ticketPanel { background: %SURFACE%; border: 2px solid #d5dae3; border-radius: %RADIUS%px; }
QFrame#ticketPanel[status="called"] { background: #fff4d6; border-color: %WARNING%; }
QFrame#ticketPanel[status="serving"] { background: #e3f3e8; border-color: %OK%; }
QFrame#ticketPanel[status="break"] { background: #eceef2; border-color: %MUTED%; }
QLabel#ticketNumber { font-size: %NUMBER%px; font-weight: bold; color: %TEXT%; }
QLabel#ticketStatus { font-size: %TSTATUS%px; font-weight: bold; color: %PRIMARY%; }
QLabel#ticketService { font-size: %TSERVICE%px; }
QLabel#ticketWait, QLabel#ticketMarks { font-size: %TMETA%px; }
QLabel#ticketMarks { color: %DANGER%; font-weight: bold; }
QPushButton { font-size: %BODY%px; border-radius: %RADIUS%px; padding: 4px 10px; border: 1px solid #b9c0cc;
              background: %SURFACE%; color: %TEXT%; min-height: %PLAINH%px; }
QPushButton:focus { border: 3px solid %ACCENT%; }
QPushButton#actionButton, QPushButton[role] { min-height: %BUTTONH%px; }
QPushButton[role="primary"] { background: %PRIMARY%; border: none; }
QPushButton[role="good"] { background: %OK%; border: none; }
QPushButton[role="warn"] { background: %ACCENT%; border: none; }
QPushButton[role="danger"] { background: %DANGER%; border: none; }
QPushButton[role="neutral"] { background: #44506a; border: none; }
QPushButton[role="choice"] { background: %SURFACE%; border: 2px solid %PRIMARY%; }
QPushButton[role]:focus { border: 3px solid %ACCENT%; }
QPushButton[role]:disabled { background: #dfe3ea; border: 1px dashed #aab1bd; }
QPushButton[role] QLabel#actionTitle { font-size: %BTITLE%px; font-weight: bold; color: white; }
QPushButton[role] QLabel#actionHint { font-size: %BHINT%px; color: #e8edf7; }
QPushButton[role="choice"] QLabel#actionTitle { color: %PRIMARY%; }
QPushButton[role="warn"] QLabel#actionTitle, QPushButton[role="warn"] QLabel#actionHint { color: %TEXT%; }
QPushButton[role="choice"] QLabel#actionHint { color: %TEXT%; }
QPushButton[role] QLabel#actionTitle:disabled { color: #6b7280; }
QPushButton[role] QLabel#actionHint:disabled { color: #6b7280; }
QLabel#statusLine { font-size: %STATUS%px; padding: 6px 10px; border-radius: %RADIUS%px;
                    background: #e6ebf4; }
QLabel#statusLine[tone="error"] { background: #fbe3e3; color: %DANGER%; font-weight: bold; }
QLabel#statusLine[tone="ok"] { background: #e3f3e8; color: #145c2b; }
QLabel#statusLine[tone="hint"] { background: #fff4d6; color: #5c3d00; }
QLabel#loginMessage, QLabel#pickerMessage, QLabel#lockMessage { font-size: %STATUS%px; color: %DANGER%;
                                                                font-weight: bold; }
QLabel#pickerMessage[tone="info"] { color: %TEXT%; font-weight: normal; }
QLabel#waitingTitle, QLabel#figuresLabel, QLabel#waitingSummary { font-size: %BODY%px; }
QLabel#waitingTitle { font-weight: bold; color: %PRIMARY%; }
QTableWidget#waitingList { font-size: %LIST%px; background: %SURFACE%; border: 1px solid #d5dae3; }
QHeaderView::section { font-size: %SMALL%px; font-weight: bold; padding: 4px; background: #e6ebf4;
                       border: none; }
QLineEdit { font-size: %INPUT%px; padding: 6px; border: 2px solid #b9c0cc; border-radius: 6px;
            background: %SURFACE%; }
QLineEdit:focus { border-color: %PRIMARY%; }
QLabel#fieldLabel { font-size: %SMALL%px; font-weight: bold; }
QScrollArea, QScrollArea > QWidget > QWidget#pickerBox, QScrollArea > QWidget > QWidget#choiceBox,
QScrollArea > QWidget#qt_scrollarea_viewport { border: none; background: transparent; }
)"_s;
    css.replace(u"%BG%"_s, background)
        .replace(u"%TEXT%"_s, text)
        .replace(u"%PRIMARY%"_s, primary)
        .replace(u"%OK%"_s, ok)
        .replace(u"%WARNING%"_s, warning)
        .replace(u"%DANGER%"_s, danger)
        .replace(u"%MUTED%"_s, muted)
        .replace(u"%ACCENT%"_s, Style::accent().name())
        .replace(u"%SURFACE%"_s, surface)
        .replace(u"%HEADER%"_s, QString::number(s.header))
        .replace(u"%BODY%"_s, QString::number(s.body))
        .replace(u"%SMALL%"_s, QString::number(s.small))
        .replace(u"%NUMBER%"_s, QString::number(s.number))
        .replace(u"%BTITLE%"_s, QString::number(s.buttonTitle))
        .replace(u"%BHINT%"_s, QString::number(s.buttonHint))
        .replace(u"%BUTTONH%"_s, QString::number(s.buttonHeight))
        .replace(u"%STATUS%"_s, QString::number(s.status))
        .replace(u"%LIST%"_s, QString::number(s.list))
        .replace(u"%INPUT%"_s, QString::number(s.input))
        .replace(u"%RADIUS%"_s, QString::number(s.radius))
        .replace(u"%PLAINH%"_s, QString::number(s.plainButton))
        .replace(u"%TSTATUS%"_s, QString::number(s.ticketStatus))
        .replace(u"%TSERVICE%"_s, QString::number(s.ticketService))
        .replace(u"%TMETA%"_s, QString::number(s.ticketMeta));
    return css;
}

} // namespace antre
