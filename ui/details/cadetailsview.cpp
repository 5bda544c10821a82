#include "details/cadetailsview.h"

#include "details/lifetimebar.h"
#include "models/catreemodel.h"
#include "models/labels.h"

#include <QAction>
#include <QDir>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {

QString day(const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-dd")); }
QString minute(const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")); }

QColor mix(const QColor &a, const QColor &b, float t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

} // namespace

CaDetailsView::CaDetailsView(const BannerActions &actions, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(4);
    auto *header = new QHBoxLayout;
    header->setSpacing(10);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = new QLabel(this);
    m_state->setTextFormat(Qt::PlainText);
    QFont stateFont = m_state->font();
    stateFont.setBold(true);
    m_state->setFont(stateFont);
    header->addWidget(m_title);
    header->addWidget(m_state, 0, Qt::AlignBottom);
    header->addStretch(1);
    layout->addLayout(header);
    m_subtitle = new QLabel(this);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_subtitle);

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("caBanner"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 8, 8, 8);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    bannerLayout->addWidget(m_bannerText, 1);
    m_bannerButtons = new QHBoxLayout;
    bannerLayout->addLayout(m_bannerButtons);
    layout->addSpacing(4);
    layout->addWidget(m_banner);
    m_banner->hide();

    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(5);
    m_grid->setColumnStretch(1, 4);
    m_grid->setColumnStretch(4, 3);
    m_grid->setColumnMinimumWidth(2, 12);
    layout->addSpacing(6);
    layout->addLayout(m_grid);
    layout->addStretch(1);
    showEmpty(tr("Select a CA to see its details."));
}

void CaDetailsView::clearGrid()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows[0] = m_rows[1] = 0;
    m_fields[0].clear();
    m_fields[1].clear();
}

void CaDetailsView::showEmpty(const QString &message)
{
    m_caId = 0;
    clearGrid();
    m_title->setText(message);
    QFont f = m_title->font();
    f.setBold(false);
    m_title->setFont(f);
    m_state->clear();
    m_subtitle->clear();
    m_banner->hide();
}

void CaDetailsView::addWidgetField(int column, const QString &label, QWidget *widget)
{
    auto *name = new QLabel(label, this);
    name->setForegroundRole(QPalette::PlaceholderText);
    name->setAlignment(Qt::AlignRight | Qt::AlignTop);
    name->setBuddy(widget);
    const int row = m_rows[column]++;
    m_grid->addWidget(name, row, column == 0 ? 0 : 3, Qt::AlignRight | Qt::AlignTop);
    m_grid->addWidget(widget, row, column == 0 ? 1 : 4);
    m_fields[column] << widget;
}

void CaDetailsView::addField(int column, const QString &label, const QString &value, const QString &toolTip)
{
    auto *text = new QLabel(value.isEmpty() ? QStringLiteral("—") : value, this);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setToolTip(toolTip);
    text->setAccessibleName(label);
    addWidgetField(column, label, text);
}

QString CaDetailsView::value(const QString &label) const
{
    for (int i = 0; i < m_grid->count(); ++i) {
        auto *name = qobject_cast<QLabel *>(m_grid->itemAt(i)->widget());
        if (name && name->buddy() && name->text() == label) {
            if (auto *value = qobject_cast<QLabel *>(name->buddy()))
                return value->text();
            return name->buddy()->accessibleName();
        }
    }
    return {};
}

QString CaDetailsView::bannerText() const { return m_banner->isVisible() || !m_banner->isHidden() ? m_bannerText->text() : QString(); }

QString CaDetailsView::title() const { return m_title->text(); }

QList<QWidget *> CaDetailsView::tabStops() const
{
    QList<QWidget *> out;
    if (!m_banner->isHidden()) {
        for (int i = 0; i < m_bannerButtons->count(); ++i) {
            if (QWidget *w = m_bannerButtons->itemAt(i)->widget())
                out << w;
        }
    }
    for (const QList<QWidget *> &column : m_fields) {
        for (QWidget *w : column) {
            if (w->focusPolicy() & Qt::TabFocus)
                out << w;
        }
    }
    return out;
}

