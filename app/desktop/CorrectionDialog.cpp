#include "desktop/CorrectionDialog.h"

#include "api/CorrectionFields.h"
#include "api/ServiceDetails.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pathways::desktop {

QString CorrectionDialog::fieldName(const QString& field)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("organization"), QT_TR_NOOP("Organisation")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("website"), QT_TR_NOOP("Website")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("hours"), QT_TR_NOOP("Opening hours")},
        {QStringLiteral("how_to_apply"), QT_TR_NOOP("How to apply")},
        {QStringLiteral("eligibility"), QT_TR_NOOP("Eligibility")},
        {QStringLiteral("documents"), QT_TR_NOOP("Documents to bring")},
        {QStringLiteral("wait_time"), QT_TR_NOOP("Waiting time")},
        {QStringLiteral("cost"), QT_TR_NOOP("Cost")},
        {QStringLiteral("languages"), QT_TR_NOOP("Languages spoken")},
        {QStringLiteral("other"), QT_TR_NOOP("Something else")},
    };
    const char* name = names.value(field);
    return name ? tr(name) : field;
}

CorrectionDialog::CorrectionDialog(const api::ServiceDetails& details, QWidget* parent)
    : QDialog(parent), m_details(&details)
{
    m_correction.serviceId = details.record.summary.id;
    m_correction.serviceName = details.record.summary.name.text;
    build();
}

CorrectionDialog::CorrectionDialog(const user::Correction& pending, QWidget* parent)
    : QDialog(parent), m_correction(pending)
{
    build();
    m_field->setEnabled(false);
    m_problem->setPlainText(pending.problem);
    m_suggested->setText(pending.suggestedValue);
}

void CorrectionDialog::build()
{
    setWindowTitle(tr("Report outdated information"));
    m_field = new QComboBox(this);
    for (const QString& field : api::CorrectionFields::names())
        m_field->addItem(fieldName(field), field);
    if (!m_correction.field.isEmpty())
        m_field->setCurrentIndex(std::max(0, m_field->findData(m_correction.field)));
    m_current = new QLabel(this);
    m_current->setWordWrap(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem = new QPlainTextEdit(this);
    m_problem->setPlaceholderText(tr("What is wrong? For example: the number is no longer in use."));
    m_problem->setTabChangesFocus(true);
    m_suggested = new QLineEdit(this);
    m_suggested->setPlaceholderText(tr("The right value, if you know it"));

    auto* intro = new QLabel(tr("For <b>%1</b>. The report waits on this computer until you export the "
                                "corrections for the directory's coordinator.")
                                 .arg(m_correction.serviceName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Field:"), m_field);
    form->addRow(tr("The directory says:"), m_current);
    form->addRow(tr("&What is wrong:"), m_problem);
    form->addRow(tr("&Suggested value:"), m_suggested);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Queue the report"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_field, &QComboBox::currentIndexChanged, this, &CorrectionDialog::showCurrent);
    auto updateOk = [this] {
        m_ok->setEnabled(!m_problem->toPlainText().trimmed().isEmpty() || !m_suggested->text().trimmed().isEmpty());
    };
    connect(m_problem, &QPlainTextEdit::textChanged, this, updateOk);
    connect(m_suggested, &QLineEdit::textChanged, this, updateOk);
    updateOk();
    showCurrent();
}

void CorrectionDialog::showCurrent()
{
    const QString field = m_field->currentData().toString();
    if (m_details)
        m_correction.oldValue = api::CorrectionFields::value(*m_details, field);
    m_correction.field = field;
    m_current->setText(m_correction.oldValue.isEmpty() ? tr("(nothing)") : m_correction.oldValue);
}

user::Correction CorrectionDialog::correction() const
{
    user::Correction c = m_correction;
    c.problem = m_problem->toPlainText().trimmed();
    c.suggestedValue = m_suggested->text().trimmed();
    return c;
}

} // namespace pathways::desktop
