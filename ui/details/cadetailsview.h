#pragma once

#include "ca/certificateauthority.h"

#include <QWidget>

class QAction;
class QFrame;
class QGridLayout;
class QHBoxLayout;
class QLabel;

namespace certdesk::ui {

class LifetimeBar;

// One private CA at a glance: name, state and kind; a banner for a CA that needs something
// (waiting for its certificate, disabled, deleted, expired) with the action that helps; then
// subject, chain, key, validity, constraints, CRL status, addresses and the counts of issued
// and revoked certificates.
class CaDetailsView : public QWidget
{
    Q_OBJECT

public:
    // The actions the banner offers (owned by the page).
    struct BannerActions
    {
        QAction *exportCsr = nullptr;
        QAction *installCertificate = nullptr;
        QAction *enable = nullptr;
        QAction *restore = nullptr;
        QAction *newCa = nullptr;
    };

    explicit CaDetailsView(const BannerActions &actions, QWidget *parent = nullptr);

    // parentName: the certdesk CA that signed it ("" for none); chain: the subjects from the CA
    // up to its root (as far as the inventory knows them).
    void showCa(const core::CaInfo &ca, const QString &parentName, const QStringList &chain, const QDateTime &now);
    void showEmpty(const QString &message);

    qint64 caId() const { return m_caId; }
    // The text shown for a field ("" when there is no such field).
    QString value(const QString &label) const;
    QString bannerText() const;
    QString title() const;
    // The controls Tab visits, in reading order: the banner's buttons, then the fields, left
    // column first (they are made afresh for each CA, so the page puts them in its tab order).
    QList<QWidget *> tabStops() const;

private:
    void clearGrid();
    void addField(int column, const QString &label, const QString &value, const QString &toolTip = {});
    void addWidgetField(int column, const QString &label, QWidget *widget);
    void setBanner(const QString &text, const QColor &accent, const QList<QAction *> &actions);

    BannerActions m_actions;
    qint64 m_caId = 0;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_subtitle = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QHBoxLayout *m_bannerButtons = nullptr;
    QGridLayout *m_grid = nullptr;
    int m_rows[2] = {0, 0};
    QList<QWidget *> m_fields[2];
};

} // namespace certdesk::ui
