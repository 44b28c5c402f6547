#pragma once

#include "desktop/UpdateController.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QProgressBar;

namespace pathways::desktop {

/// Shows an update while it runs, then either what changed (added / changed / removed services) or, in
/// plain words, why the file was refused and that nothing was changed.
class UpdateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UpdateDialog(const QString& bundlePath, QWidget* parent = nullptr);
    void showResult(const UpdateResult& result);
    QString headline() const;
    QString details() const;

private:
    QLabel* m_headline;
    QProgressBar* m_progress;
    QPlainTextEdit* m_details;
};

} // namespace pathways::desktop
