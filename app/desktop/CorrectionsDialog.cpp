#include "desktop/CorrectionsDialog.h"

#include "api/CorrectionExchange.h"
#include "desktop/CorrectionDialog.h"
#include "user/CorrectionQueue.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pathways::desktop {

CorrectionsDialog::CorrectionsDialog(QString userFile, QWidget* parent)
    : QDialog(parent), m_userFile(std::move(userFile)), m_table(new QTableWidget(this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_remove(new QPushButton(tr("&Remove"), this)),
      m_export(new QPushButton(tr("E&xport for the coordinator…"), this))
{
    setWindowTitle(tr("Reported corrections"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("State"), tr("Service"), tr("Field"), tr("Suggested value or problem"), tr("Reported")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QPushButton* button : {m_edit, m_remove, m_export})
        buttons->addButton(button, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPushButton::clicked, this, &CorrectionsDialog::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &CorrectionsDialog::removeSelected);
    connect(m_export, &QPushButton::clicked, this, &CorrectionsDialog::askAndExport);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        bool pending = false;
        selectedId(&pending);
        m_edit->setEnabled(pending);
        m_remove->setEnabled(pending);
    });
    resize(760, 360);
    reload();
}

void CorrectionsDialog::reload()
{
    m_table->setRowCount(0);
    auto queue = user::CorrectionQueue::open(m_userFile);
    auto list = queue ? (*queue)->list() : Expected<QList<user::Correction>>(queue.error());
    if (!list) {
        QMessageBox::warning(this, windowTitle(), list.error().message);
        return;
    }
    int pending = 0;
    const QLocale locale;
    for (const auto& c : *list) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        pending += c.pending() ? 1 : 0;
        auto* state = new QTableWidgetItem(c.pending() ? tr("pending")
                                                       : tr("exported %1").arg(locale.toString(c.exported.toLocalTime().date(), QLocale::ShortFormat)));
        state->setData(Qt::UserRole, c.id);
        state->setData(Qt::UserRole + 1, c.pending());
        m_table->setItem(row, 0, state);
        m_table->setItem(row, 1, new QTableWidgetItem(c.serviceName.isEmpty() ? c.serviceId : c.serviceName));
        m_table->setItem(row, 2, new QTableWidgetItem(CorrectionDialog::fieldName(c.field)));
        m_table->setItem(row, 3, new QTableWidgetItem(c.suggestedValue.isEmpty() ? c.problem : c.suggestedValue));
        m_table->setItem(row, 4, new QTableWidgetItem(locale.toString(c.created.toLocalTime().date(), QLocale::ShortFormat)));
    }
    m_export->setEnabled(pending > 0);
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
}

qint64 CorrectionsDialog::selectedId(bool* pending) const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        *pending = false;
        return 0;
    }
    const QTableWidgetItem* item = m_table->item(rows.first().row(), 0);
    *pending = item->data(Qt::UserRole + 1).toBool();
    return item->data(Qt::UserRole).toLongLong();
}

void CorrectionsDialog::editSelected()
{
    bool pending = false;
    const qint64 id = selectedId(&pending);
    auto queue = user::CorrectionQueue::open(m_userFile);
    if (!pending || !queue)
        return;
    const auto list = (*queue)->list(true);
    if (!list)
        return;
    for (const auto& c : *list) {
        if (c.id != id)
            continue;
        CorrectionDialog dialog(c, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const user::Correction edited = dialog.correction();
        if (Status ok = (*queue)->edit(id, edited.problem, edited.suggestedValue); !ok)
            QMessageBox::warning(this, windowTitle(), ok.error().message);
        reload();
        return;
    }
}

void CorrectionsDialog::removeSelected()
{
    bool pending = false;
    const qint64 id = selectedId(&pending);
    auto queue = user::CorrectionQueue::open(m_userFile);
    if (!pending || !queue)
        return;
    if (Status ok = (*queue)->remove(id); !ok)
        QMessageBox::warning(this, windowTitle(), ok.error().message);
    reload();
}

Expected<int> CorrectionsDialog::exportTo(const QString& path)
{
    Expected<int> written = api::CorrectionExchange::exportPending(m_userFile, path);
    reload();
    return written;
}

void CorrectionsDialog::askAndExport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export corrections"),
        QDir(folder).filePath(QStringLiteral("corrections-%1.json").arg(QDate::currentDate().toString(Qt::ISODate))),
        tr("Corrections (*.json)"));
    if (path.isEmpty())
        return;
    const Expected<int> written = exportTo(path);
    if (!written)
        QMessageBox::warning(this, windowTitle(), tr("The corrections could not be exported: %1").arg(written.error().message));
    else
        QMessageBox::information(this, windowTitle(),
                                 tr("Exported %Ln correction(s) to %1. Send the file to the directory's coordinator.",
                                    nullptr, *written)
                                     .arg(QDir::toNativeSeparators(path)));
}

} // namespace pathways::desktop