void CaDetailsView::setBanner(const QString &text, const QColor &accent, const QList<QAction *> &actions)
{
    while (QLayoutItem *item = m_bannerButtons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (text.isEmpty()) {
        m_banner->hide();
        return;
    }
    m_bannerText->setText(text);
    const QColor base = palette().color(QPalette::Base);
    const QColor fill = mix(base, accent, 0.12f);
    m_banner->setStyleSheet(QStringLiteral("QFrame#caBanner { background: %1; border: 1px solid %2; border-left: 4px solid %3;"
                                           " border-radius: 4px; }")
                                .arg(fill.name(), mix(base, accent, 0.45f).name(), accent.name()));
    for (QAction *a : actions) {
        if (!a)
            continue;
        auto *button = new QToolButton(m_banner);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_bannerButtons->addWidget(button);
    }
    m_banner->show();
}

void CaDetailsView::showCa(const core::CaInfo &ca, const QString &parentName, const QStringList &chain,
                           const QDateTime &now)
{
    clearGrid();
    m_caId = ca.id;
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_title->setText(ca.name);
    const QColor accent = CaTreeModel::stateColor(ca.state, palette());
    m_state->setText(QStringLiteral("● ") + Labels::caState(core::caStateName(ca.state)));
    m_state->setStyleSheet(QStringLiteral("color: %1").arg(accent.name()));
    QString kind;
    if (ca.kind == core::CaKind::Root)
        kind = tr("Root CA");
    else if (ca.externalParent)
        kind = tr("Subordinate CA, signed by an external CA");
    else
        kind = tr("Subordinate CA of %1").arg(parentName.isEmpty() ? tr("a CA no longer in certdesk") : parentName);
    m_subtitle->setText(tr("%1 · created %2").arg(kind, day(ca.createdAt)));

    switch (ca.state) {
    case core::CaState::PendingCertificate:
        setBanner(tr("Waiting for its certificate. Export the CSR, have the external CA sign it, then install the "
                     "certificate it returns."),
                  accent, {m_actions.exportCsr, m_actions.installCertificate});
        break;
    case core::CaState::Disabled:
        setBanner(tr("Disabled: it issues no certificates. Revocation and CRLs go on."), accent, {m_actions.enable});
        break;
    case core::CaState::Deleted:
        setBanner(tr("Deleted on %1. It can be restored until %2; then it is purged and its key destroyed.")
                      .arg(day(ca.deletedAt), day(ca.purgeAt)),
                  accent, {m_actions.restore});
        break;
    case core::CaState::Expired:
        setBanner(tr("Its certificate expired on %1: it issues nothing. Create a new CA to go on issuing.").arg(day(ca.notAfter)),
                  accent, {m_actions.newCa});
        break;
    case core::CaState::Active:
        if (ca.notAfter.isValid() && now.daysTo(ca.notAfter) <= 90)
            setBanner(tr("Its certificate expires in %n days; certificates it issues cannot outlive it.", nullptr,
                         int(now.daysTo(ca.notAfter))),
                      CaTreeModel::stateColor(core::CaState::PendingCertificate, palette()), {m_actions.newCa});
        else
            setBanner({}, {}, {});
        break;
    }

    // Left: what the CA is.
    addField(0, tr("Subject"), ca.subject);
    addField(0, tr("Chain"), chain.join(QStringLiteral("  ›  ")),
             chain.isEmpty() ? QString() : tr("From this CA up to its root"));
    addField(0, tr("Key"), tr("%1 · %2").arg(Labels::keyAlgorithm(ca.keyAlgorithm), ca.signingAlgorithm),
             tr("Key algorithm and the signature algorithm it signs with"));
    if (ca.notAfter.isValid()) {
        auto *validity = new QWidget(this);
        auto *v = new QVBoxLayout(validity);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(3);
        auto *period = new QLabel(tr("%1  →  %2").arg(day(ca.notBefore), day(ca.notAfter)), validity);
        period->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *bar = new LifetimeBar(validity);
        bar->setPeriod(ca.notBefore, ca.notAfter, now);
        bar->setColor(accent);
        bar->setMaximumWidth(280);
        v->addWidget(period);
        v->addWidget(bar);
        validity->setAccessibleName(period->text());
        addWidgetField(0, tr("Validity"), validity);
    } else {
        addField(0, tr("Validity"), tr("when the external CA signs it"));
    }
    addField(0, tr("Path length"), ca.pathLength ? QString::number(*ca.pathLength) : tr("no limit"));
    QStringList constraints;
    const core::NameConstraints &n = ca.nameConstraints;
    const auto listed = [&constraints](const QString &label, const QStringList &values) {
        if (!values.isEmpty())
            constraints << label.arg(values.join(QStringLiteral(", ")));
    };
    listed(tr("DNS %1"), n.permittedDns);
    listed(tr("not DNS %1"), n.excludedDns);
    listed(tr("IP %1"), n.permittedIp);
    listed(tr("not IP %1"), n.excludedIp);
    listed(tr("e-mail %1"), n.permittedEmail);
    listed(tr("not e-mail %1"), n.excludedEmail);
    addField(0, tr("Name constraints"), constraints.isEmpty() ? tr("none") : constraints.join(QStringLiteral("; ")));

    // Right: what it did and where it publishes.
    QString issued = ca.issuedCount == 1 ? tr("1 certificate") : tr("%n certificates", nullptr, int(ca.issuedCount));
    if (ca.revokedCount > 0)
        issued += QStringLiteral(" · ") + tr("%n revoked", nullptr, int(ca.revokedCount));
    if (ca.shortLived)
        issued += QStringLiteral(" · ") + tr("short-lived only");
    addField(1, tr("Issued"), issued);
    QString crl;
    QString crlTip;
    if (ca.crlNumber <= 0) {
        crl = tr("none yet");
    } else {
        const bool overdue = ca.crlNextUpdate.isValid() && ca.crlNextUpdate < now;
        crl = overdue ? tr("#%1 · next update overdue since %2").arg(ca.crlNumber).arg(day(ca.crlNextUpdate))
                      : tr("#%1 · next update %2").arg(ca.crlNumber).arg(day(ca.crlNextUpdate));
        crlTip = tr("This update %1, next update %2").arg(minute(ca.crlThisUpdate), minute(ca.crlNextUpdate));
    }
    addField(1, tr("CRL"), crl, crlTip);
    addField(1, tr("CRL lifetime"), tr("%n days", nullptr, ca.crlLifetimeDays)
                                      + (ca.crlPublishDir.isEmpty() ? QString()
                                                                    : tr(", published to %1").arg(QDir::toNativeSeparators(ca.crlPublishDir))));
    addField(1, tr("CRL URL"), ca.crlUrl);
    addField(1, tr("OCSP URL"), ca.ocspUrl);
    addField(1, tr("CA issuers URL"), ca.caIssuersUrl);
}

} // namespace certdesk::ui
