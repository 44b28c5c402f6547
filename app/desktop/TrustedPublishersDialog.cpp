#include "desktop/TrustedPublishersDialog.h"

#include "api/TrustedKeys.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pathways::desktop {

TrustedPublishersDialog::TrustedPublishersDialog(directory::DataFolder folder, QWidget* parent)
    : QDialog(parent), m_folder(std::move(folder)), m_list(new QTreeWidget(this)),
      m_remove(new QPushButton(tr("Remove"), this))
{
    setWindowTitle(tr("Trusted publishers"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Directory updates are installed only when they are signed with one of these "
                      "keys. Before you add a key, compare its fingerprint with the coordinator, by "
                      "phone or in person."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setHeaderLabels({tr("Publisher"), tr("Fingerprint"), tr("Added"), tr("From")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Trusted publishers"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The fingerprint is read aloud over the phone: never shortened.
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    auto* buttons = new QHBoxLayout;
    auto* fromFile = new QPushButton(tr("Add from file…"), this);
    auto* fromText = new QPushButton(tr("Add pasted key…"), this);
    buttons->addWidget(fromFile);
    buttons->addWidget(fromText);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(fromFile, &QPushButton::clicked, this, &TrustedPublishersDialog::addFromFile);
    connect(fromText, &QPushButton::clicked, this, &TrustedPublishersDialog::addFromText);
    connect(m_remove, &QPushButton::clicked, this, &TrustedPublishersDialog::removeSelected);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_remove->setEnabled(item && item->data(0, Qt::UserRole + 1).toBool());
    });

    confirm = [this](const QString& fingerprint) {
        return QMessageBox::question(this, tr("Trust this key?"),
                                     tr("Fingerprint: %1\n\nAsk the coordinator to read their fingerprint to "
                                        "you, by phone or in "
                                        "person. Trust this key only if every character matches.")
                                         .arg(fingerprint),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    };
    resize(760, 380);
    reload();
}

void TrustedPublishersDialog::reload()
{
    m_list->clear();
    const auto entries = api::TrustedKeys(m_folder).list();
    if (!entries)
        return;
    for (const api::TrustedKeyEntry& entry : *entries) {
        QString name = entry.name;
        if (entry.revoked)
            name = tr("%1 (revoked)").arg(name);
        else if (entry.demonstration)
            //: The built-in key that signs only the demonstration directory shipped with the program.
            name = tr("%1 (demonstration data only)").arg(name);
        else if (entry.rotated)
            name = tr("%1 (new key announced by the publisher)").arg(name);
        const QDateTime added = QDateTime::fromString(entry.added, Qt::ISODate);
        const QString source =
            entry.source == QLatin1String("built-in") ? tr("built into Pathways") : entry.source;
        auto* item = new QTreeWidgetItem(
            m_list, {name, entry.fingerprint,
                     added.isValid() ? QLocale().toString(added.toLocalTime().date(), QLocale::ShortFormat)
                                     : QString(),
                     source});
        item->setData(0, Qt::UserRole, entry.id);
        item->setData(0, Qt::UserRole + 1, entry.removable);
        item->setToolTip(0, name);
        item->setToolTip(3, source);
    }
    m_remove->setEnabled(false);
}

bool TrustedPublishersDialog::addKey(const QByteArray& text, const QString& from)
{
    const auto inspected = api::TrustedKeys::inspect(text);
    if (!inspected) {
        QMessageBox::warning(this, tr("Not a key"),
                             tr("This is not a publisher's key: %1").arg(inspected.error().message));
        return false;
    }
    if (!inspected->demonstration && !confirm(inspected->fingerprint))
        return false;
    const auto added = api::TrustedKeys(m_folder).add(text, QString(), from);
    if (!added) {
        QMessageBox::warning(this, tr("Key not added"), added.error().message);
        return false;
    }
    reload();
    return true;
}

void TrustedPublishersDialog::addFromFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Publisher's key"), QString(),
                                                      tr("Public keys (*.pub);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Key not added"), tr("Cannot read %1").arg(path));
        return;
    }
    addKey(file.read(4096), path);
}

void TrustedPublishersDialog::addFromText()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Add pasted key"), tr("Paste the publisher's key (the line of letters and digits):"),
        QString(), &ok);
    if (ok && !text.trimmed().isEmpty())
        addKey(text.toUtf8(), tr("pasted text"));
}

void TrustedPublishersDialog::removeSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || !item->data(0, Qt::UserRole + 1).toBool())
        return;
    if (QMessageBox::question(
            this, tr("Remove key"),
            tr("Stop trusting %1? Updates signed with this key will be refused.").arg(item->text(0)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (const Status removed = api::TrustedKeys(m_folder).remove(item->data(0, Qt::UserRole).toString());
        !removed)
        QMessageBox::warning(this, tr("Key not removed"), removed.error().message);
    reload();
}

} // namespace pathways::desktop
