#pragma once

#include <QDateTime>
#include <QFont>
#include <QImage>
#include <QLocale>
#include <QWidget>

namespace antre {

// Top strip: logo and hall name on the left, date and clock (hall's local time) on the right.
class HeaderBar final : public QWidget
{
    Q_OBJECT
public:
    explicit HeaderBar(QWidget* parent = nullptr);
    ~HeaderBar() override;
    Q_DISABLE_COPY_MOVE(HeaderBar)

    void setHallName(const QString& name);
    void setLogo(const QImage& logo);
    // Local wall-clock time of the hall; the locale gives the day and month names.
    void setNow(const QDateTime& local, const QLocale& locale);
    QString dateText() const { return m_date; }
    QString clockText() const { return m_clock; }
    // The hall name as painted at the current size: cut with "…" when it does not fit its place.
    QString shownHallName() const;
    // The clock and the date as painted: whole at every size, whatever the hall name.
    QString shownClock() const;
    QString shownDate() const;
    // Where the hall name goes.
    QRectF hallNameRect() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    // Where each part goes at the current size, and in which font.
    struct Parts
    {
        QRectF logo;
        QRectF clock;
        QFont clockFont;
        QRectF date;
        QFont dateFont;
        QRectF name;
        QFont nameFont;
    };
    Parts parts() const;
    void updateAccessibility();

    QString m_hallName;
    QImage m_logo;
    QString m_date;
    QString m_clock;
};

} // namespace antre
