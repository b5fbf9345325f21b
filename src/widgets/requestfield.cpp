#include "requestfield.h"

#include <QBoxLayout>
#include <QLabel>

namespace sd::widgets {

namespace {

// Readable on light and dark themes alike; the text never relies on the colour alone.
constexpr auto ErrorColour = "#c62828";

} // namespace

RequestField::RequestField(const QString &wireName, const QString &title, QWidget *editor,
                           QWidget *parent)
    : QWidget(parent), m_wireName(wireName), m_editor(editor), m_titleLabel(new QLabel(this)),
      m_marker(new QLabel(QStringLiteral("*"), this)), m_hintLabel(new QLabel(this)),
      m_errorLabel(new QLabel(this))
{
    setObjectName(wireName + QStringLiteral("Field"));
    m_titleLabel->setObjectName(QStringLiteral("fieldTitleLabel"));
    m_titleLabel->setText(title);
    m_titleLabel->setBuddy(editor);
    m_marker->setObjectName(QStringLiteral("requiredMarker"));
    m_marker->setToolTip(tr("Required"));
    m_marker->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(QLatin1StringView(ErrorColour)));
    m_marker->hide();
    m_hintLabel->setObjectName(QStringLiteral("fieldHintLabel"));
    m_hintLabel->setWordWrap(true);
    QPalette muted = m_hintLabel->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_hintLabel->setPalette(muted);
    m_hintLabel->hide();
    m_errorLabel->setObjectName(wireName + QStringLiteral("ErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1StringView(ErrorColour)));
    m_errorLabel->hide();

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(2);
    titleRow->addWidget(m_titleLabel);
    titleRow->addWidget(m_marker);
    titleRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(titleRow);
    layout->addWidget(editor);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_errorLabel);
}

void RequestField::setTitle(const QString &title)
{
    m_titleLabel->setText(title);
}

void RequestField::setHint(const QString &hint)
{
    m_hintLabel->setText(hint);
    m_hintLabel->setVisible(!hint.isEmpty());
}

void RequestField::setRequired(bool required)
{
    m_required = required;
    m_marker->setVisible(required);
    m_editor->setAccessibleDescription(required ? tr("Required") : QString());
}

void RequestField::setError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
    m_editor->setProperty("invalid", !message.isEmpty());
}

QString RequestField::error() const
{
    return m_errorLabel->text();
}

} // namespace sd::widgets
