#pragma once

#include <QDialog>
#include <QList>
#include <QMap>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QWidget;

namespace certdesk::ui {

// One selected certificate, as the export dialog needs to know it.
struct ExportItem
{
    qint64 id = 0;
    QString domainName;
    bool hasPrivateKey = false;
};

enum class ExportKind { PemBundle, Pkcs12, Pkcs12Legacy, FullChain, Pem, Der, Calendar };

// What the user chose.
struct ExportChoice
{
    ExportKind kind = ExportKind::FullChain;
    bool includeKey = false;  // PKCS#12: put the private key in (PEM bundle: always)
    QByteArray passphrase;    // PEM bundle key / PKCS#12
    QString destination;      // a file, or a folder (several certificates, or a PEM bundle)
};

// Export ▸ the selected certificate(s): PEM bundle (ACM layout), PKCS#12 (modern or legacy),
// full-chain PEM, PEM, DER, or an expiry calendar (.ics) for the whole selection.
// Formats the selection cannot use are disabled with the reason shown under them. Problems
// with the input (passphrase mismatch, length, destination) show inline under the fields;
// Export stays disabled until there are none.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMinPassphrase = 4;
    static constexpr int kMaxPassphrase = 128;

    // defaultFolder: where files go unless the user picks another place.
    ExportDialog(QList<ExportItem> items, const QString &defaultFolder, QWidget *parent = nullptr);

    ExportChoice choice() const;
    bool isAvailable(ExportKind kind) const;
    QString unavailableReason(ExportKind kind) const; // "" when available
    QString problem() const;                          // the inline message ("" when the input is valid)
    bool needsPassphrase() const;
    // Whether the destination is a folder (several certificates, or a PEM bundle).
    bool writesToFolder() const;

    void setKind(ExportKind kind);
    void setIncludeKey(bool include);
    void setPassphrase(const QString &passphrase, const QString &repeat);
    void setDestination(const QString &path);

    QRadioButton *button(ExportKind kind) const { return m_buttons.value(kind); }
    QCheckBox *includeKeyBox() const { return m_includeKey; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QLineEdit *destinationEdit() const { return m_destination; }
    QPushButton *exportButton() const { return m_export; }

    static QString kindName(ExportKind kind);
    // The file (or, for a PEM bundle, folder) name for one certificate: its domain name made
    // safe for a file name ("*.example.com" → "wildcard.example.com") plus the format's suffix.
    static QString fileNameFor(const QString &domainName, ExportKind kind);

private:
    ExportKind currentKind() const;
    void kindChanged();
    void validate();
    void browse();
    QString defaultDestination(ExportKind kind) const;

    QList<ExportItem> m_items;
    QString m_defaultFolder;
    int m_withKey = 0;
    QMap<ExportKind, QRadioButton *> m_buttons;
    QMap<ExportKind, QLabel *> m_notes;
    QCheckBox *m_includeKey = nullptr;
    QLabel *m_includeKeyNote = nullptr;
    QGroupBox *m_protection = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_destinationLabel = nullptr;
    QLineEdit *m_destination = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_warning = nullptr;
    QPushButton *m_export = nullptr;
    bool m_destinationEdited = false;
    QString m_problemText;
};

} // namespace certdesk::ui
