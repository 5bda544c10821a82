#pragma once

#include "ca/certificateauthority.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace certdesk::ui {

// A validity period typed as people say it: "90d", "6m", "2y", or an end date "2027-03-31".
// Shows the date it ends (from now) under the field, or what is wrong with the text.
class ValidityField : public QWidget
{
    Q_OBJECT

public:
    ValidityField(const QString &initial, const QDateTime &now, QWidget *parent = nullptr);

    std::optional<core::Validity> validity() const;
    // The end from now ("" invalid).
    QDateTime end() const;
    QString problem() const;
    void setText(const QString &text);
    QString text() const;
    // A bound to warn about (the issuing CA's end): the note says when the period goes past it.
    void setLimit(const QDateTime &limit, const QString &limitName);

    QLineEdit *edit() const { return m_edit; }
    QLabel *note() const { return m_note; }

Q_SIGNALS:
    void changed();

private:
    void update();

    QDateTime m_now;
    QDateTime m_limit;
    QString m_limitName;
    QLineEdit *m_edit = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace certdesk::ui
