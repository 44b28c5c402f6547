#pragma once

#include "user/Correction.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace pathways::api {
struct ServiceDetails;
}

namespace pathways::desktop {

/// "Report outdated information" about one service: which field, what is wrong, the right value if known.
/// Shows what the directory says in the chosen field, which the report carries as its old value. Editing a
/// pending report opens the same dialog with the field fixed.
class CorrectionDialog : public QDialog
{
    Q_OBJECT
public:
    /// A new report on `details`.
    CorrectionDialog(const api::ServiceDetails& details, QWidget* parent);
    /// Editing a pending report (its field and old value stay as reported).
    CorrectionDialog(const user::Correction& pending, QWidget* parent);

    QComboBox* field() const { return m_field; }
    QPlainTextEdit* problem() const { return m_problem; }
    QLineEdit* suggested() const { return m_suggested; }
    QPushButton* okButton() const { return m_ok; }
    /// The report as filled in (service, field, old value, problem, suggestion).
    user::Correction correction() const;

    static QString fieldName(const QString& field);

private:
    void build();
    void showCurrent();

    user::Correction m_correction;
    const api::ServiceDetails* m_details = nullptr;
    QComboBox* m_field = nullptr;
    QLabel* m_current = nullptr;
    QPlainTextEdit* m_problem = nullptr;
    QLineEdit* m_suggested = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace pathways::desktop
