#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace certdesk::core {
struct DistinguishedName;
}

namespace certdesk::ui {

// A subject as a person fills it in: common name, organisation, unit and country, with the
// RFC 4514 distinguished name it makes shown below (most specific first, special characters
// escaped). Adds its rows to a form layout so they line up with the form's other fields.
class SubjectFields : public QObject
{
    Q_OBJECT

public:
    // Adds the rows to form; the widgets' parent is form's parent widget.
    SubjectFields(QFormLayout *form, QWidget *parent);

    // "CN=Example Issuing CA,O=Example,C=DE" ("" without a common name or organisation).
    QString distinguishedName() const;
    // What is wrong with the input ("" when nothing is).
    QString problem() const;
    bool hasCommonName() const;
    void setName(const core::DistinguishedName &name);
    void setCommonName(const QString &text);
    // Whether the user typed in the fields since setName.
    bool isEdited() const { return m_edited; }

    QLineEdit *commonNameEdit() const { return m_cn; }
    QLineEdit *organizationEdit() const { return m_o; }
    QLineEdit *unitEdit() const { return m_ou; }
    QLineEdit *countryEdit() const { return m_c; }
    QLabel *preview() const { return m_preview; }

    // One RDN value escaped for RFC 4514.
    static QString escape(const QString &value);

Q_SIGNALS:
    void changed();

private:
    void update();

    QLineEdit *m_cn = nullptr;
    QLineEdit *m_o = nullptr;
    QLineEdit *m_ou = nullptr;
    QLineEdit *m_c = nullptr;
    QLabel *m_preview = nullptr;
    bool m_edited = false;
};

} // namespace certdesk::ui
