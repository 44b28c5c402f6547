#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace pathways::desktop {

class AppSettings;
class LanguageOrderEditor;

/// Interface language (applied at once), content language order, home place for distances, the update
/// URL (empty = never go online), and the data folder (shown, with a button to open it).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppSettings& settings, const QString& dataFolder, QWidget* parent = nullptr);
    /// Writes the fields to the settings.
    void save();

private:
    AppSettings& m_settings;
    QComboBox* m_interfaceLanguage;
    LanguageOrderEditor* m_contentLanguages;
    QLineEdit* m_home;
    QLineEdit* m_updateUrl;
};

} // namespace pathways::desktop
