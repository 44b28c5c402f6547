#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pathways::desktop {

class AppSettings;
class LanguageOrderEditor;

/// Interface language (applied at once), content language order, home place for distances, the update
/// URL (empty = never go online) and whether to check it at start, and the data folder (shown, with a button to open it).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppSettings& settings, const QString& dataFolder, QWidget* parent = nullptr);
    /// Writes the fields to the settings.
    void save();
    QCheckBox* checkAtStart() const { return m_checkAtStart; }
    QSpinBox* checkAtStartDays() const { return m_checkAtStartDays; }

private:
    void updateCheckAtStart();
    AppSettings& m_settings;
    QComboBox* m_interfaceLanguage;
    LanguageOrderEditor* m_contentLanguages;
    QLineEdit* m_home;
    QLineEdit* m_updateUrl;
    QCheckBox* m_checkAtStart;
    QSpinBox* m_checkAtStartDays;
    QLabel* m_daysUnit;
};

} // namespace pathways::desktop
