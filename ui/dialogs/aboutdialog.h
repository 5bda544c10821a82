#pragma once

#include <QDialog>

class QLabel;

namespace certdesk::ui {

// Product, version, the versions of Qt, OpenSSL and SQLite in use, the inventory, the licence.
// "Copy" puts the same facts on the clipboard as plain text, for bug reports.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const QString &inventoryPath, QWidget *parent = nullptr);

    static QString version(); // PROJECT_VERSION from CMake, or "dev"
    // "certdesk 0.1.0\nQt 6.4.2\nOpenSSL 3.0.x ...\nSQLite 3.40.1\nInventory: /path"
    QString versionReport() const;

private:
    QString m_inventoryPath;
};

} // namespace certdesk::ui
