#include "desktop/SettingsDialog.h"

#include "desktop/AppSettings.h"
#include "desktop/LanguageOrderEditor.h"
#include "desktop/TranslationLoader.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>

namespace pathways::desktop {

SettingsDialog::SettingsDialog(AppSettings& settings, const QString& dataFolder, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_interfaceLanguage(new QComboBox(this)),
      m_contentLanguages(new LanguageOrderEditor(this)), m_home(new QLineEdit(this)), m_updateUrl(new QLineEdit(this)),
      m_checkAtStart(new QCheckBox(this)), m_checkAtStartDays(new QSpinBox(this)), m_daysUnit(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    auto* form = new QFormLayout(this);

    m_interfaceLanguage->addItem(tr("Same as the system"), QString());
    for (const QString& code : TranslationLoader::availableLanguages())
        m_interfaceLanguage->addItem(TranslationLoader::languageName(code), code);
    m_interfaceLanguage->setCurrentIndex(
        std::max(0, m_interfaceLanguage->findData(settings.interfaceLanguage())));
    m_interfaceLanguage->setAccessibleName(tr("Interface language"));
    form->addRow(tr("&Interface language:"), m_interfaceLanguage);

    m_contentLanguages->setLanguages(settings.chosenContentLanguages(), settings.contentLanguages());
    m_contentLanguages->setToolTip(tr("Languages for service texts, most preferred first. "
                                      "A text missing in the first language is shown in the next one."));
    form->addRow(tr("&Content languages:"), m_contentLanguages);

    m_home->setText(settings.homePlace());
    m_home->setPlaceholderText(tr("e.g. Maribor, or 46.55,15.65"));
    m_home->setToolTip(tr("Distances are measured from here."));
    m_home->setAccessibleName(tr("Home municipality or coordinates"));
    form->addRow(tr("&Home place:"), m_home);

    m_updateUrl->setText(settings.updateUrl());
    m_updateUrl->setPlaceholderText(tr("Empty: Pathways never goes online"));
    m_updateUrl->setAccessibleName(tr("Update address"));
    form->addRow(tr("&Update address:"), m_updateUrl);

    // Never online by itself unless asked: off by default, and only with an address the user set.
    m_checkAtStart->setText(tr("Check for updates at start when the directory is older than"));
    m_checkAtStart->setChecked(settings.checkAtStart());
    m_checkAtStartDays->setRange(1, 365);
    m_checkAtStartDays->setValue(std::clamp(settings.checkAtStartDays(), 1, 365));
    m_checkAtStartDays->setAccessibleName(tr("Days before checking at start"));
    auto* startRow = new QHBoxLayout;
    startRow->addWidget(m_checkAtStart);
    startRow->addWidget(m_checkAtStartDays);
    startRow->addWidget(m_daysUnit);
    startRow->addStretch(1);
    form->addRow(QString(), startRow);
    connect(m_updateUrl, &QLineEdit::textChanged, this, &SettingsDialog::updateCheckAtStart);
    connect(m_checkAtStart, &QCheckBox::toggled, this, &SettingsDialog::updateCheckAtStart);
    connect(m_checkAtStartDays, &QSpinBox::valueChanged, this, &SettingsDialog::updateCheckAtStart);
    updateCheckAtStart();

    auto* folderRow = new QHBoxLayout;
    auto* folder = new QLabel(dataFolder, this);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    folder->setAccessibleName(tr("Data folder"));
    auto* open = new QPushButton(tr("&Open folder"), this);
    connect(open, &QPushButton::clicked, this,
            [dataFolder] { QDesktopServices::openUrl(QUrl::fromLocalFile(dataFolder)); });
    folderRow->addWidget(folder, 1);
    folderRow->addWidget(open);
    form->addRow(tr("Data folder:"), folderRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::updateCheckAtStart()
{
    const bool address = !m_updateUrl->text().trimmed().isEmpty();
    m_checkAtStart->setEnabled(address);
    m_checkAtStartDays->setEnabled(address && m_checkAtStart->isChecked());
    m_daysUnit->setEnabled(m_checkAtStartDays->isEnabled());
    m_daysUnit->setText(tr("day(s)", "after the number of days", m_checkAtStartDays->value()));
    m_checkAtStart->setToolTip(address ? QString() : tr("Set an update address first."));
}

void SettingsDialog::save()
{
    m_settings.setInterfaceLanguage(m_interfaceLanguage->currentData().toString());
    m_settings.setContentLanguages(m_contentLanguages->languages());
    m_settings.setHomePlace(m_home->text().trimmed());
    m_settings.setUpdateUrl(m_updateUrl->text().trimmed());
    m_settings.setCheckAtStart(m_checkAtStart->isChecked());
    m_settings.setCheckAtStartDays(m_checkAtStartDays->value());
}

} // namespace pathways::desktop
