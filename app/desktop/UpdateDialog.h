#pragma once

#include "desktop/UpdateController.h"

#include <QDialog>

class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace pathways::desktop {

class UpdateChangesView;

/// One update, looked at before anything is written: while a file is checked (or downloaded, with
/// progress and Cancel), then what installing it would change (publisher, key fingerprint, version
/// installed -> new, dates, the services added / changed / removed) with Install and Cancel, then the
/// result. A refusal says in plain words why and what to do next; an untrusted key offers Trusted
/// publishers. Going back to the previous version uses the same dialog with Restore.
class UpdateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UpdateDialog(QWidget* parent = nullptr);

    /// Work under way (checking, installing, downloading); `cancellable`: a Cancel button stops it.
    void showWorking(const QString& headline, const QString& line, bool cancellable);
    void showProgress(qint64 received, qint64 total);
    /// A genuine, newer bundle: its facts and changes, with Install and Cancel.
    void showPreview(const UpdateResult& result);
    /// The kept previous version compared with the installed one, with Restore and Cancel.
    void showRestorePreview(const UpdateResult& result);
    /// The end: installed, restored, nothing to do, or refused (nothing changed).
    void showResult(const UpdateResult& result);

    /// Checking, installing or downloading (no preview or result shown yet).
    bool isWorking() const;
    QString headline() const;
    /// Everything the dialog shows below the headline, as text (tests, screen readers' summary).
    QString details() const;
    QPushButton* installButton() const { return m_primary; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* trustButton() const { return m_trust; }
    UpdateChangesView* changes() const { return m_changes; }

Q_SIGNALS:
    void installRequested(); ///< Install or Restore
    void cancelRequested();  ///< Cancel while working (a download); closing a preview needs no signal
    void trustRequested();   ///< "Trusted publishers…" from an untrusted-key refusal

private:
    void showFacts(const UpdateResult& result, bool claimedOnly);
    /// A fact row: its name and value, both hidden when there is no value.
    QLabel* addRow(const QString& name);
    void setRow(QLabel* value, const QString& text);
    void setButtons(bool primary, bool cancel, bool trust, bool close);

    QLabel* m_headline;
    QLabel* m_nextStep;
    // A grid, not a QFormLayout: Qt 6.4's QFormLayout::setRowVisible writes past its row arrays in
    // heightForWidth (valgrind: invalid write of size 4) and corrupted the heap, crashing later at random.
    QGridLayout* m_form;
    QList<QPair<QLabel*, QLabel*>> m_rows; ///< (name, value) of each fact row, in order
    QLabel* m_publisher;
    QLabel* m_fingerprint;
    QLabel* m_version;
    QLabel* m_created;
    QLabel* m_expires;
    QLabel* m_source; ///< Check online: the address it was downloaded from
    QLabel* m_warning;
    QProgressBar* m_progress;
    UpdateChangesView* m_changes;
    QLabel* m_note;
    QLabel* m_detail;
    QDialogButtonBox* m_buttons;
    QPushButton* m_primary;
    QPushButton* m_trust;
    QPushButton* m_cancel;
    QPushButton* m_close;
};

} // namespace pathways::desktop
