#pragma once

#include <QFrame>

class QLabel;

namespace sd::widgets {

// One headline figure of the dashboard: what it is, the value in large type and a line of
// detail. The tone colours the value (breaches red, risks amber).
class DashboardTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardTile)

public:
    enum class Tone { Normal, Good, Warning, Bad };

    explicit DashboardTile(const QString &title, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &detail = {}, Tone tone = Tone::Normal);
    QString title() const;
    QString value() const;
    QString detail() const;
    Tone tone() const { return m_tone; }

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_detail;
    Tone m_tone = Tone::Normal;
};

} // namespace sd::widgets
