#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace pathways::desktop {

/// A check box whose label wraps onto more lines instead of widening the filter column: "Include services
/// no longer running (3)" is wider than the column in every language, and Ukrainian the most. Clicking the
/// label toggles the box, as with a plain QCheckBox; the box keeps the keyboard focus and the accessible name.
class WrappingCheckBox : public QWidget
{
    Q_OBJECT
public:
    explicit WrappingCheckBox(QWidget* parent = nullptr);

    QCheckBox* box() const { return m_box; }
    QString text() const;
    void setText(const QString& text);
    bool isChecked() const;
    void setChecked(bool checked);

Q_SIGNALS:
    void toggled(bool checked);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QCheckBox* m_box;
    QLabel* m_label;
};

} // namespace pathways::desktop
