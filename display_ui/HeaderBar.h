#pragma once

#include <QDateTime>
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

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void updateAccessibility();

    QString m_hallName;
    QImage m_logo;
    QString m_date;
    QString m_clock;
};

} // namespace antre
