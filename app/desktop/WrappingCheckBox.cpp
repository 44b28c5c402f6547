#include "desktop/WrappingCheckBox.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>

namespace pathways::desktop {

WrappingCheckBox::WrappingCheckBox(QWidget* parent)
    : QWidget(parent), m_box(new QCheckBox(this)), m_label(new QLabel(this))
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(m_box, 0, Qt::AlignTop);
    row->addWidget(m_label, 1);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->installEventFilter(this);
    m_label->setCursor(Qt::PointingHandCursor);
    setFocusProxy(m_box);
    setFocusPolicy(m_box->focusPolicy()); // so that the window's tab chain takes it in its place
    connect(m_box, &QCheckBox::toggled, this, &WrappingCheckBox::toggled);
}

QString WrappingCheckBox::text() const
{
    return m_label->text();
}

void WrappingCheckBox::setText(const QString& text)
{
    m_label->setText(text);
    m_box->setAccessibleName(text);
}

bool WrappingCheckBox::isChecked() const
{
    return m_box->isChecked();
}

void WrappingCheckBox::setChecked(bool checked)
{
    m_box->setChecked(checked);
}

bool WrappingCheckBox::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_label && event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton && m_box->isEnabled()) {
        m_box->toggle();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pathways::desktop
