#pragma once

#include "directory/DataFolder.h"
#include "error/Expected.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrinter;
class QPushButton;

namespace pathways::render {
class SlipGlossary;
struct SlipRequest;
}

namespace pathways::desktop {

/// Print a referral slip for the client: which services, the client's language (and the worker's, repeated
/// beside the labels), the paper, and an optional name or note for the client, printed only once the
/// worker ticks that the client agreed. Then print preview, print or save as PDF.
///
/// The note lives only in this dialog's line edit: it is never written to user.sqlite, the settings or a log,
/// and it is gone when the dialog closes.
class ReferralSlipDialog : public QDialog
{
    Q_OBJECT
public:
    /// `services`: (id, name) in the order they print, all ticked. `workerLanguage`: preselected for both
    /// languages (the worker picks the client's). `fallbackLanguages`: service text where the client's
    /// language has none.
    ReferralSlipDialog(directory::DataFolder folder, const QList<QPair<QString, QString>>& services,
                       const QString& workerLanguage, const QStringList& fallbackLanguages, QWidget* parent);

    // The real widgets, for tests.
    QListWidget* serviceList() const { return m_services; }
    QComboBox* clientLanguage() const { return m_client; }
    QComboBox* workerLanguage() const { return m_worker; }
    QComboBox* paper() const { return m_paper; }
    QLineEdit* clientNote() const { return m_note; }
    QCheckBox* clientConsent() const { return m_consent; }
    QPushButton* saveButton() const { return m_save; }

    /// The ticked services' ids, in print order.
    QStringList chosenServices() const;
    /// Writes the slip to `path` whole or not at all ("Save as PDF…" asks for the path, then calls this).
    Status saveAsPdf(const QString& path);

public Q_SLOTS:
    void preview();
    void print();
    void askAndSave();

Q_SIGNALS:
    /// A slip of these services went to the printer or a file: the window empties its slip list.
    void printed(const QStringList& serviceIds);

private:
    Expected<render::SlipRequest> request() const;
    /// The slip as chosen and a printer set up for its paper; false after telling the worker what failed.
    bool prepare(QPrinter* printer, render::SlipRequest* slip, render::SlipGlossary* glossary);
    void updateButtons();
    void showError(const Error& error);

    directory::DataFolder m_folder;
    QStringList m_fallbackLanguages;
    QListWidget* m_services;
    QComboBox* m_client;
    QComboBox* m_worker;
    QComboBox* m_paper;
    QLineEdit* m_note;
    QCheckBox* m_consent;
    QLabel* m_consentHint;
    QPushButton* m_preview;
    QPushButton* m_print;
    QPushButton* m_save;
};

} // namespace pathways::desktop
