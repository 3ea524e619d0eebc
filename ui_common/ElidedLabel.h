#pragma once

#include <QLabel>

namespace antre {

// A label for text nobody at this screen controls (a hall, booth, service or staff name, a break reason):
// it shows as much as fits in at most maxLines lines (1 unless set), wrapping at spaces or, for a word longer
// than the line (a name without spaces), anywhere, and ends with "…" when the text is cut. It asks its layout
// for no more than a modest width whatever the text, so a name at the configuration's maximum length cannot
// widen the window, nor a long reason make it taller. The full text stays in the tooltip (when cut) and in
// the accessible name (unless the caller gave one). Use setFullText, not setText: text() is what is shown.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr, int maxLines = 1);

    void setFullText(const QString& text);
    QString fullText() const { return m_full; }
    bool isElided() const { return m_elided; }
    void setMaxLines(int lines);
    int maxLines() const { return m_maxLines; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

    // At most this many average characters of width are asked for in the size hint (the text may still get
    // more room when the layout has it).
    static constexpr int kHintChars = 48;
    // `text` as it fits `width` pixels in `font`, in at most `maxLines` lines joined by "\n", cut with "…".
    static QString fitted(const QString& text, const QFont& font, int width, int maxLines);
    // The text with a break opportunity (U+200B) every 16 characters inside words longer than 32, so that a
    // word-wrapped QLabel wraps a name without spaces instead of growing to its width (as the kiosk does).
    static QString breakable(const QString& text);
    // Makes a word-wrapped QLabel that shows messages (which may quote names) unable to widen its window:
    // its minimum width no longer follows its longest word. Give it breakable() text.
    static void wrapAnywhere(QLabel* label);
    // setFullText on an ElidedLabel, setText on any other label.
    static void setTextOf(QLabel* label, const QString& text);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateShown();
    int frameWidth() const;
    int linesAt(int textWidth) const;

    QString m_full;
    QString m_shown;    // what this label last showed: another text was set through QLabel::setText
    QString m_autoName; // the accessible name this label set itself, replaced when the text changes
    int m_maxLines = 1;
    bool m_elided = false;
};

} // namespace antre
