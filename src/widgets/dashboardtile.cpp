#include "dashboardtile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sd::widgets {

namespace {

QColor colourOf(DashboardTile::Tone tone, const QPalette &palette)
{
    switch (tone) {
    case DashboardTile::Tone::Good:
        return QColor(0x1d, 0x7a, 0x35);
    case DashboardTile::Tone::Warning:
        return QColor(0xb3, 0x5c, 0x00);
    case DashboardTile::Tone::Bad:
        return QColor(0xc0, 0x1c, 0x28);
    case DashboardTile::Tone::Normal:
        break;
    }
    return palette.color(QPalette::WindowText);
}

} // namespace

DashboardTile::DashboardTile(const QString &title, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_value(new QLabel(this)),
      m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_value->setFont(big);
    m_title->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch();
    setValue(QStringLiteral("—"));
}

void DashboardTile::setValue(const QString &value, const QString &detail, Tone tone)
{
    m_tone = tone;
    m_value->setText(value);
    m_detail->setText(detail);
    QPalette palette = m_value->palette();
    palette.setColor(QPalette::WindowText, colourOf(tone, this->palette()));
    m_value->setPalette(palette);
}

QString DashboardTile::title() const
{
    return m_title->text();
}

QString DashboardTile::value() const
{
    return m_value->text();
}

QString DashboardTile::detail() const
{
    return m_detail->text();
}

} // namespace sd::widgets
