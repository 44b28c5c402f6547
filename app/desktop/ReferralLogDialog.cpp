#include "desktop/ReferralLogDialog.h"

#include "api/DirectoryReader.h"
#include "api/ReferralLogging.h"
#include "user/ReferralLog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pathways::desktop {

ReferralLogDialog::ReferralLogDialog(directory::DataFolder folder, const QStringList& languages, QWidget* parent)
    : QDialog(parent), m_folder(std::move(folder)), m_enabled(new QCheckBox(this)), m_explanation(new QLabel(this)),
      m_table(new QTableWidget(this)), m_total(new QLabel(this)),
      m_export(new QPushButton(tr("E&xport as CSV…"), this)), m_clear(new QPushButton(tr("&Delete all…"), this))
{
    setWindowTitle(tr("Referral log"));
    m_enabled->setText(tr("&Keep a referral log for my monthly report"));
    m_explanation->setWordWrap(true);
    m_explanation->setText(
        tr("When this is on, every referral slip you print or save, and every “Log referral” on a service, adds "
           "one line: the day, the service and its category. Nothing about the client is kept: no name, no note, "
           "no detail. The log stays on this computer until you export or delete it. It is off unless you turn it "
           "on."));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Month"), tr("Category"), tr("Referrals")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_clear, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addWidget(m_explanation);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_total);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ReferralLogDialog::askAndExport);
    connect(m_clear, &QPushButton::clicked, this, &ReferralLogDialog::askAndClear);
    connect(m_enabled, &QCheckBox::toggled, this, &ReferralLogDialog::toggle);

    // Category names in the worker's languages; the codes remain when the directory cannot be read.
    if (auto reader = api::DirectoryReader::open(m_folder))
        m_categoryNames = api::ReferralLogging::categoryNames(**reader, languages).value_or(QHash<QString, QString>{});
    resize(640, 420);
    reload();
}

void ReferralLogDialog::warn(const QString& message)
{
    QMessageBox::warning(this, windowTitle(), message);
}

void ReferralLogDialog::reload()
{
    m_table->setRowCount(0);
    // Only read: a worker who looks at the switch and leaves it off has written nothing.
    const Expected<bool> on = user::ReferralLog::isEnabled(m_folder.userDatabasePath());
    {
        const QSignalBlocker quiet(m_enabled);
        m_enabled->setChecked(on && *on);
    }
    QList<user::ReferralLogEntry> entries;
    if (on && *on) {
        auto log = user::ReferralLog::open(m_folder.userDatabasePath());
        auto listed = log ? (*log)->list() : Expected<QList<user::ReferralLogEntry>>(log.error());
        if (!listed)
            return warn(listed.error().message);
        entries = *listed;
    } else if (QFile::exists(m_folder.userDatabasePath())) {
        // Off, but entries kept from before: shown so the worker can still export or delete them.
        if (auto log = user::ReferralLog::open(m_folder.userDatabasePath()))
            entries = (*log)->list().value_or(QList<user::ReferralLogEntry>{});
    }
    const QLocale locale;
    const QList<api::ReferralMonthCount> counts = api::ReferralLogging::monthly(entries, m_categoryNames);
    m_table->setRowCount(int(counts.size()));
    for (int row = 0; row < counts.size(); ++row) {
        const api::ReferralMonthCount& c = counts.at(row);
        const QDate month = QDate::fromString(c.month + QStringLiteral("-01"), Qt::ISODate);
        const QString category = c.category.isEmpty() ? tr("(no category)")
                                 : c.categoryName.isEmpty() ? c.category
                                                            : c.categoryName;
        auto* count = new QTableWidgetItem(locale.toString(c.referrals));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0,
                         new QTableWidgetItem(locale.standaloneMonthName(month.month()) + QLatin1Char(' ') +
                                              locale.toString(month.year()).remove(locale.groupSeparator())));
        m_table->setItem(row, 1, new QTableWidgetItem(category));
        m_table->setItem(row, 2, count);
    }
    m_table->resizeColumnToContents(0);
    m_total->setText(entries.isEmpty() ? tr("No referrals logged.")
                                        : tr("%n referral(s) logged.", nullptr, int(entries.size())));
    m_export->setEnabled(!entries.isEmpty());
    m_clear->setEnabled(!entries.isEmpty());
}

void ReferralLogDialog::toggle(bool on)
{
    auto log = user::ReferralLog::open(m_folder.userDatabasePath());
    if (!log)
        return warn(log.error().message), reload();
    if (!on) {
        const int kept = int((*log)->list().value_or(QList<user::ReferralLogEntry>{}).size());
        if (kept > 0) {
            QMessageBox ask(QMessageBox::Question, tr("Turn off the referral log"),
                            tr("The log holds %n referral(s). Keep them, to export later, or delete them now?",
                               nullptr, kept),
                            QMessageBox::Cancel, this);
            QPushButton* keep = ask.addButton(tr("&Keep them"), QMessageBox::AcceptRole);
            QPushButton* remove = ask.addButton(tr("&Delete them"), QMessageBox::DestructiveRole);
            ask.setDefaultButton(keep);
            ask.exec();
            if (ask.clickedButton() == remove) {
                if (const Expected<int> removed = (*log)->clear(); !removed)
                    return warn(removed.error().message), reload();
            } else if (ask.clickedButton() != keep) {
                return reload(); // cancelled: the log stays on
            }
        }
    }
    if (Status set = (*log)->setEnabled(on); !set)
        warn(set.error().message);
    reload();
    Q_EMIT switched(m_enabled->isChecked());
}

bool ReferralLogDialog::exportTo(const QString& path)
{
    const Expected<int> written = api::ReferralLogging::exportCsv(m_folder.userDatabasePath(), path, m_categoryNames);
    if (!written) {
        warn(tr("The referral log could not be exported: %1").arg(written.error().message));
        return false;
    }
    return true;
}

void ReferralLogDialog::askAndExport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export referral log"),
                                                      QDir(folder).filePath(tr("referral-log.csv")),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty() && exportTo(path))
        QMessageBox::information(this, windowTitle(),
                                 tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void ReferralLogDialog::askAndClear()
{
    if (QMessageBox::question(this, windowTitle(), tr("Delete every entry of the referral log? This cannot be undone."),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    auto log = user::ReferralLog::open(m_folder.userDatabasePath());
    const Expected<int> removed = log ? (*log)->clear() : Expected<int>(log.error());
    if (!removed)
        warn(removed.error().message);
    reload();
}

} // namespace pathways::desktop
