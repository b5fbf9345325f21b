#include "attachmentchip.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace sd::widgets {

namespace {

constexpr int IconSize = 32;

QString describeType(const QString &mimeType)
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(mimeType);
    if (type.isValid() && !type.comment().isEmpty())
        return type.comment();
    // Types the desktop's MIME database does not know (the policy names some programs and
    // packages by their registered IANA type) get a plain word; the tooltip has the type.
    if (mimeType.startsWith(u"image/"))
        return AttachmentChip::tr("picture");
    if (mimeType.startsWith(u"text/"))
        return AttachmentChip::tr("text");
    return AttachmentChip::tr("file");
}

// What the customer can do about a file that is too large.
QString adviceFor(const core::AttachmentPolicy::Verdict &verdict, bool shrinkable)
{
    if (verdict.code != u"too_large" || shrinkable)
        return {};
    if (verdict.mimeType.startsWith(u"text/"))
        return AttachmentChip::tr("Logs and other text become much smaller when packed into a "
                                  "ZIP archive.");
    return AttachmentChip::tr("Pack it into a ZIP archive, or send only the part that matters.");
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor blend(const QColor &a, const QColor &b, qreal share)
{
    return QColor::fromRgbF(a.redF() * (1 - share) + b.redF() * share,
                            a.greenF() * (1 - share) + b.greenF() * share,
                            a.blueF() * (1 - share) + b.blueF() * share);
}

} // namespace

AttachmentChip::AttachmentChip(QWidget *parent)
    : QFrame(parent), m_iconLabel(new QLabel(this)), m_nameLabel(new QLabel(this)),
      m_detailsLabel(new QLabel(this)), m_warningIconLabel(new QLabel(this)),
      m_reasonLabel(new QLabel(this)), m_noteLabel(new QLabel(this)),
      m_shrinkButton(new QPushButton(tr("Shrink to fit"), this)),
      m_removeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("attachmentChip"));
    m_iconLabel->setFixedSize(IconSize, IconSize);
    m_iconLabel->setAlignment(Qt::AlignCenter);
    m_nameLabel->setObjectName(QStringLiteral("nameLabel"));
    QFont bold = m_nameLabel->font();
    bold.setWeight(QFont::DemiBold);
    m_nameLabel->setFont(bold);
    m_detailsLabel->setObjectName(QStringLiteral("detailsLabel"));
    m_reasonLabel->setObjectName(QStringLiteral("reasonLabel"));
    m_reasonLabel->setWordWrap(true);
    m_noteLabel->setObjectName(QStringLiteral("noteLabel"));
    m_noteLabel->setWordWrap(true);
    m_shrinkButton->setObjectName(QStringLiteral("shrinkButton"));
    m_shrinkButton->setToolTip(
        tr("Make the picture smaller (as JPEG, or with fewer pixels) so that it fits the limit"));
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    m_removeButton->setAutoRaise(true);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_iconLabel, 0, 0, 2, 1, Qt::AlignTop);
    layout->addWidget(m_nameLabel, 0, 1);
    layout->addWidget(m_removeButton, 0, 2, Qt::AlignTop);
    layout->addWidget(m_detailsLabel, 1, 1, 1, 2);
    layout->addWidget(m_warningIconLabel, 2, 0, Qt::AlignTop | Qt::AlignRight);
    layout->addWidget(m_reasonLabel, 2, 1, 1, 2);
    layout->addWidget(m_noteLabel, 3, 1, 1, 2);
    layout->addWidget(m_shrinkButton, 4, 1, 1, 2, Qt::AlignLeft);
    layout->setColumnStretch(1, 1);

    connect(m_removeButton, &QToolButton::clicked, this, &AttachmentChip::removeRequested);
    connect(m_shrinkButton, &QPushButton::clicked, this, &AttachmentChip::shrinkRequested);
    m_shrinkButton->hide();
    m_noteLabel->hide();
    updateLook();
}

void AttachmentChip::setFile(const QString &name, qint64 size,
                             const core::AttachmentPolicy::Verdict &verdict)
{
    m_name = name;
    m_size = size;
    m_verdict = verdict;
    updateLook();
}

void AttachmentChip::setThumbnail(const QImage &image)
{
    m_thumbnail = image.isNull() ? QImage()
                                 : image.scaled(QSize(IconSize, IconSize) * devicePixelRatioF(),
                                                Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_thumbnail.setDevicePixelRatio(devicePixelRatioF());
    updateLook();
}

void AttachmentChip::setNote(const QString &note)
{
    m_noteLabel->setText(note);
    m_noteLabel->setVisible(!note.isEmpty());
}

void AttachmentChip::setShrinkable(bool shrinkable)
{
    m_shrinkButton->setVisible(shrinkable);
    updateLook();
}

bool AttachmentChip::isShrinkable() const
{
    return !m_shrinkButton->isHidden();
}

void AttachmentChip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor base = palette().color(QPalette::Base);
    const QColor border =
        isRefused() ? refusedColour()
                    : palette().color(isDark(palette()) ? QPalette::Light : QPalette::Mid);
    painter.setPen(QPen(border, isRefused() ? 1.5 : 1.0));
    painter.setBrush(isRefused() ? blend(base, refusedColour(), 0.10) : base);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.75, 0.75, -0.75, -0.75), 6, 6);
}

void AttachmentChip::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::StyleChange)
        updateLook();
}

void AttachmentChip::updateLook()
{
    // Wide enough for a typical file name; longer ones are elided (the tooltip has it all).
    const int chipWidth = fontMetrics().averageCharWidth() * 42 + IconSize;
    setFixedWidth(chipWidth);
    const int nameWidth = chipWidth - IconSize - 60;
    m_nameLabel->setText(
        QFontMetrics(m_nameLabel->font()).elidedText(m_name, Qt::ElideMiddle, nameWidth));
    m_nameLabel->setToolTip(m_name);
    // The policy's units in its reasons, but one decimal is enough to tell sizes apart.
    const QString details =
        tr("%1 · %2").arg(describeType(m_verdict.mimeType), QLocale().formattedDataSize(m_size, 1));
    m_detailsLabel->setText(details);
    m_detailsLabel->setToolTip(m_verdict.mimeType);
    m_removeButton->setToolTip(tr("Remove %1").arg(m_name));
    m_removeButton->setAccessibleName(tr("Remove %1").arg(m_name));

    const QString advice = adviceFor(m_verdict, isShrinkable());
    m_reasonLabel->setText(advice.isEmpty() ? m_verdict.reason : m_verdict.reason + u'\n' + advice);
    m_reasonLabel->setVisible(isRefused());
    m_warningIconLabel->setVisible(isRefused());
    m_warningIconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16));
    QPalette reasonPalette = m_reasonLabel->palette();
    reasonPalette.setColor(QPalette::WindowText, refusedColour());
    m_reasonLabel->setPalette(reasonPalette);
    QPalette notePalette = m_noteLabel->palette();
    notePalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_noteLabel->setPalette(notePalette);

    m_iconLabel->setPixmap(m_thumbnail.isNull()
                               ? style()->standardIcon(QStyle::SP_FileIcon).pixmap(IconSize)
                               : QPixmap::fromImage(m_thumbnail));
    setAccessibleName(isRefused() ? tr("%1, refused: %2").arg(m_name, m_verdict.reason)
                                  : tr("%1, %2").arg(m_name, details));
    update();
}

QColor AttachmentChip::refusedColour() const
{
    return isDark(palette()) ? QColor(255, 138, 128) : QColor(183, 28, 28);
}

} // namespace sd::widgets
