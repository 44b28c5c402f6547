#include "desktop/AboutDialog.h"

#include <QDialogButtonBox>
#include <QDateTime>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <sodium.h>
#include <sqlite3.h>
#include <zstd.h>

namespace pathways::desktop {

AboutDialog::AboutDialog(const DirectoryInfo& directory, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About Pathways"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QTextBrowser(this);
    text->setOpenExternalLinks(false);
    auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    // Dates as the interface language writes them; a value that is not a date stays as given.
    auto dateText = [](const QString& iso) {
        const QDateTime when = QDateTime::fromString(iso, Qt::ISODate);
        return when.isValid() ? QLocale().toString(when.date(), QLocale::LongFormat) : iso;
    };
    QString html = QStringLiteral("<h2>Pathways %1</h2><p>%2</p>")
                       .arg(QStringLiteral(PATHWAYS_VERSION),
                            esc(tr("An offline referral directory for mediators and field workers.")));
    html += QStringLiteral("<h3>%1</h3><p>%2<br>%3<br>%4</p>")
                .arg(esc(tr("This directory")), esc(tr("Publisher: %1").arg(directory.publisher)),
                     esc(tr("Version %1 of %2").arg(directory.sequence).arg(dateText(directory.created))),
                     esc(directory.expires.isEmpty() ? tr("No expiry date")
                                                     : tr("Expires: %1").arg(dateText(directory.expires))));
    html += QStringLiteral("<h3>%1</h3><p>%2</p><ul>")
                .arg(esc(tr("Licences")), esc(tr("Pathways is free software under the GNU GPL, "
                                                 "version 3 or later. It uses:")));
    html += QStringLiteral("<li>Qt %1 — LGPL 3</li>").arg(QString::fromLatin1(qVersion()));
    html +=
        QStringLiteral("<li>SQLite %1 — public domain</li>").arg(QString::fromLatin1(sqlite3_libversion()));
    html += QStringLiteral("<li>libsodium %1 — ISC</li>").arg(QString::fromLatin1(sodium_version_string()));
    html += QStringLiteral("<li>zstd %1 — BSD</li>").arg(QString::fromLatin1(ZSTD_versionString()));
    html += QStringLiteral("<li>libarchive — BSD</li>");
    html += QStringLiteral("<li>Open Referral HSDS 3.0 — CC BY-SA 4.0</li></ul>");
    text->setHtml(html);
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, 420);
}

} // namespace pathways::desktop
