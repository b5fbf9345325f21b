#pragma once

#include <QString>
#include <QWidget>

class QLabel;

namespace sd::widgets {

// One input of the request form with its title, a marker while the field is required, an
// optional hint and, under the input, what is wrong with it in plain words. Its object name is
// the field's wire name + "Field", so a server refusal finds the same input the validator does.
class RequestField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestField)

public:
    // `editor` is reparented to the field.
    RequestField(const QString &wireName, const QString &title, QWidget *editor,
                 QWidget *parent = nullptr);

    QString wireName() const { return m_wireName; }
    QWidget *editor() const { return m_editor; }

    void setTitle(const QString &title);
    void setHint(const QString &hint);
    void setRequired(bool required);
    bool isRequired() const { return m_required; }
    // Empty clears it.
    void setError(const QString &message);
    QString error() const;
    bool hasError() const { return !error().isEmpty(); }

private:
    QString m_wireName;
    bool m_required = false;
    QWidget *m_editor;
    QLabel *m_titleLabel;
    QLabel *m_marker;
    QLabel *m_hintLabel;
    QLabel *m_errorLabel;
};

} // namespace sd::widgets
